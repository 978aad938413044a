import SkinQuizCore
import Testing

/// Values from others' files in messages: quoted, harmless to a terminal, short.
@Suite struct QuotedTests {
  @Test func control_and_bidi_characters_are_written_out() {
    #expect(Quoted.value("22_plus") == "'22_plus'")
    #expect(Quoted.value("\u{1B}]52;c;AA\u{7}") == "'\\u{1B}]52;c;AA\\u{7}'")
    #expect(Quoted.value("evil\u{202E}txt.exe") == "'evil\\u{202E}txt.exe'")
    #expect(Quoted.value("tab\there\r\n") == "'tab\\u{9}here\\u{D}\\u{A}'")
    #expect(Quoted.escaped("a\u{85}b\u{7F}c\u{2066}") == "a\\u{85}b\\u{7F}c\\u{2066}")
    #expect(Quoted.value("café ✓ 日本") == "'café ✓ 日本'")
  }

  @Test func a_long_value_keeps_its_start_and_end_and_says_how_long_it_is() {
    let value = String(repeating: "a", count: 50) + String(repeating: "z", count: 7_340_000)
    let shown = Quoted.value(value)
    #expect(
      shown == "'" + String(repeating: "a", count: 40) + "…" + String(repeating: "z", count: 19)
        + "' (7,340,050 characters)")
    #expect(Quoted.value(String(repeating: "x", count: 60)).count == 62)
    // One character of a million combining marks is still a long value.
    let marks = "e" + String(repeating: "\u{301}", count: 1_000_000)
    #expect(Quoted.value(marks).unicodeScalars.count < 100)
    #expect(Quoted.value(marks).hasSuffix("' (1,000,001 characters)"))
  }
}
