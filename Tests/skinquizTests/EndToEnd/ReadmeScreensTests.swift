import Foundation
import TestSupport
import Testing

extension EndToEnd {
  /// The screens shown in README.md are captured here, from the real program in tmux at 80x24,
  /// so the README cannot drift from what people see.
  ///
  /// Each is the `text` block after a `<!-- screen: NAME -->` line in the README.
  /// `RECORD_GOLDEN=1 swift test --filter ReadmeScreensTests` writes the captures into the README.
  @Suite(EndToEnd.needsTmux) struct ReadmeScreensTests {
    @Test func the_readme_shows_the_welcome_a_question_the_review_and_the_result_as_they_are()
      async throws
    {
      let tmux = try Tmux()
      try tmux.startSkinquiz()
      var screens: [(name: String, screen: String)] = []

      screens.append(("welcome", try await settled(tmux, showing: welcomeHint)))
      try tmux.send("Enter")
      try await answerContractExample(on: tmux, through: 0)
      try await tmux.waitFor("Which concerns would you like to improve?")
      try tmux.send("Space")
      screens.append(("question", try await settled(tmux, showing: "[x] Acne scars")))
      try tmux.send("Enter")
      try await answerContractExample(on: tmux, from: 2)
      screens.append(("review", try await settled(tmux, showing: "18 answered")))
      try tmux.send("End", "Enter")
      screens.append(("result", try await settled(tmux, showing: "WHAT IT MAY HELP WITH")))
      try tmux.send("q")
      try await expectEnded(tmux, with: 0)

      try ReadmeBlocks.expect(screens)
    }

    /// The screen once it shows `text` and has settled: the README must not get half of one.
    private func settled(_ tmux: Tmux, showing text: String) async throws -> String {
      try await tmux.waitFor(text)
      return try await EndToEnd.settled(tmux)
    }
  }
}

/// The `text` blocks of README.md that follow a `<!-- screen: NAME -->` line.
private enum ReadmeBlocks {
  static let url = Paths.root.appendingPathComponent("README.md")

  /// Checks that each named block holds its screen (its trailing blank rows dropped); with
  /// `RECORD_GOLDEN` set, writes them into the README instead and fails, so the change is read
  /// before it is committed.
  static func expect(
    _ screens: [(name: String, screen: String)], sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    var readme = try String(contentsOf: url, encoding: .utf8)
    let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil
    for (name, screen) in screens {
      let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
      let kept = rows.lastIndex { !$0.isEmpty }.map { $0 + 1 } ?? 0
      let shown = rows[..<kept].map { $0 + "\n" }.joined()
      guard let block = range(of: name, in: readme) else {
        Issue.record(
          "README.md has no block '<!-- screen: \(name) -->' followed by ```text",
          sourceLocation: sourceLocation)
        continue
      }
      if record {
        readme.replaceSubrange(block, with: shown)
      } else if readme[block] != shown {
        let message =
          "README.md's \(name) screen is not what the program shows now "
          + "(RECORD_GOLDEN=1 rewrites it):\n\(shown)"
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
      }
    }
    if record {
      try Data(readme.utf8).write(to: url)
      Issue.record(
        "recorded the README's screens; unset RECORD_GOLDEN and run again",
        sourceLocation: sourceLocation)
    }
  }

  /// The range of the block's lines, each with its line end, between its fences.
  private static func range(of name: String, in readme: String) -> Range<String.Index>? {
    guard let marker = readme.range(of: "<!-- screen: \(name) -->\n```text\n") else { return nil }
    var lineStart = marker.upperBound
    while lineStart < readme.endIndex {
      let lineEnd = readme[lineStart...].firstIndex(of: "\n") ?? readme.endIndex
      if readme[lineStart..<lineEnd] == "```" { return marker.upperBound..<lineStart }
      lineStart = lineEnd < readme.endIndex ? readme.index(after: lineEnd) : lineEnd
    }
    return nil
  }
}
