import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Saves a result to a file whole or not at all, readable only by its owner.
///
/// The text goes to a temporary file in the same folder, which is flushed to disk and then
/// moved into place, so a crash or a full disk never leaves a partial file and never damages
/// the file that was there before.
public enum ResultFile {
  /// Saves `text` to `path` with permissions 0600.
  ///
  /// - Parameter replacing: whether an existing file may be replaced; without it an existing
  ///   file is never touched.
  /// - Throws: `SkinQuizError.outputNotCreated` when the file exists (without `replacing`),
  ///   is a folder, its folder is missing, or there is no permission; `SkinQuizError.outputFailed`
  ///   when writing fails part-way.
  public static func save(_ text: String, to path: String, replacing: Bool) throws(SkinQuizError) {
    let url = URL(fileURLWithPath: path)
    // The folder as the person wrote it, for messages; "." when they gave a bare file name.
    let folder =
      path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : "."
    var status = stat()
    if lstat(path, &status) == 0 {
      if status.st_mode & S_IFMT == S_IFDIR {
        throw .outputNotCreated(path: path, reason: "it is a folder; give a file name")
      }
      if !replacing {
        throw .outputNotCreated(path: path, reason: "it already exists; use --force to replace it")
      }
    }
    var template = Array(
      "\(folder.isEmpty ? "/" : folder)/.\(url.lastPathComponent).XXXXXX".utf8CString)
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
    let failure = writeAll(Array(text.utf8), to: descriptor)
    let syncFailed = failure == nil && fsync(descriptor) != 0 ? errno : 0
    let closeFailed = close(descriptor) != 0 && failure == nil && syncFailed == 0 ? errno : 0
    if let code = failure ?? (syncFailed != 0 ? syncFailed : nil)
      ?? (closeFailed != 0 ? closeFailed : nil)
    {
      throw .outputFailed(path: path, reason: describe(code))
    }
    if replacing {
      guard rename(temporary, path) == 0 else {
        throw .outputNotCreated(path: path, reason: describe(errno))
      }
    } else if link(temporary, path) != 0 {
      // link() refuses to replace an existing file, so no other writer can be overwritten.
      let code = errno
      if code == EEXIST {
        throw .outputNotCreated(path: path, reason: "it already exists; use --force to replace it")
      }
      guard code == EPERM || code == ENOTSUP || code == EXDEV, lstat(path, &status) != 0,
        rename(temporary, path) == 0
      else {
        throw .outputNotCreated(path: path, reason: describe(code))
      }
    }
    cleanup = !replacing
    syncFolder(folder)
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return nil
  }

  private static func syncFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  private static func folderProblem(_ code: Int32, folder: String) -> String {
    switch code {
    case ENOENT: return "the folder '\(folder)' does not exist"
    case ENOTDIR: return "'\(folder)' is not a folder"
    case EACCES, EPERM: return "no permission to write in '\(folder)'"
    case EROFS: return "'\(folder)' is on a read-only file system"
    default: return describe(code)
    }
  }

  private static func describe(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }
}
