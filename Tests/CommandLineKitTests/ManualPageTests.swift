import CommandLineKit
import Testing

/// The manual page: its sections, one sentence a line, escaping and substitutions.
@Suite struct ManualPageTests {
  private static let command = Command(
    name: "tool", abstract: "Do things.",
    discussion: "First sentence. Second one, with a \\ backslash.\n\n.dot first",
    sections: [
      HelpSection(
        topic: .examples, layout: .stacked, entries: [.init(term: "tool --x", text: "Run it.")]),
      HelpSection(
        topic: .files, layout: .stacked,
        entries: [.init(term: "<prefix>/share/tool", text: "Data.")]),
    ],
    options: Sample.root.options)

  private let page = ManualPage(
    root: command, date: "January 1, 2026", substitutions: [("<prefix>", "/opt")]
  ).text

  @Test func the_page_has_its_sections_in_the_order_of_mdoc() {
    let headings = page.split(separator: "\n").filter { $0.hasPrefix(".Sh ") }
    #expect(
      headings == [".Sh NAME", ".Sh SYNOPSIS", ".Sh DESCRIPTION", ".Sh FILES", ".Sh EXAMPLES"])
    #expect(page.contains("\n.Dd January 1, 2026\n.Dt TOOL 1\n"))
    #expect(page.contains("\n.Nd \"Do things\"\n"), "no full stop in NAME")
  }

  @Test func text_is_a_sentence_a_line_with_requests_and_backslashes_escaped() {
    #expect(
      page.contains("\nFirst sentence.\nSecond one, with a \\e backslash.\n.Pp\n\\&.dot first\n"))
  }

  @Test func options_and_values_are_listed_and_hidden_ones_left_out() {
    #expect(
      page.contains("\n.It Fl -format Ar format\nThe format.\n.Bl -tag -width 6n\n.It Ar text\n"))
    #expect(page.contains("\n.Op Fl -force\n"))
    #expect(!page.contains("secret"))
  }

  @Test func substitutions_are_made_in_terms_and_text() {
    #expect(page.contains("\n.It Pa \"/opt/share/tool\"\nData.\n"))
    #expect(page.contains("\nRun it.\n.Bd -literal -offset indent\ntool --x\n.Ed\n"))
  }

  @Test func a_subcommands_discussion_in_paragraphs_makes_no_blank_line_or_request() {
    let root = Command(
      name: "tool", abstract: "Do things.",
      subcommands: [Command(name: "sub", abstract: "Sub.", discussion: "One.\n\nTwo.\n.three")])
    let page = ManualPage(root: root, date: "January 1, 2026").text
    #expect(!page.contains("\n\n"), "a blank line in fill mode: mandoc warns, groff adds space")
    #expect(!page.contains("\n.three"), "a text line read as a request")
  }
}
