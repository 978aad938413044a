import DefaultPack
import SkinQuizCore

/// Where the pack comes from: a folder (`--pack`, else `$SKINQUIZ_PACK`) or the binary itself.
enum PackSource: Equatable {
  /// The environment variable that names a pack folder to use instead of the built-in pack.
  static let environmentVariable = "SKINQUIZ_PACK"

  /// The pack embedded in the binary at build time.
  case builtIn
  /// A pack folder, named by `--pack` or by the environment variable.
  case folder(String, fromEnvironment: Bool)

  /// The source that `--pack` (when given) and the environment choose, in that order.
  init(folder: String?, environment: [String: String]) {
    if let folder {
      self = .folder(folder, fromEnvironment: false)
    } else if let folder = environment[Self.environmentVariable], !folder.isEmpty {
      // An empty variable counts as unset, as shells make that easy to do by accident.
      self = .folder(folder, fromEnvironment: true)
    } else {
      self = .builtIn
    }
  }

  /// The pack's folder, as messages name it.
  var folder: String {
    switch self {
    case .builtIn: return DefaultPack.path
    case .folder(let folder, _): return folder
    }
  }

  /// The pack's files, from the folder or from the binary.
  func files() throws(SkinQuizError) -> PackFiles {
    switch self {
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

  /// Loads and checks the pack, without its own tests (those are for `check`).
  ///
  /// The built-in pack was loaded and checked when the binary was built, so nothing is parsed.
  func load() throws(SkinQuizError) -> Pack {
    if self == .builtIn { return DefaultPack.pack }
    return try PackLoader.loadOrThrow(files(), withTests: false)
  }
}
