/// A command line that parsed but asks for something impossible (an `--output` name with no
/// known format, a bad `SOURCE_DATE_EPOCH`): printed with the usage, and the run exits 64.
struct UsageError: Error {
  /// What is wrong, naming the offending value.
  var message: String

  init(_ message: String) {
    self.message = message
  }
}
