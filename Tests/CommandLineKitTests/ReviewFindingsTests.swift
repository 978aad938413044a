import CommandLineKit
import Testing

/// Defects found in review, each a failing test until fixed.
@Suite struct ReviewFindingsTests {
  @Test func a_value_carried_into_a_subcommand_is_checked_against_the_subcommands_values() {
    // The root's --format takes text and json; batch's only json. Carried over unchecked, the
    // program got a value it cannot convert and silently used its default instead.
    #expect(
      Sample.error(["--format", "text", "batch"])
        == .init(.invalidValue("text", option: "format"), path: ["batch"]))
    #expect(Sample.run(["--format", "json", "batch"])?.value("format") == "json")
  }

  @Test func an_equals_sign_before_a_combining_mark_still_ends_the_option_name() {
    // "=" followed by U+0301 is one Character, so a Character-wise split missed the "=".
    #expect(Sample.run(["--answers=\u{301}x.json"])?.value("answers") == "\u{301}x.json")
  }
}

@Suite struct ReviewManualPageTests {
  @Test func a_subcommands_discussion_in_paragraphs_makes_no_blank_line_or_request() {
    let root = Command(
      name: "tool", abstract: "Do things.",
      subcommands: [Command(name: "sub", abstract: "Sub.", discussion: "One.\n\nTwo.\n.three")])
    let page = ManualPage(root: root, date: "January 1, 2026").text
    #expect(!page.contains("\n\n"), "a blank line in fill mode: mandoc warns, groff adds space")
    #expect(!page.contains("\n.three"), "a text line read as a request")
  }
}
