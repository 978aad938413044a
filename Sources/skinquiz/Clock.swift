import ArgumentParser
import Foundation

/// The time a result is made, as an ISO 8601 UTC timestamp.
enum Clock {
  /// Now, or `$SOURCE_DATE_EPOCH` (whole seconds since 1970) when set, for reproducible output.
  ///
  /// - Throws: a usage error when `SOURCE_DATE_EPOCH` is not a whole number of seconds up to
  ///   the year 9999.
  static func now(
    _ environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> String {
    var date = Date()
    if let value = environment["SOURCE_DATE_EPOCH"], !value.isEmpty {
      guard let seconds = Int(value), (0...253_402_300_799).contains(seconds) else {
        throw ValidationError(
          "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '\(value)'")
      }
      date = Date(timeIntervalSince1970: TimeInterval(seconds))
    }
    // The format style, not ISO8601DateFormatter: that class loads ICU's data, which costs
    // megabytes of memory and milliseconds at start for a format that never varies.
    return date.formatted(Date.ISO8601FormatStyle())
  }
}
