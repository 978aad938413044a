/// Ends the run with a status whose message, if any, is already printed.
struct ExitCode: Error {
  /// The process's exit status.
  var rawValue: Int32

  init(_ rawValue: Int32) {
    self.rawValue = rawValue
  }
}
