import Fixtures
import Testing
import TextLayout

@Suite struct TextWrapperTests {
  @Test func wraps_at_spaces_within_the_width() {
    #expect(TextWrapper(width: 10).wrap("one two three four") == ["one two", "three four"])
    #expect(TextWrapper(width: 9).wrap("one two three four") == ["one two", "three", "four"])
  }

  @Test func keeps_hard_line_breaks_and_empty_lines() {
    #expect(TextWrapper(width: 20).wrap("a\n\nb") == ["a", "", "b"])
  }

  @Test func measures_wide_and_combining_characters_by_columns() {
    #expect(DisplayWidth.of("café") == 4)
    #expect(DisplayWidth.of("cafe\u{301}") == 4)
    #expect(DisplayWidth.of("日本") == 4)
    #expect(DisplayWidth.of("👍🏽") == 2)
    #expect(TextWrapper(width: 6).wrap("日本 日本語") == ["日本", "日本語"])
    #expect(TextWrapper(width: 5).wrap("日本 日本語") == ["日本", "日本", "語"])
  }

  @Test func breaks_a_word_wider_than_the_line_by_columns_never_inside_a_character() {
    #expect(TextWrapper(width: 3).wrap("abcdefg") == ["abc", "def", "g"])
    #expect(TextWrapper(width: 3).wrap("日本語") == ["日", "本", "語"])
    #expect(TextWrapper(width: 1).wrap("日") == ["日"])
  }

  @Test func indents_every_line_and_counts_the_indent_in_the_width() {
    #expect(
      TextWrapper(width: 12).wrap("one two three", indent: "  ", firstIndent: "* ")
        == ["* one two", "  three"])
  }

  // Found by fuzzing (Fuzz/Regressions/TextWrapper): the inputs that broke it, kept.

  @Test func keeps_a_word_of_characters_that_take_no_columns() {
    // Width 20, "\t word": the tab was a word of width 0, and "word" replaced it. (A tab is
    // now a space, as control characters never reach the output.)
    #expect(TextWrapper(width: 20).wrap("\t word") == ["word"])
    #expect(TextWrapper(width: 4).wrap("\u{200B} abcd") == ["\u{200B}", "abcd"])
  }

  @Test func gives_a_character_wider_than_the_line_a_line_of_its_own() {
    // Characters of no width before it once shared its line, which was then too wide.
    #expect(TextWrapper(width: 1).wrap("\u{200B}日本") == ["\u{200B}", "日", "本"])
  }

  @Test func an_indent_that_joins_the_text_does_not_widen_it() {
    // A paragraph starting with U+FE0F after an indent of a space: joined, the two are one
    // character, which once measured as an emoji (2 columns) where apart they were 1 and 0.
    #expect(DisplayWidth.of(" \u{FE0F}") == 1)
    #expect(DisplayWidth.of("\u{2764}\u{FE0F}") == 2)  // ❤️ stays wide
    let lines = TextWrapper(width: 5).wrap("\u{FE0F}xyz", indent: " ")
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 5 }, "\(lines)")
  }

  @Test func text_that_joins_an_indent_into_an_emoji_is_wrapped_narrower() {
    // Fuzz/Regressions/TextWrapper/indent-makes-emoji: "0" ending the indent and U+FE0F
    // starting the text are one character, an emoji two columns wide; measured apart they were
    // one column and none, and the line came out 6 columns wide at width 5.
    let lines = TextWrapper(width: 5).wrap("\u{FE0F}Charactex\u{1} ", indent: "=0")
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 5 }, "\(lines)")
    let bodies = lines.flatMap { $0.unicodeScalars.dropFirst(2) }
    // The control character U+0001 is left out of what is printed.
    #expect(String(String.UnicodeScalarView(bodies)) == "\u{FE0F}Charactex", "\(lines)")
  }

  @Test func wraps_plain_ascii_as_it_wraps_any_text() {
    // Printable ASCII is wrapped as bytes, everything else by characters: "é" is one character
    // and one column, as "e" is, so text with each "e" made "é" must wrap the same way.
    var random = SplitMix64(state: 14)
    let pieces = ["see", "e", "eeeeeeeeeeee", " ", "  ", "\n", "tree-", "bee's", "reeds."]
    for _ in 0..<500 {
      let text = (0..<random.below(30)).map { _ in pieces[random.below(UInt64(pieces.count))] }
        .joined(separator: random.below(3) == 0 ? "" : " ")
      let wrapper = TextWrapper(width: 1 + random.below(14))
      let accented = wrapper.wrap(String(text.map { $0 == "e" ? "é" : $0 }))
      #expect(
        wrapper.wrap(text) == accented.map { String($0.map { $0 == "é" ? "e" : $0 }) },
        "width \(wrapper.width): \(text.debugDescription)")
    }
  }
}
