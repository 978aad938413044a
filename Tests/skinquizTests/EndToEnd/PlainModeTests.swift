import Foundation
import TestSupport
import Testing

extension EndToEnd {
  /// The plain line mode through a pipe, where no terminal is needed.
  @Suite
  struct PlainThroughPipe {
    @Test("The contract example typed as numbers gives the result and status 0")
    func contractExample() async throws {
      // Every answer, then Enter on the review (see the result), then Enter (do not save).
      let input = (contractNumbers + ["", ""]).joined(separator: "\n") + "\n"
      let run = try await onOwnThread { try runSkinquiz([], stdin: input) }
      #expect(run.status == 0, "stderr: \(run.stderr)")
      #expect(run.stderr.isEmpty)
      #expect(run.stdout.contains("\nQuestion 1 of about 21: How old are you?\n\n  1. Under 18\n"))
      #expect(run.stdout.contains("\nYour answers:\n   1. How old are you? — 22 or older\n"))
      #expect(run.stdout.contains("VERDICT\n=======\n\n\(goodCandidate)\n"))
      #expect(run.stdout.contains("Your personal summary, made 2026-01-01 at 10:00 UTC."))
      #expect(run.stdout.hasSuffix("Your result was not saved.\n"))
      #expect(!run.stdout.contains("\u{1B}"), "no escape sequences in a pipe")
    }

    @Test("A line of 1 MB is cut at 64 KiB, refused, and the quiz goes on")
    func hugeLine() async throws {
      // A pipe that sends a megabyte without a line break, then the contract example.
      let input =
        String(repeating: "7", count: 1_000_000) + "\n"
        + (contractNumbers + ["", ""]).joined(separator: "\n") + "\n"
      let run = try await onOwnThread { try runSkinquiz([], stdin: input) }
      #expect(run.status == 0, "stderr: \(run.stderr)")
      #expect(run.stdout.contains("That line was longer than 64 KiB, so it was not read."))
      #expect(run.stdout.contains("VERDICT\n=======\n\n\(goodCandidate)\n"))
      #expect(run.stdout.utf8.count < 100_000, "the line is never echoed back")
    }

    @Test("The end of the input mid-way stops with status 1 and says so")
    func inputEnds() async throws {
      let input = contractNumbers.prefix(3).joined(separator: "\n")
      let run = try await onOwnThread { try runSkinquiz([], stdin: input) }
      #expect(run.status == 1)
      #expect(
        run.stderr
          == "skinquiz: error: the input ended before the quiz was finished; your answers were "
          + "not saved\n")
      #expect(run.stdout.contains("Question 4 of about 20: How does your skin usually react"))
      #expect(!run.stdout.contains("VERDICT"))
    }
  }

  /// `--plain` on a real terminal.
  @Suite(EndToEnd.needsTmux)
  struct PlainOnTerminal {
    @Test("--plain on a terminal asks numbered questions line by line, not on the full screen")
    func plainFlag() async throws {
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

    @Test("An --output that cannot be saved at the end keeps the result and asks for another name")
    func outputFailsAtTheEnd() async throws {
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
