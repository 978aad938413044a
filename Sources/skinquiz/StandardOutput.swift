import SkinQuizCore

/// Writes results to standard output and notices when they did not arrive.
enum StandardOutput {
  /// Writes `text` to standard output; a failure (a full disk, an I/O error) is reported and
  /// exits 74, so a script never mistakes a lost result for success.
  static func emit(_ text: String) throws {
    guard let failure = WholeWrite.text(text, to: STDOUT_FILENO) else { return }
    StandardError.report(
      "cannot write to standard output: \(SkinQuizError.reason(forErrno: failure))")
    throw ExitStatus.ioError.exitCode
  }
}
