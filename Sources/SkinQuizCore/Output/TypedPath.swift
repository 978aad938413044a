import Foundation

/// File paths as a person types them: `~` read as a shell reads it, and folders made absolute
/// and tidied, so that the full-screen dialog, the plain prompt and the command line read and
/// show a path alike.
public enum TypedPath {
  /// `path` with a leading `~` (or `~user`) read as that home folder, as a shell would; any
  /// other path as it is.
  ///
  /// `~` is the `HOME` of this process, as for the shell that started it.
  public static func expandingHome(_ path: String) -> String {
    guard path.hasPrefix("~") else { return path }
    if path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
      return home + path.dropFirst()
    }
    return NSString(string: path).expandingTildeInPath
  }

  /// The folder of `path` as written and the file's name: "." for a bare name, "/" at the root.
  public static func split(_ path: String) -> (folder: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let folder = slash == path.startIndex ? "/" : String(path[..<slash])
    return (folder, String(path[path.index(after: slash)...]))
  }

  /// `path` from the root: as it is when it starts there, else under `workingDirectory`.
  public static func absolute(
    _ path: String, in workingDirectory: String = FileManager.default.currentDirectoryPath
  ) -> String {
    path.hasPrefix("/") ? path : workingDirectory + "/" + path
  }

  /// `path` (absolute) without "." parts or doubled slashes, and without "name/.." pairs if
  /// `parents`.
  public static func tidied(_ path: String, parents: Bool = true) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/") {
      switch part {
      case ".": continue
      case ".." where parents: _ = parts.popLast()
      default: parts.append(part)
      }
    }
    return "/" + parts.joined(separator: "/")
  }

  /// Whether two paths name one file: the same name in the same folder once the folders are
  /// resolved as the system resolves them (through `..` and links), or, where both exist, the
  /// same file on disk.
  public static func sameFile(_ first: String, _ second: String) -> Bool {
    func canonical(_ path: String) -> String {
      let full = absolute(path)
      let (folder, name) = split(full)
      guard let real = realpath(folder, nil) else {
        return URL(fileURLWithPath: full).standardized.path
      }
      defer { free(real) }
      return String(cString: real) + "/" + name
    }
    if canonical(first) == canonical(second) { return true }
    var one = stat()
    var two = stat()
    return stat(first, &one) == 0 && stat(second, &two) == 0 && one.st_dev == two.st_dev
      && one.st_ino == two.st_ino
  }
}
