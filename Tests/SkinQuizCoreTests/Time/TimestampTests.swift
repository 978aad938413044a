import Fixtures
import Foundation
import Testing

@testable import SkinQuizCore

/// Instants written as results and people read them, without Foundation's `Date`.
@Suite struct TimestampTests {
  @Test func known_instants_are_written_in_utc_to_the_second() {
    for (seconds, written) in [
      (0, "1970-01-01T00:00:00Z"), (1_767_261_600, "2026-01-01T10:00:00Z"),
      (951_782_400, "2000-02-29T00:00:00Z"), (1_784_017_805, "2026-07-14T08:30:05Z"),
      (253_402_300_799, "9999-12-31T23:59:59Z"),
    ] {
      #expect(Timestamp(secondsSince1970: seconds).iso8601 == written)
      #expect(Timestamp(secondsSince1970: seconds, nanoseconds: 999_999_999).iso8601 == written)
    }
  }

  @Test func utc_text_is_what_foundations_iso8601_style_writes() {
    // Every instant SOURCE_DATE_EPOCH may name, sampled: the text results had before.
    var random = SplitMix64(state: 14)
    for _ in 0..<2_000 {
      let seconds = Int(random.next() % 253_402_300_800)
      let date = Date(timeIntervalSince1970: TimeInterval(seconds))
      let written = Timestamp(secondsSince1970: seconds).iso8601
      #expect(written == date.formatted(Date.ISO8601FormatStyle()), "\(seconds)")
      #expect(Timestamp(iso8601: written) == Timestamp(secondsSince1970: seconds), "\(seconds)")
    }
  }

  @Test func only_a_real_utc_instant_in_that_shape_is_read() {
    for text in [
      "", "2026-02-30T10:00:00Z", "2026-01-01T24:00:00Z", "2026-13-01T10:00:00Z",
      "2026-01-01T10:60:00Z", "2026-01-01 10:00:00Z", "2026-01-01T10:00:00",
      "2026-01-01T10:00:00+01:00", "2026-1-1T10:00:00Z", "2026-01-01T10:00:00Z ",
      "２026-01-01T10:00:00Z", "-026-01-01T10:00:00Z",
    ] {
      #expect(Timestamp(iso8601: text) == nil, "\(text)")
    }
    #expect(Timestamp(iso8601: "2024-02-29T23:59:59Z")?.seconds == 1_709_251_199)
  }

  @Test func now_is_the_system_clock() {
    let before = time(nil)
    let now = Timestamp.now()
    let after = time(nil)
    #expect((before...after).contains(now.seconds))
    #expect((0..<1_000_000_000).contains(now.nanoseconds))
  }

  @Test func instants_are_ordered_by_seconds_then_nanoseconds() {
    let one = Timestamp(secondsSince1970: 10, nanoseconds: 5)
    #expect(one < Timestamp(secondsSince1970: 10, nanoseconds: 6))
    #expect(one < Timestamp(secondsSince1970: 11))
    #expect(
      Timestamp(secondsSince1970: -1, nanoseconds: 999_999_999) < Timestamp(secondsSince1970: 0))
    #expect(!(one < one))
  }

  @Test func numbers_are_padded_with_zeros_to_their_width() {
    #expect(Timestamp.padded(7, 2) == "07")
    #expect(Timestamp.padded(0, 4) == "0000")
    #expect(Timestamp.padded(123, 2) == "123")
    #expect(Timestamp.padded(-5, 3) == "-005")
  }
}
