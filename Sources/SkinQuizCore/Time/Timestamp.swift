/// An instant, as seconds and nanoseconds since 1970-01-01T00:00:00Z, written the ways
/// SkinQuiz writes times: in UTC for files, in the person's own time zone for people.
///
/// Made from the system clock or from a number of seconds (`SOURCE_DATE_EPOCH`) and written
/// with the C library (`gmtime_r`, `localtime_r`) and our own zero padding: Foundation's `Date`
/// and its formatters would link FoundationEssentials, some 7 MB, for two fixed formats.
public struct Timestamp: Sendable, Hashable, Comparable {
  /// Whole seconds since 1970-01-01T00:00:00Z (negative before it).
  public let seconds: Int
  /// The nanoseconds past ``seconds``, from 0 to 999,999,999.
  public let nanoseconds: Int

  /// The instant `seconds` (plus `nanoseconds`) after 1970-01-01T00:00:00Z.
  public init(secondsSince1970 seconds: Int, nanoseconds: Int = 0) {
    precondition((0..<1_000_000_000).contains(nanoseconds), "nanoseconds \(nanoseconds)")
    self.seconds = seconds
    self.nanoseconds = nanoseconds
  }

  /// Now, as the system's real-time clock says.
  public static func now() -> Timestamp {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return Timestamp(secondsSince1970: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec))
  }

  /// The instant `text` writes as ``iso8601`` does (`2026-01-01T10:00:00Z`), or `nil` when it
  /// is not written so or names no date (a 30 February, a 25th hour).
  public init?(iso8601 text: String) {
    let utf8 = Array(text.utf8)
    let shape = Array("dddd-dd-ddTdd:dd:ddZ".utf8)
    guard utf8.count == shape.count else { return nil }
    for (byte, expected) in zip(utf8, shape) {
      let matches =
        expected == UInt8(ascii: "d")
        ? (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        : byte == expected
      guard matches else { return nil }
    }
    func number(_ range: Range<Int>) -> Int32 {
      utf8[range].reduce(0) { $0 * 10 + Int32($1 - UInt8(ascii: "0")) }
    }
    var fields = tm()
    (fields.tm_year, fields.tm_mon, fields.tm_mday) =
      (number(0..<4) - 1900, number(5..<7) - 1, number(8..<10))
    (fields.tm_hour, fields.tm_min, fields.tm_sec) = (
      number(11..<13), number(14..<16), number(17..<19)
    )
    let written = fields
    var seconds = timegm(&fields)
    // timegm moves a date that does not exist (30 February) to one that does: refuse it.
    var back = tm()
    guard gmtime_r(&seconds, &back) != nil,
      (back.tm_year, back.tm_mon, back.tm_mday) == (
        written.tm_year, written.tm_mon, written.tm_mday
      ),
      (back.tm_hour, back.tm_min, back.tm_sec) == (written.tm_hour, written.tm_min, written.tm_sec)
    else { return nil }
    self.init(secondsSince1970: Int(seconds))
  }

  /// In UTC to the second, as results record it (ISO 8601 and RFC 3339):
  /// `2026-01-01T10:00:00Z`.
  public var iso8601: String {
    var instant = time_t(seconds)
    var fields = tm()
    guard gmtime_r(&instant, &fields) != nil else { return "\(seconds)" }
    return Self.date(fields) + "T" + Self.time(fields, seconds: true) + "Z"
  }

  /// For people, in their own time zone (`TZ`, else the system's):
  /// `2026-01-01 at 11:00 CET (UTC+01:00)`, or `2026-01-01 at 10:00 UTC` where the offset is
  /// zero; `nil` when the C library cannot place the instant in the zone.
  ///
  /// The offset is always said, as a zone's name alone can mislead: the C library takes a
  /// mistyped `TZ` such as `Europe/Berln` as UTC under the name "Europe".
  public var localDescription: String? {
    var instant = time_t(seconds)
    // localtime_r need not read TZ again; tzset does, so a changed TZ is followed.
    tzset()
    var fields = tm()
    guard localtime_r(&instant, &fields) != nil else { return nil }
    let clock = Self.date(fields) + " at " + Self.time(fields, seconds: false)
    let offset = Int(fields.tm_gmtoff)
    guard offset != 0 else { return clock + " UTC" }
    let minutes = abs(offset) / 60
    // Some zones' old offsets had seconds too (Monrovia's was -00:44:30 until 1972).
    let seconds = abs(offset) % 60
    let zone =
      "UTC" + (offset < 0 ? "-" : "+") + Self.padded(minutes / 60, 2) + ":"
      + Self.padded(minutes % 60, 2) + (seconds == 0 ? "" : ":" + Self.padded(seconds, 2))
    let name = fields.tm_zone.map { String(cString: $0) } ?? ""
    return name.isEmpty ? "\(clock) \(zone)" : "\(clock) \(name) (\(zone))"
  }

  public static func < (left: Timestamp, right: Timestamp) -> Bool {
    (left.seconds, left.nanoseconds) < (right.seconds, right.nanoseconds)
  }

  /// `2026-01-01`.
  private static func date(_ fields: tm) -> String {
    padded(Int(fields.tm_year) + 1900, 4) + "-" + padded(Int(fields.tm_mon) + 1, 2) + "-"
      + padded(Int(fields.tm_mday), 2)
  }

  /// `10:00:00`, or `10:00` without `seconds`.
  private static func time(_ fields: tm, seconds: Bool) -> String {
    padded(Int(fields.tm_hour), 2) + ":" + padded(Int(fields.tm_min), 2)
      + (seconds ? ":" + padded(Int(fields.tm_sec), 2) : "")
  }

  /// `value` in decimal with zeros before it up to `width` digits (a minus sign first).
  static func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value.magnitude)
    let zeros = String(repeating: "0", count: max(0, width - digits.count))
    return (value < 0 ? "-" : "") + zeros + digits
  }
}
