import Foundation
import TestSupport
import Testing

extension EndToEnd {
  /// Source addresses on the result screen as OSC 8 hyperlinks, only where the terminal can
  /// open them.
  ///
  /// tmux 3.3 drops the sequence from its screen, so what the program wrote is read from
  /// `pipe-pane` instead.
  @Suite(EndToEnd.needsTmux) struct HyperlinkTests {
    /// A terminal setting and whether links are expected under it.
    struct Setting: CustomTestStringConvertible, Sendable {
      var environment: [String: String]
      var expectsLinks: Bool
      var testDescription: String {
        environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
          .joined(separator: " ")
      }
    }

    static let settings = [
      Setting(environment: ["SKINQUIZ_HYPERLINKS": "1"], expectsLinks: true),
      Setting(environment: ["VTE_VERSION": "7600"], expectsLinks: true),
      // Unknown to support them: xterm-256color alone (the tests' default).
      Setting(environment: [:], expectsLinks: false),
      Setting(
        environment: ["SKINQUIZ_HYPERLINKS": "0", "VTE_VERSION": "7600"], expectsLinks: false),
      // Never on the terminals that would show the sequence as text.
      Setting(environment: ["SKINQUIZ_HYPERLINKS": "1", "TERM": "vt100"], expectsLinks: false),
      Setting(environment: ["SKINQUIZ_HYPERLINKS": "1", "TERM": "linux"], expectsLinks: false),
    ]

    @Test(arguments: settings)
    func source_urls_are_osc_8_links_where_the_terminal_can_open_them(_ setting: Setting)
      async throws
    {
      let tmux = try Tmux()
      try tmux.startSkinquiz(environment: setting.environment)
      try await tmux.waitFor(welcomeHint)
      try tmux.send("Enter")
      try await answerContractExample(on: tmux)
      try await tmux.waitForAll(["Review your answers", " › See my result"])
      try tmux.recordOutput()
      try tmux.send("Enter")
      try await tmux.waitForAll([goodCandidate, " ›▸ Acne scars"])
      try tmux.send("Enter")  // opens the finding: its sources, with their addresses
      let screen = try await tmux.waitFor("https://")
      let url = try #require(
        EndToEnd.rows(screen).first { $0.contains("https://") }?
          .split(separator: " ").first { $0.hasPrefix("https://") })
      try await tmux.waitFor("the output to arrive") { _ in
        tmux.output().contains(url.hasSuffix("…") ? String(url.dropLast()) : String(url))
      }
      if setting.expectsLinks {
        // The links are written after ncurses has drawn the screen, in a write of their own:
        // the address can arrive before them.
        try await tmux.waitFor("the links to arrive") { _ in
          tmux.output().contains("\u{1B}]8;;\u{1B}\\")
        }
      }
      // The screen stays plain text either way.
      #expect(!screen.contains("]8;;"))
      let output = tmux.output()
      if setting.expectsLinks {
        // The whole address inside the link, whatever the row could show, then the end.
        let opening = "\u{1B}]8;;https://"
        #expect(output.contains(opening), "\(output.debugDescription)")
        #expect(output.contains("\u{1B}]8;;\u{1B}\\"))
        #expect(output.contains("\u{1B}7") && output.contains("\u{1B}8"), "cursor saved")
      } else {
        #expect(!output.contains("]8;"), "\(output.debugDescription)")
      }
      try tmux.send("q")
      try await expectEnded(tmux, with: 0)
    }
  }
}
