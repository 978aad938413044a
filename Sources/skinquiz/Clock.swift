import ArgumentParser
import SkinQuizCore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The time a result is made, as an ISO 8601 UTC timestamp.
enum Clock {
  /// Now, or `$SOURCE_DATE_EPOCH` (whole seconds since 1970) when set, for reproducible output.
  ///
  /// - Throws: a usage error when `SOURCE_DATE_EPOCH` is not a whole number of seconds up to
  ///   the year 9999.
  static func now(
    _ environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> String {
    var date = Timestamp.now()
    if let value = environment["SOURCE_DATE_EPOCH"], !value.isEmpty {
      guard let seconds = Int(value), (0...253_402_300_799).contains(seconds) else {
        throw ValidationError(
          "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '\(value)'")
      }
      date = Timestamp(secondsSince1970: seconds)
    }
    return date.iso8601
  }

  /// A `now()` timestamp in the person's own time zone (`TZ`, else the system's), for people:
  /// `2026-01-01 at 11:00 CET (UTC+01:00)`, or `... at 10:00 UTC` where the offset is zero;
  /// `nil` when it is not a timestamp `now()` writes.
  ///
  /// The offset is always said, as a zone's name alone can mislead: the C library takes a
  /// mistyped `TZ` such as `Europe/Berln` as UTC under the name "Europe".
  static func local(_ timestamp: String) -> String? {
    Timestamp(iso8601: timestamp)?.localDescription
  }
}
