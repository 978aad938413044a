import ArgumentParser
import DefaultPack
import Foundation
import SkinQuizCore

/// Chooses the pack: `--pack DIR`, else `$SKINQUIZ_PACK`, else the pack built into the binary.
struct PackOptions: ParsableArguments {
  /// The environment variable that names a pack folder to use instead of the built-in pack.
  static let environmentVariable = "SKINQUIZ_PACK"

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Use the pack in this folder instead of the built-in microneedling pack (also: $SKINQUIZ_PACK).",
      valueName: "folder"))
  var pack: String?

  /// The pack's files, from the folder chosen or from the binary.
  func files() throws(SkinQuizError) -> PackFiles {
    if let folder = pack {
      return try PackFiles.read(folder: folder)
    }
    // An empty variable counts as unset, as shells make that easy to do by accident.
    if let folder = ProcessInfo.processInfo.environment[Self.environmentVariable], !folder.isEmpty {
      do {
        return try PackFiles.read(folder: folder)
      } catch {
        guard case .unreadableInput(let path, let reason) = error else { throw error }
        throw .unreadableInput(path: path, reason: "\(reason) (from $\(Self.environmentVariable))")
      }
    }
    return Self.builtIn
  }

  /// Loads and checks the chosen pack, without its own tests (those are for `check`).
  func load() throws(SkinQuizError) -> Pack {
    try PackLoader.loadOrThrow(files(), withTests: false)
  }

  /// The pack embedded in the binary at build time.
  static let builtIn = PackFiles(
    folder: DefaultPack.path,
    texts: DefaultPack.texts)
}
