import SkinQuizCore

/// The shipped microneedling pack, read from `Data/microneedling` in the source tree.
///
/// Tests and fuzz targets read it from the checkout they are built from, found from this file's
/// path, so they need neither the embedded copy nor a working directory.
public enum ShippedPack {
  /// The pack's folder: `Data/microneedling` in the checkout this file is in.
  public static let folder: String = {
    // This file is Tests/Fixtures/ShippedPack.swift: the checkout is three folders up.
    let tests = TypedPath.split(TypedPath.split("\(#filePath)").folder).folder
    return TypedPath.split(tests).folder + "/Data/microneedling"
  }()

  /// The pack's files, read once, or none when they cannot be read (a test that loads them
  /// reports why).
  ///
  /// Their folder is given as `Data/microneedling` whatever the checkout, so that messages
  /// naming it read the same on every machine.
  public static let files: PackFiles = {
    var files = (try? PackFiles.read(folder: folder)) ?? PackFiles(folder: "", texts: [:])
    files.folder = "Data/microneedling"
    return files
  }()

  /// The pack with its tests, or `nil` if it does not load (a test reports why).
  public static let pack: Pack? = PackLoader.load(files).pack
}
