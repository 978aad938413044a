import SkinQuizCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the plain line mode reads the person's lines and writes its own.
///
/// Standard input and output for people; a scripted implementation for tests.
public protocol LineIO: AnyObject {
  /// Writes `text` as it is (the caller adds line breaks), visible at once.
  func write(_ text: String)
  /// The next line typed, without its line break; `nil` when the input has ended.
  func readLine() -> String?
  /// Whether the last line read was longer than ``maxLineBytes`` and so was cut there (the
  /// rest of it read and dropped).
  var lastLineWasCut: Bool { get }
  /// Why writing failed, the first time it did (a closed pipe, a full disk); `nil` if it never
  /// did.
  var writeError: String? { get }
}

/// The longest line read, in bytes: an answer is a few characters, and a pipe that never
/// sends a line break must not fill the memory.
public let maxLineBytes = 64 * 1024

/// Lines from standard input, text to standard output.
public final class StandardLineIO: LineIO {
  /// Creates a line reader and writer over standard input and output.
  public init() {}

  public private(set) var writeError: String?

  /// Writes `text` to standard output and flushes it.
  public func write(_ text: String) {
    print(text, terminator: "")
    // Standard output is fully buffered into a pipe: without the flush a program at the other
    // end would wait for a prompt that sits in our buffer. `fflush(nil)` flushes every stream
    // without touching the C global `stdout`, which Swift 6 does not allow.
    if fflush(nil) != 0, writeError == nil {
      writeError = SkinQuizError.reason(forErrno: errno)
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
