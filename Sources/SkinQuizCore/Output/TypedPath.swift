/// File paths as a person types them: `~` read as a shell reads it, and folders made absolute
/// and tidied, so that the full-screen dialog, the plain prompt and the command line read and
/// show a path alike.
public enum TypedPath {
  /// `path` with a leading `~` (or `~user`) read as that home folder, as a shell would; any
  /// other path as it is.
  ///
  /// `~` is the `HOME` of this process, as for the shell that started it (the account's home
  /// folder when `HOME` is not set); `~user` is that user's home folder. A user the system does
  /// not know leaves the path as it is.
  public static func expandingHome(_ path: String) -> String {
    guard path.hasPrefix("~") else { return path }
    let slash = path.firstIndex(of: "/") ?? path.endIndex
    let user = String(path[path.index(after: path.startIndex)..<slash])
    let home =
      user.isEmpty
      ? getenv("HOME").map { String(cString: $0) } ?? homeFolder(of: nil)
      : homeFolder(of: user)
    guard let home else { return path }
    return home + path[slash...]
  }

  /// The home folder the system's user database gives `user` (this process's user when
  /// `nil`), or `nil` when it knows no such user.
  private static func homeFolder(of user: String?) -> String? {
    var entry = passwd()
    var found: UnsafeMutablePointer<passwd>?
    let size = 16_384  // far more than any entry; getpw*_r says ERANGE if not
    var buffer = [CChar](repeating: 0, count: size)
    return buffer.withUnsafeMutableBufferPointer { strings -> String? in
      // The entry's strings live in `strings`: read them before it goes.
      guard let strings = strings.baseAddress else { return nil }
      let status =
        if let user {
          getpwnam_r(user, &entry, strings, size, &found)
        } else {
          getpwuid_r(getuid(), &entry, strings, size, &found)
        }
      guard status == 0, found != nil, let folder = entry.pw_dir else { return nil }
      return String(cString: folder)
    }
  }

  /// A typed name without the blanks around it, which a person does not mean as part of it.
  public static func trimmed(_ typed: String) -> String {
    String(typed.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }

  /// `path` as the system finds it (absolute, through every link) when it names a folder that
  /// is there, or `nil`.
  public static func existingFolder(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    var status = stat()
    guard stat(resolved, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return nil }
    return String(cString: resolved)
  }

  /// Whether `path` names a regular file itself, not a link to one, a folder or a device.
  public static func isRegularFile(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
  }

  /// The folder of `path` as written and the file's name: "." for a bare name, "/" at the root.
  public static func split(_ path: String) -> (folder: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let folder = slash == path.startIndex ? "/" : String(path[..<slash])
    return (folder, String(path[path.index(after: slash)...]))
  }

  /// `path` from the root: as it is when it starts there, else under `workingDirectory`; as it
  /// is, too, when the working directory is unknown ("" ), rather than a wrong path at the root.
  public static func absolute(
    _ path: String, in workingDirectory: String = TypedPath.workingDirectory
  ) -> String {
    path.hasPrefix("/") || workingDirectory.isEmpty ? path : workingDirectory + "/" + path
  }

  /// The working directory of this process, or "" when the system cannot say (it was removed,
  /// or a folder above it cannot be read).
  public static var workingDirectory: String {
    guard let folder = getcwd(nil, 0) else { return "" }
    defer { free(folder) }
    return String(cString: folder)
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
        return tidied(full)
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
