/// Saves a result to a file whole or not at all, readable only by its owner.
///
/// The text goes to a file in the same folder that has no name yet (`O_TMPFILE`, on Linux) or a
/// hidden temporary one (elsewhere, or where the file system cannot), which is flushed to disk
/// and only then given its name, so a crash or a full disk never leaves a partial file and never
/// damages the file that was there before. Without a name, a process killed part-way leaves
/// nothing behind at all: no half-written copy of someone's health answers.
public enum ResultFile {
  /// Saves `text` to `path` with permissions 0600.
  ///
  /// - Parameter replacing: whether an existing file may be replaced; without it an existing
  ///   file is never touched.
  /// - Throws: `SkinQuizError.outputExists` when the file exists (without `replacing`);
  ///   `SkinQuizError.outputNotCreated` when it is a folder, a link or a device, its folder is
  ///   missing, or there is no permission; `SkinQuizError.outputFailed` when writing fails
  ///   part-way.
  public static func save(_ text: String, to path: String, replacing: Bool) throws(SkinQuizError) {
    try save(text, to: path, replacing: replacing, unnamedFirst: true)
  }

  /// Saves as above; `unnamedFirst: false` skips the unnamed file, so tests reach the fallback.
  static func save(
    _ text: String, to path: String, replacing: Bool, unnamedFirst: Bool
  ) throws(SkinQuizError) {
    try preflight(path, replacing: replacing)
    #if os(Linux)
      if unnamedFirst, try saveUnnamed(text, to: path, replacing: replacing) { return }
    #endif
    try saveThroughTemporaryFile(text, to: path, replacing: replacing)
  }

  #if os(Linux)
    /// `O_TMPFILE`, which Glibc's module does not export: an unnamed file in a folder.
    private static let unnamedFile = Int32(0o2000_0000) | O_DIRECTORY

    /// Saves through an unnamed file; returns `false`, having written nothing, when the file
    /// system cannot make one (or cannot give it a name), so that the caller can fall back.
    private static func saveUnnamed(
      _ text: String, to path: String, replacing: Bool
    ) throws(SkinQuizError) -> Bool {
      let folder = TypedPath.split(path).folder
      let descriptor = open(folder, unnamedFile | O_WRONLY | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else {
        let code = errno
        if [EOPNOTSUPP, EISDIR, EINVAL, ENOENT].contains(code) { return false }
        throw .outputNotCreated(path: path, reason: folderProblem(code, folder: folder))
      }
      defer { close(descriptor) }
      fchmod(descriptor, 0o600)
      if let code = writeDurably(text, to: descriptor) {
        throw .outputFailed(path: path, reason: SkinQuizError.reason(forErrno: code))
      }
      // The file is whole and on disk: only now does it get a name.
      let handle = "/proc/self/fd/\(descriptor)"
      if !replacing {
        guard linkat(AT_FDCWD, handle, AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0 else {
          let code = errno
          if code == EEXIST { throw .outputExists(path: path) }
          return false  // no /proc, or links not allowed here
        }
      } else {
        // A name of its own first, then over the old file in one step.
        let hex = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        let temporary =
          "\(folder)/\(temporaryPrefix)\(String(repeating: "0", count: 8 - hex.count))\(hex)"
        guard linkat(AT_FDCWD, handle, AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) == 0 else {
          return false
        }
        guard rename(temporary, path) == 0 else {
          let code = errno
          unlink(temporary)
          throw .outputNotCreated(path: path, reason: SkinQuizError.reason(forErrno: code))
        }
      }
      syncFolder(folder)
      return true
    }
  #endif

  /// Saves through a hidden temporary file in the same folder, renamed (or linked) into place.
  private static func saveThroughTemporaryFile(
    _ text: String, to path: String, replacing: Bool
  ) throws(SkinQuizError) {
    let folder = TypedPath.split(path).folder
    var status = stat()
    var template = Array("\(folder)/\(temporaryPrefix)XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard descriptor >= 0 else {
      throw .outputNotCreated(path: path, reason: folderProblem(errno, folder: folder))
    }
    let temporary = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var cleanup = true
    defer {
      if cleanup { unlink(temporary) }
    }
    fchmod(descriptor, 0o600)
    let failure = writeDurably(text, to: descriptor)
    let closeFailed = close(descriptor) != 0 ? errno : nil
    if let code = failure ?? closeFailed {
      throw .outputFailed(path: path, reason: SkinQuizError.reason(forErrno: code))
    }
    if replacing {
      guard rename(temporary, path) == 0 else {
        throw .outputNotCreated(path: path, reason: SkinQuizError.reason(forErrno: errno))
      }
    } else if link(temporary, path) != 0 {
      // link() refuses to replace an existing file, so no other writer can be overwritten.
      let code = errno
      if code == EEXIST { throw .outputExists(path: path) }
      guard code == EPERM || code == ENOTSUP || code == EXDEV, lstat(path, &status) != 0,
        rename(temporary, path) == 0
      else {
        throw .outputNotCreated(path: path, reason: SkinQuizError.reason(forErrno: code))
      }
    }
    cleanup = !replacing
    syncFolder(folder)
  }

  /// Makes the regular file at `path`, if there is one, readable and writable by its owner
  /// only (a link or anything else is left alone).
  public static func makePrivate(_ path: String) {
    var status = stat()
    guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      status.st_mode & 0o077 != 0
    else { return }
    chmod(path, 0o600)
  }

  /// How the hidden files a save goes through begin: short, so that they fit beside a file
  /// whose name takes the whole 255 bytes a name may have, and recognisable, so that one left
  /// by a process killed mid-save can be found and removed.
  static let temporaryPrefix = ".skinquiz-tmp."

  /// Removes the hidden files that saves killed part-way left in the folder of `path`.
  ///
  /// Only ours (by name and owner), regular, and older than `age` seconds: a save takes
  /// milliseconds, so another run's save in progress is never touched. Returns how many were
  /// removed.
  @discardableResult
  public static func removeLeftovers(besides path: String, olderThan age: Int = 60) -> Int {
    let folder = TypedPath.split(path).folder
    guard let names = names(in: folder) else { return 0 }
    var removed = 0
    let now = time(nil)
    let own = path.split(separator: "/").last.map(String.init)
    for name in names where name.hasPrefix(temporaryPrefix) && name != own {
      // Exactly what a save makes: mkstemp's six letters or digits, or eight hex digits.
      let suffix = name.dropFirst(temporaryPrefix.count)
      let made =
        (suffix.count == 6 && suffix.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
        || (suffix.count == 8 && suffix.allSatisfy { $0.isHexDigit && !$0.isUppercase })
      guard made else { continue }
      let file = "\(folder)/\(name)"
      var status = stat()
      guard lstat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
        status.st_uid == getuid(),
        now - Self.modified(status) > age
      else { continue }
      if unlink(file) == 0 { removed += 1 }
    }
    return removed
  }

  /// The names in `folder` but "." and "..", or `nil` when it cannot be read.
  private static func names(in folder: String) -> [String]? {
    guard let listing = opendir(folder) else { return nil }
    defer { closedir(listing) }
    var names: [String] = []
    while let entry = readdir(listing) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
        String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  /// When a file was last changed, in seconds since 1970.
  private static func modified(_ status: stat) -> Int {
    #if os(Linux)
      Int(status.st_mtim.tv_sec)
    #else
      Int(status.st_mtimespec.tv_sec)
    #endif
  }

  /// Checks, before anything is done, that `path` can take a result: not a folder, a link or a
  /// device, not an existing file unless `replacing`, and in a folder that exists and that
  /// this user may write in.
  ///
  /// - Throws: `SkinQuizError.outputExists` or `SkinQuizError.outputNotCreated` saying which.
  public static func preflight(_ path: String, replacing: Bool) throws(SkinQuizError) {
    var status = stat()
    if lstat(path, &status) == 0 {
      switch status.st_mode & S_IFMT {
      case S_IFDIR:
        throw .outputNotCreated(path: path, reason: "it is a folder; give a file name")
      case S_IFLNK:
        throw .outputNotCreated(
          path: path, reason: "it is a symbolic link; give the path of the file itself")
      case S_IFREG:
        if !replacing { throw .outputExists(path: path) }
      default:
        throw .outputNotCreated(path: path, reason: "it is not a regular file")
      }
    }
    let folder = TypedPath.split(path).folder
    if stat(folder, &status) != 0 {
      throw .outputNotCreated(path: path, reason: "the folder '\(folder)' does not exist")
    }
    if status.st_mode & S_IFMT != S_IFDIR {
      throw .outputNotCreated(path: path, reason: "'\(folder)' is not a folder")
    }
    // A save makes a new file in the folder, so the folder must take one: a folder without
    // write permission, or on a read-only file system, is said now, not after the quiz.
    if access(folder, W_OK) != 0 {
      let code = errno
      throw .outputNotCreated(
        path: path,
        reason: code == EROFS
          ? "the folder '\(folder)' is on a read-only file system"
          : "no permission to write in the folder '\(folder)'")
    }
  }

  /// Writes `text` whole to `descriptor` and flushes it to disk; the `errno` of the first
  /// failure, or `nil`.
  private static func writeDurably(_ text: String, to descriptor: Int32) -> Int32? {
    if let failure = WholeWrite.text(text, to: descriptor) { return failure }
    return fsync(descriptor) != 0 ? errno : nil
  }

  private static func syncFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  private static func folderProblem(_ code: Int32, folder: String) -> String {
    switch code {
    case ENOENT: return "files cannot be created in '\(folder)'"
    case ENOTDIR: return "'\(folder)' is not a folder"
    case EACCES, EPERM: return "no permission to write in '\(folder)'"
    case EROFS: return "'\(folder)' is on a read-only file system"
    default: return SkinQuizError.reason(forErrno: code)
    }
  }
}
