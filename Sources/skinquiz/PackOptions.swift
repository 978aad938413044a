import ArgumentParser
import DefaultPack
import Foundation
import SkinQuizCore

/// Chooses the pack: `--pack DIR`, else `$SKINQUIZ_PACK`, else the pack built into the binary.
struct PackOptions: ParsableArguments {
  /// The environment variable that names a pack folder to use instead of the built-in pack.
  static let environmentVariable = "SKINQUIZ_PACK"

  /// Where the pack comes from.
  enum Choice: Equatable {
    /// The pack embedded in the binary at build time.
    case builtIn
    /// A pack folder, named by `--pack` or by the environment variable.
    case folder(String, fromEnvironment: Bool)
  }

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Use the pack in this folder instead of the built-in microneedling pack (also: $SKINQUIZ_PACK).",
      valueName: "folder"))
  var pack: String?

  /// Where the pack comes from, by the order of precedence above.
  var choice: Choice {
    if let folder = pack { return .folder(folder, fromEnvironment: false) }
    // An empty variable counts as unset, as shells make that easy to do by accident.
    if let folder = ProcessInfo.processInfo.environment[Self.environmentVariable], !folder.isEmpty {
      return .folder(folder, fromEnvironment: true)
    }
    return .builtIn
  }

  /// The pack's files, from the folder chosen or from the binary.
  func files() throws(SkinQuizError) -> PackFiles {
    switch choice {
    case .builtIn:
      return PackFiles(folder: DefaultPack.path, texts: DefaultPack.texts)
    case .folder(let folder, fromEnvironment: false):
      return try PackFiles.read(folder: folder)
    case .folder(let folder, fromEnvironment: true):
      do {
        return try PackFiles.read(folder: folder)
      } catch {
        guard case .unreadableInput(let path, let reason) = error else { throw error }
        throw .unreadableInput(path: path, reason: "\(reason) (from $\(Self.environmentVariable))")
      }
    }
  }

  /// Loads and checks the chosen pack, without its own tests (those are for `check`).
  ///
  /// The built-in pack was loaded and checked when the binary was built, so nothing is parsed.
  func load() throws(SkinQuizError) -> Pack {
    if choice == .builtIn { return DefaultPack.pack }
    return try PackLoader.loadOrThrow(files(), withTests: false)
  }
}
