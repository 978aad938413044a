import Foundation
import TestSupport
import Testing

extension EndToEnd {
  /// `--plain` on a real terminal.
  @Suite(EndToEnd.needsTmux) struct PlainOnTerminalTests {
    @Test func plain_on_a_terminal_asks_numbered_questions_line_by_line() async throws {
      let tmux = try Tmux()
      try tmux.startSkinquiz(["--plain"])
      let first = try await tmux.waitForAll([
        "Question 1 of about 21: How old are you?", "Or type ? for why we ask",
      ])
      #expect(first.contains("\n  1. Under 18\n  2. 18 to 21\n  3. 22 or older\n"))
      #expect(!first.contains(welcomeHint) && !first.contains("( )"), "not the full screen")
      try tmux.send("3", "Enter")
      try await tmux.waitFor("Question 2 of about 21: Which concerns would you like to improve?")
      try tmux.send("q", "Enter")
      try await tmux.waitFor("Quit without finishing? Your answers will not be saved. (y/n)")
      try tmux.send("y", "Enter")
      try await expectEnded(tmux, with: 1)
      let after = try tmux.screen(scrollback: 200)
      #expect(after.contains("You quit the quiz. Your answers were not saved."))
    }

    @Test func an_output_that_cannot_be_saved_keeps_the_result_and_asks_for_another_name()
      async throws
    {
      let tmux = try Tmux()
      let work = try Paths.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: work) }
      try tmux.startSkinquiz(["--plain", "--output", "out.md"], directory: work)
      try await tmux.waitFor("Question 1 of about 21")
      for answer in contractNumbers {
        try tmux.type(answer)
        try tmux.send("Enter")
      }
      try await tmux.waitFor("press Enter to see your result")
      // Meanwhile someone made out.md: the save at the end cannot take that name.
      try Data("someone else's\n".utf8).write(to: work.appendingPathComponent("out.md"))
      try tmux.send("Enter")
      try await tmux.waitFor(
        "Save it under another name? Type a file name, or press Enter to skip:")
      let asked = try tmux.screen(scrollback: 500)
      #expect(asked.contains("VERDICT\n=======\n"), "the result was printed first")
      #expect(
        flattened(asked).contains(
          "cannot create 'out.md': it already exists; your result was printed to standard "
            + "output instead"))
      try tmux.type("mine.md")
      try tmux.send("Enter")
      try await expectEnded(tmux, with: 0)
      #expect(
        try String(contentsOf: work.appendingPathComponent("out.md"), encoding: .utf8)
          == "someone else's\n")
      #expect(
        try String(contentsOf: work.appendingPathComponent("mine.md"), encoding: .utf8).hasPrefix(
          "# Is microneedling right for me?"))
    }
  }
}
