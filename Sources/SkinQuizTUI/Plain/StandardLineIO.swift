import SkinQuizCore

/// Lines from standard input, text to standard output.
public final class StandardLineIO: LineIO {
  /// Creates a line reader and writer over standard input and output.
  public init() {}

  public private(set) var writeError: String?

  /// Writes `text` to standard output at once, unbuffered, so a program at the other end of a
  /// pipe sees each prompt as it is asked.
  public func write(_ text: String) {
    if let failure = WholeWrite.text(text, to: STDOUT_FILENO), writeError == nil {
      writeError = SkinQuizError.reason(forErrno: failure)
    }
  }

  public private(set) var lastLineWasCut = false
  /// Whether the rest of a line that was cut is still to be dropped.
  private var inCutLine = false

  /// The next line of standard input, or `nil` at its end; a line longer than
  /// ``maxLineBytes`` is returned as soon as it is cut there (so the person is told at once,
  /// even by a pipe that never ends the line), and the rest of it dropped on the next read.
  public func readLine() -> String? {
    lastLineWasCut = false
    if inCutLine {
      while true {
        let byte = getchar()
        if byte == EOF { return nil }
        if byte == 10 { break }
      }
      inCutLine = false
    }
    var bytes: [UInt8] = []
    while true {
      let byte = getchar()
      if byte == EOF {
        if bytes.isEmpty { return nil }
        break
      }
      if byte == 10 { break }  // "\n"
      bytes.append(UInt8(truncatingIfNeeded: byte))
      if bytes.count == maxLineBytes {
        lastLineWasCut = true
        inCutLine = true
        break
      }
    }
    if bytes.last == 13 { bytes.removeLast() }  // "\r" of "\r\n"
    return String(decoding: bytes, as: UTF8.self)
  }
}
