/// Reads a file descriptor one line at a time, holding one line and one chunk of input at most,
/// so that an input of any length is read in constant memory.
///
/// A line is held up to ``lineLimit`` bytes: past that, the rest of it is read and dropped, so
/// that a huge line (or `/dev/zero`) cannot take all memory. A UTF-8 byte order mark before
/// the first line is dropped, as `--answers` drops one before a file.
public struct LineReader {
  /// How many bytes one `read(2)` asks for.
  public static let chunkSize = 64 * 1024
  /// The longest line kept whole unless told otherwise.
  ///
  /// As large as an answers file may be. A longer line is returned cut to one byte more,
  /// which tells it apart.
  public static let lineLimit = InputReader.sizeLimit

  private let descriptor: Int32
  /// The name messages give the input (`<stdin>` for standard input).
  private let name: String
  /// The longest line kept whole.
  private let lineLimit: Int
  private var buffer: [UInt8]
  /// The unread bytes are `buffer[start..<end]`.
  private var start = 0
  private var end = 0
  private var reachedEnd = false
  /// The number of the line last returned, from 1.
  public private(set) var lineNumber = 0

  /// Reads from `descriptor`, which the caller opened and closes; `name` is for messages.
  public init(descriptor: Int32, name: String, lineLimit: Int = LineReader.lineLimit) {
    self.descriptor = descriptor
    self.name = name
    self.lineLimit = lineLimit
    buffer = [UInt8](repeating: 0, count: Self.chunkSize)
  }

  /// The next line's bytes without its line break (`\n` or `\r\n`); `nil` at the end of input.
  ///
  /// A last line without a line break is a line all the same.
  ///
  /// - Throws: `SkinQuizError.unreadableInput` when reading fails.
  public mutating func next() throws(SkinQuizError) -> [UInt8]? {
    var scanned = 0  // how many unread bytes are known to hold no line break
    while true {
      if let newline = buffer[(start + scanned)..<end].firstIndex(of: UInt8(ascii: "\n")) {
        if newline - start > lineLimit { return try takeLongLine() }
        return take(upTo: newline, skipping: 1)
      }
      scanned = end - start
      if scanned > lineLimit { return try takeLongLine() }
      if reachedEnd { return start < end ? take(upTo: end, skipping: 0) : nil }
      try fill()
    }
  }

  /// Returns `buffer[start..<index]` without a final `\r`, and moves past it and `skipping`.
  private mutating func take(upTo index: Int, skipping: Int) -> [UInt8] {
    var lineEnd = index
    if lineEnd > start, buffer[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
    var lineStart = start
    let mark = InputReader.byteOrderMark
    if lineNumber == 0, buffer[start..<lineEnd].starts(with: mark) { lineStart += mark.count }
    let line = Array(buffer[lineStart..<lineEnd])
    start = index + skipping
    lineNumber += 1
    return line
  }

  /// The first `lineLimit` + 1 bytes of a line longer than that, after reading and dropping
  /// the rest of it.
  private mutating func takeLongLine() throws(SkinQuizError) -> [UInt8] {
    let kept = Array(buffer[start...(start + lineLimit)])
    lineNumber += 1
    while true {
      if let newline = buffer[start..<end].firstIndex(of: UInt8(ascii: "\n")) {
        start = newline + 1
        return kept
      }
      start = end
      if reachedEnd { return kept }
      try fill()
    }
  }

  /// Moves the unread bytes to the front, grows the buffer when a line fills it, and reads.
  private mutating func fill() throws(SkinQuizError) {
    if start > 0 {
      let (from, count) = (start, end - start)
      buffer.withUnsafeMutableBufferPointer { bytes in
        guard let base = bytes.baseAddress else { return }  // never: the buffer is not empty
        base.update(from: base + from, count: count)
      }
      (start, end) = (0, count)
    }
    if end == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
    while true {
      let (descriptor, filled) = (descriptor, end)
      let count = buffer.withUnsafeMutableBufferPointer { bytes in
        read(descriptor, bytes.baseAddress.map { $0 + filled }, bytes.count - filled)
      }
      if count < 0, errno == EINTR { continue }
      guard count >= 0 else {
        throw .unreadableInput(path: name, reason: SkinQuizError.reason(forErrno: errno))
      }
      if count == 0 { reachedEnd = true }
      end += count
      return
    }
  }
}
