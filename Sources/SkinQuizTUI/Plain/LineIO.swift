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
