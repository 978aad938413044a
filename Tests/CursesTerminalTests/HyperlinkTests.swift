import DrawingSurface
import Testing

@testable import CursesTerminal

/// OSC 8 hyperlinks: which terminals get them, and what is written for a canvas's link cells.
@Suite struct HyperlinkTests {
  @Test(arguments: [
    (["TERM": "xterm-256color"], false),
    (["TERM": "xterm-kitty"], true),
    (["TERM": "foot"], true),
    (["TERM": "xterm-256color", "TERM_PROGRAM": "WezTerm"], true),
    (["TERM": "xterm-256color", "TERM_PROGRAM": "iTerm.app"], true),
    (["TERM": "xterm-256color", "WT_SESSION": "x"], true),
    (["TERM": "xterm-256color", "VTE_VERSION": "5000"], true),
    (["TERM": "xterm-256color", "VTE_VERSION": "4601"], false),
    (
      [
        "TERM": "tmux-256color", "TMUX": "/tmp/s", "TERM_PROGRAM": "tmux",
        "TERM_PROGRAM_VERSION": "3.4",
      ], true
    ),
    (
      [
        "TERM": "tmux-256color", "TMUX": "/tmp/s", "TERM_PROGRAM": "tmux",
        "TERM_PROGRAM_VERSION": "3.3a",
      ], false
    ),
    // Inside old tmux the outer terminal's variables do not count.
    (["TERM": "screen", "TMUX": "/tmp/s", "VTE_VERSION": "7600"], false),
    (["TERM": "screen", "STY": "1.pts"], false),
    (["TERM": "xterm-256color", "SKINQUIZ_HYPERLINKS": "1"], true),
    (["TERM": "xterm-kitty", "SKINQUIZ_HYPERLINKS": "0"], false),
    (["TERM": "vt100", "SKINQUIZ_HYPERLINKS": "1"], false),
    (["TERM": "linux", "SKINQUIZ_HYPERLINKS": "1"], false),
    (["SKINQUIZ_HYPERLINKS": "1"], false),
  ])
  func only_terminals_known_to_open_links_get_them(
    _ environment: [String: String], _ expected: Bool
  ) {
    #expect(CursesTerminal.supportsHyperlinks(environment: environment) == expected)
  }

  @Test(arguments: [
    ("3.4", true), ("3.5a", true), ("next-3.6", true), ("4.0", true), ("3.3a", false),
    ("2.9", false), ("", false),
  ])
  func versions_compare_by_number(_ version: String, _ expected: Bool) {
    #expect(CursesTerminal.isAtLeast(version, major: 3, minor: 4) == expected)
  }

  let url = "https://example.org/a/very/long/address"

  /// A canvas with `text` at row 1, column 2, linked to `url` where it was drawn.
  func canvas(_ text: String, link: String?) -> Canvas {
    var canvas = Canvas(size: TerminalSize(columns: 20, rows: 3))
    let style = Canvas.Style(underline: true, dim: true)
    let used = canvas.put(text, row: 1, column: 2, style: style)
    if let link { canvas.link(link, row: 1, column: 2, width: used) }
    return canvas
  }

  @Test func a_link_run_is_written_again_inside_osc_8_with_the_whole_address_and_cursor_saved() {
    let output = CursesTerminal.hyperlinkOutput(
      for: canvas("https://exa…", link: url), over: nil, rows: 3, columns: 20, usesColor: false)
    #expect(
      String(decoding: output, as: UTF8.self)
        == "\u{1B}7\u{1B}[2;3H\u{1B}[0;2;4m\u{1B}]8;;\(url)\u{1B}\\https://exa…"
        + "\u{1B}]8;;\u{1B}\\\u{1B}8")
  }

  @Test func without_link_cells_nothing_is_written() {
    let plain = canvas("https://exa…", link: nil)
    #expect(
      CursesTerminal.hyperlinkOutput(
        for: plain, over: plain, rows: 3, columns: 20, usesColor: true
      ).isEmpty)
  }

  @Test func cells_that_were_a_link_and_no_longer_are_are_written_again_without_one() {
    let output = CursesTerminal.hyperlinkOutput(
      for: canvas("plain text", link: nil), over: canvas("https://exa", link: url), rows: 3,
      columns: 20, usesColor: false)
    let text = String(decoding: output, as: UTF8.self)
    #expect(text.contains("\u{1B}[2;3H\u{1B}[0;2;4mplain text"), "\(text.debugDescription)")
    #expect(!text.contains("]8;;"))
  }

  @Test(arguments: [
    "https://a.example/\u{1B}]0;title\u{07}", "https://a.example/ space", "",
  ])
  func an_address_with_control_characters_is_never_sent(_ address: String) {
    #expect(
      CursesTerminal.hyperlinkOutput(
        for: canvas("x", link: address), over: nil, rows: 3, columns: 20, usesColor: false
      ).isEmpty)
  }

  @Test func writing_over_a_link_cell_removes_its_link_and_leaves_the_text() {
    var linked = canvas("https://exa", link: url)
    #expect(linked[1, 2].link == url && linked[1, 12].link == url && linked[1, 13].link == nil)
    #expect(linked.text == canvas("https://exa", link: nil).text)
    linked.put("box", row: 1, column: 4)
    #expect(linked[1, 4].link == nil && linked[1, 3].link == url)
  }
}
