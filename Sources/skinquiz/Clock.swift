/// The time a result is made, as an ISO 8601 UTC timestamp.
enum Clock {
  /// Now, or `$SOURCE_DATE_EPOCH` (whole seconds since 1970) when set, for reproducible output.
  ///
  /// - Throws: a usage error when `SOURCE_DATE_EPOCH` is not a whole number of seconds up to
  ///   the year 9999.
  static func now(_ environment: [String: String] = Environment.current) throws -> String {
    var seconds = time(nil)
    if let value = environment["SOURCE_DATE_EPOCH"], !value.isEmpty {
      guard let given = Int(value), (0...253_402_300_799).contains(given) else {
        throw UsageError(
          "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '\(value)'")
      }
      seconds = time_t(given)
    }
    // The C library, not Foundation's formatters: they would load ICU's data, and the format
    // never varies.
    var utc = tm()
    gmtime_r(&seconds, &utc)
    var buffer = [CChar](repeating: 0, count: 32)
    let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%SZ", &utc)
    return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// A `now()` timestamp in the person's own time zone (`TZ`, else the system's), for people:
  /// `2026-01-01 at 11:00 CET (UTC+01:00)`, or `... at 10:00 UTC` where the offset is zero;
  /// `nil` when it is not a timestamp `now()` writes.
  ///
  /// The offset is always said, as a zone's name alone can mislead: the C library takes a
  /// mistyped `TZ` such as `Europe/Berln` as UTC under the name "Europe".
  ///
  /// The C library, not Foundation's formatters: they would load ICU's time zone data.
  static func local(_ timestamp: String) -> String? {
    let digits = timestamp.split(whereSeparator: { "-T:Z".contains($0) }).compactMap { Int32($0) }
    guard timestamp.hasSuffix("Z"), digits.count == 6 else { return nil }
    var utc = tm()
    (utc.tm_year, utc.tm_mon, utc.tm_mday) = (digits[0] - 1900, digits[1] - 1, digits[2])
    (utc.tm_hour, utc.tm_min, utc.tm_sec) = (digits[3], digits[4], digits[5])
    var instant = timegm(&utc)
    tzset()
    var local = tm()
    guard localtime_r(&instant, &local) != nil else { return nil }
    var buffer = [CChar](repeating: 0, count: 64)
    let count = strftime(&buffer, buffer.count, "%Y-%m-%d at %H:%M|%Z", &local)
    guard count > 0 else { return nil }
    let text = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let parts = text.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
    let offset = Int(local.tm_gmtoff)
    guard offset != 0 else { return "\(parts[0]) UTC" }
    let minutes = abs(offset) / 60
    let sign = offset < 0 ? "-" : "+"
    let zone =
      "UTC\(sign)\(minutes / 60 < 10 ? "0" : "")\(minutes / 60):"
      + "\(minutes % 60 < 10 ? "0" : "")\(minutes % 60)"
    let name = parts.count == 2 ? parts[1] : ""
    return name.isEmpty ? "\(parts[0]) \(zone)" : "\(parts[0]) \(name) (\(zone))"
  }
}
