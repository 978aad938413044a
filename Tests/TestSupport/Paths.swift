import Foundation

/// Where things are in the source tree and the build, found from this file's path.
public enum Paths {
  /// The package's root folder.
  public static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The shipped pack's folder.
  public static let shippedPack = root.appendingPathComponent("Data/microneedling")

  /// The built `skinquiz` executable, next to the test bundle.
  public static var executable: URL {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    // On Linux the tests run from `.build/<config>/<Package>PackageTests.xctest`.
    while folder.pathExtension == "xctest" || folder.lastPathComponent == "Contents"
      || folder.lastPathComponent == "MacOS"
    {
      folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("skinquiz")
  }

  /// A new empty temporary folder.
  public static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("skinquiz-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
