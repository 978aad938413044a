import SkinQuizCore

/// The time a result is made, as an ISO 8601 UTC timestamp.
enum Clock {
  /// The last second `SOURCE_DATE_EPOCH` may name: 9999-12-31T23:59:59Z, as four-digit years
  /// are all the timestamp has room for.
  static let latestSecond = 253_402_300_799

  /// Now, or `$SOURCE_DATE_EPOCH` (whole seconds since 1970) when set, for reproducible output.
  ///
  /// - Throws: a usage error when `SOURCE_DATE_EPOCH` is not a whole number of seconds up to
  ///   the year 9999.
  static func now(_ environment: [String: String] = Environment.current) throws -> String {
    try instant(environment).iso8601
  }

  /// Now, or `$SOURCE_DATE_EPOCH` when set: what results and the manual page are dated.
  ///
  /// - Throws: a usage error when `SOURCE_DATE_EPOCH` is not a whole number of seconds up to
  ///   the year 9999.
  static func instant(_ environment: [String: String] = Environment.current) throws -> Timestamp {
    guard let value = environment["SOURCE_DATE_EPOCH"], !value.isEmpty else {
      return Timestamp.now()
    }
    guard let seconds = Int(value), seconds >= 0 else {
      throw UsageError(
        "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '\(value)'")
    }
    guard seconds <= latestSecond else {
      throw UsageError(
        "SOURCE_DATE_EPOCH '\(value)' is after the year 9999; the latest is \(latestSecond)")
    }
    return Timestamp(secondsSince1970: seconds)
  }

  /// A `now()` timestamp in the person's own time zone (`TZ`, else the system's), for people:
  /// `2026-01-01 at 11:00 CET (UTC+01:00)`, or `... at 10:00 UTC` where the offset is zero;
  /// `nil` when it is not a timestamp `now()` writes.
  static func local(_ timestamp: String) -> String? {
    Timestamp(iso8601: timestamp)?.localDescription
  }
}
