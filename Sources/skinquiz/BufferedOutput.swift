/// Lines on their way to standard output, written a large block at a time: one `write(2)` per
/// line would cost more than scoring the line.
struct BufferedOutput {
  /// How much is gathered before it is written.
  static let blockSize = 64 * 1024

  private var pending = ""

  /// Adds `line` and a line break, writing what is gathered once it reaches the block size.
  ///
  /// - Throws: exits 74 when standard output fails (`StandardOutput.emit`).
  mutating func append(_ line: String) throws {
    pending += line
    pending += "\n"
    if pending.utf8.count >= Self.blockSize { try flush() }
  }

  /// Writes everything gathered.
  mutating func flush() throws {
    guard !pending.isEmpty else { return }
    try StandardOutput.emit(pending)
    pending.removeAll(keepingCapacity: true)
  }
}
