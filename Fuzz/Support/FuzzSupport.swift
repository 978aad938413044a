// What every fuzz target shares: how a broken property traps, and the shipped pack.
import Fixtures
import Foundation
import SkinQuizCore

/// Traps with `message` when `condition` is false, so that a broken promise is a crash.
public func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
  if !condition() { fatalError("property failed: \(message())") }
}

/// The pack the fuzz targets run against: the shipped one (``ShippedPack``), or the one in
/// `$SKINQUIZ_FUZZ_PACK`, read at run time.
///
/// At run time because the fuzz build cannot build the embedder that puts the pack in the
/// binary. Unlike ``ShippedPack``, a pack that cannot be read or loaded traps at once, since
/// fuzzing without it tests nothing, and its tests are not loaded, since no target uses them.
public enum FuzzPack {
  /// The pack's folder.
  public static let folder =
    ProcessInfo.processInfo.environment["SKINQUIZ_FUZZ_PACK"] ?? ShippedPack.folder

  /// The pack's files, read once.
  public static let files: PackFiles = {
    do {
      return try PackFiles.read(folder: folder)
    } catch {
      fatalError("\(error); set SKINQUIZ_FUZZ_PACK to the shipped pack's folder")
    }
  }()

  /// The pack, loaded once without its tests.
  public static let pack: Pack = {
    do {
      return try PackLoader.loadOrThrow(files, withTests: false)
    } catch {
      fatalError("the shipped pack does not load: \(error)")
    }
  }()
}
