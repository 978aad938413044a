import SkinQuizCore

/// The progress line of `skinquiz batch` on standard error: only on a terminal, only once the
/// batch has run for a second (a short input shows nothing), at most four times a second,
/// rewritten in place and cleared at the end so that only the summary stays.
struct BatchProgress {
  /// Whether standard error is a terminal; a pipe or a file never gets the line.
  private let shown: Bool
  private let started: Double
  /// When the line was last written, or `nil` when it is not on the screen.
  private var lastShown: Double?

  init(shown: Bool) {
    self.shown = shown
    started = Self.now()
  }

  /// Shows how far the batch is, when it is time to.
  mutating func update(lines: Int, errors: Int) {
    // Reading the clock for every line would cost more than the rest of this check.
    guard shown, lines % 256 == 0 else { return }
    let now = Self.now()
    guard now - started >= 1, now - (lastShown ?? 0) >= 0.25 else { return }
    lastShown = now
    write("\r\u{1B}[Kskinquiz: \(lines) lines read, \(errors) with errors")
  }

  /// Removes the line, if it was shown.
  mutating func clear() {
    guard lastShown != nil else { return }
    lastShown = nil
    write("\r\u{1B}[K")
  }

  private func write(_ text: String) {
    _ = WholeWrite.text(text, to: STDERR_FILENO)
  }

  /// Seconds on the monotonic clock.
  private static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
