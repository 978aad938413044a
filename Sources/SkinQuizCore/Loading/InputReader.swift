/// Reads an input file (answers, a draft, a pack file) whole, refusing what cannot be one.
///
/// Every refusal names the path and the reason, as the system gives it: a missing file, a folder,
/// a loop of symbolic links, a read error. A fifo or a device is read like a file, so that
/// `--answers <(command)` works, but a fifo with nobody writing to it reads as empty instead of
/// waiting for ever, and nothing larger than ``sizeLimit`` is read, so that `/dev/zero` or a
/// runaway file cannot take all memory.
public enum InputReader {
  /// The most bytes an input may have: no answers file or pack file comes near it.
  public static let sizeLimit = 8 << 20

  /// The bytes of the file at `path`.
  ///
  /// - Throws: `SkinQuizError.unreadableInput` with the reason.
  public static func contents(of path: String) throws(SkinQuizError) -> [UInt8] {
    guard let data = try contentsIfPresent(of: path) else {
      throw .unreadableInput(path: path, reason: "no such file")
    }
    return data
  }

  /// The bytes of the file at `path`, or `nil` when there is no such file.
  ///
  /// - Throws: `SkinQuizError.unreadableInput` for any other reason it cannot be read.
  public static func contentsIfPresent(of path: String) throws(SkinQuizError) -> [UInt8]? {
    guard let (descriptor, isFIFO) = try openIfPresent(path) else { return nil }
    defer { close(descriptor) }
    let data = try readAll(descriptor, path: path)
    if data.isEmpty, isFIFO {
      // Not "an empty file": the likely mistake is a fifo that no program was writing to yet.
      throw .unreadableInput(path: path, reason: "a fifo that gave nothing to read")
    }
    return data
  }

  /// Opens `path` for reading: a file, a fifo or a device, never a folder.
  ///
  /// Returns `nil` when there is no such file; the caller closes the descriptor.
  ///
  /// - Throws: `SkinQuizError.unreadableInput` for any other reason it cannot be opened.
  public static func openIfPresent(
    _ path: String
  ) throws(SkinQuizError) -> (descriptor: Int32, isFIFO: Bool)? {
    // Non-blocking, so that opening a fifo with no writer does not wait for one.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      let number = errno
      if number == ENOENT { return nil }
      throw .unreadableInput(path: path, reason: SkinQuizError.reason(forErrno: number))
    }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      let number = errno
      close(descriptor)
      throw .unreadableInput(path: path, reason: SkinQuizError.reason(forErrno: number))
    }
    if status.st_mode & S_IFMT == S_IFDIR {
      close(descriptor)
      throw .unreadableInput(path: path, reason: "it is a folder, not a file")
    }
    // Reads block again, so a fifo's writer is waited for while it is there.
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    return (descriptor, status.st_mode & S_IFMT == S_IFIFO)
  }

  /// The bytes of standard input, up to the same limit.
  public static func standardInput(name: String) throws(SkinQuizError) -> [UInt8] {
    try readAll(STDIN_FILENO, path: name)
  }

  /// Everything `descriptor` holds, up to ``sizeLimit`` bytes.
  private static func readAll(_ descriptor: Int32, path: String) throws(SkinQuizError) -> [UInt8] {
    var data: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { return data }
      if count < 0 {
        if errno == EINTR { continue }
        throw .unreadableInput(path: path, reason: SkinQuizError.reason(forErrno: errno))
      }
      data.append(contentsOf: buffer[..<count])
      if data.count > sizeLimit {
        throw .unreadableInput(
          path: path,
          reason: "larger than \(sizeLimit >> 20) MiB; answers and pack files are far smaller")
      }
    }
  }

  /// UTF-8's byte order mark, which some editors put first and every reader drops.
  public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// `bytes` as text when they are UTF-8, without the byte order mark some editors put first
  /// (as Foundation's `String(data:encoding:)` reads them), else `nil`.
  public static func text(_ bytes: [UInt8]) -> String? {
    let start = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
    return String(validating: bytes[start...], as: UTF8.self)
  }

  /// The error for `data` that is not UTF-8, located at its first byte that is not.
  public static func notUTF8(_ data: some Collection<UInt8>, file: String) -> Diagnostic {
    // Columns count from after a byte order mark, which text(_:) drops, as other diagnostics do.
    let mark = data.starts(with: byteOrderMark) ? byteOrderMark.count : 0
    var (line, column, offset) = (1, 1, mark)
    var bytes = data.dropFirst(mark).makeIterator()
    var decoder = UTF8()
    while case .scalarValue(let scalar) = decoder.decode(&bytes) {
      offset += UTF8.width(scalar)
      (line, column) = scalar == "\n" ? (line + 1, 1) : (line, column + 1)
    }
    let byte = data.dropFirst(offset).first ?? 0
    return Diagnostic(
      .error, at: FileLocation(file: file, line: line, column: column),
      "not UTF-8 text: byte 0x\(String(byte, radix: 16, uppercase: true)) here is invalid "
        + "(save the file as UTF-8)")
  }
}
