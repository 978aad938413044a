// What every fuzz target shares: how a broken property traps, and the shipped pack.
import Foundation
import SkinQuizCore

/// Traps with `message` when `condition` is false, so that a broken promise is a crash.
public func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
  if !condition() { fatalError("property failed: \(message())") }
}

/// The shipped pack, read from `Data/microneedling` (or `$SKINQUIZ_FUZZ_PACK`) at run time: the
/// fuzz build cannot build the embedder that puts it in the binary.
public enum ShippedPack {
  /// The pack's folder.
  public static let folder =
    ProcessInfo.processInfo.environment["SKINQUIZ_FUZZ_PACK"]
    ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Data/microneedling").path

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
