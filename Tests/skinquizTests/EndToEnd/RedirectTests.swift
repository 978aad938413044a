import Foundation
import TestSupport
import Testing

extension EndToEnd {
  /// Standard streams redirected at a terminal: the screens go to `/dev/tty`, as fzf and dialog
  /// do, and only the result goes to standard output.
  @Suite(EndToEnd.needsTmux) struct RedirectTests {
    /// Runs `skinquiz` through `sh -c` with `redirections` (`> out.txt`, `< /dev/null`) after
    /// `arguments`, in the pane's private folder.
    func start(
      _ tmux: Tmux, _ arguments: [String] = [], redirections: String, prefix: [String] = []
    ) throws {
      let script = "exec \(prefix.joined(separator: " ")) \"$0\" \"$@\" \(redirections)"
      // The same time zone as `runSkinquiz`, whose output one test compares.
      try tmux.start(
        command: ["/bin/sh", "-c", script, Paths.executable.path] + arguments,
        environment: ["TZ": "UTC"])
    }

    /// Walks the contract example from the welcome to the result on the screens, then quits.
    func walkToResult(_ tmux: Tmux) async throws {
      try await tmux.waitFor(welcomeHint)
      try tmux.send("Enter")
      try await answerContractExample(on: tmux)
      try await tmux.waitForAll(["Review your answers", " › See my result"])
      try tmux.send("Enter")
      try await tmux.waitForAll([goodCandidate, "WHAT IT MAY HELP WITH"])
      try tmux.send("q")
    }

    @Test func output_to_a_file_draws_on_the_terminal_and_the_file_holds_only_the_whole_report()
      async throws
    {
      let tmux = try Tmux()
      try start(tmux, ["--draft", "draft.json"], redirections: "> out.txt")
      try await walkToResult(tmux)
      // The draft question reads from and writes to the terminal, not the file.
      try await tmux.waitFor("Delete it now?")
      try tmux.send("y", "Enter")
      try await expectEnded(tmux, with: 0)
      let after = try tmux.screen(scrollback: 500)
      #expect(after.contains("Deleted draft.json."), "\(after)")
      #expect(!after.contains("IN SHORT"), "the result went to the file, not the screen")
      #expect(!FileManager.default.fileExists(atPath: tmux.folder.path + "/draft.json"))

      let file = try String(
        contentsOf: tmux.folder.appendingPathComponent("out.txt"), encoding: .utf8)
      // The whole text report, exactly as `--answers` prints it into a file: not the short
      // block meant for a screen, and none of the screens or questions.
      #expect(file.contains("IN SHORT\n========\n\(goodCandidate)\n"), "\(file)")
      #expect(file.contains("YOUR ANSWERS"))
      #expect(!file.contains("\u{1B}"), "no escape sequences in the file")
      for screenText in [
        welcomeHint, "Question 1 of", "Delete it now", "Type y or n", "Space tick",
      ] {
        #expect(!file.contains(screenText), "'\(screenText)' in the file")
      }
      let answers = tmux.folder.appendingPathComponent("answers.json")
      try Data(AnswersModeFixtures.example.utf8).write(to: answers)
      let expected = try await onOwnThread { try runSkinquiz(["--answers", answers.path]) }
      #expect(expected.status == 0)
      #expect(file == expected.stdout)
    }

    @Test func input_from_dev_null_reads_keys_from_the_terminal_and_prints_the_short_block()
      async throws
    {
      let tmux = try Tmux()
      try start(tmux, redirections: "< /dev/null")
      try await walkToResult(tmux)
      try await expectEnded(tmux, with: 0)
      let after = try tmux.screen(scrollback: 500)
      // Standard output is the terminal, so it gets what a screen gets: the short block.
      #expect(after.contains("IN SHORT\n========\n\(goodCandidate)\n"), "\(after)")
      #expect(!after.contains("YOUR ANSWERS"), "the whole report is not printed")
    }

    @Test func quitting_with_output_to_a_file_writes_nothing_to_it_and_restores_the_terminal()
      async throws
    {
      let tmux = try Tmux()
      try start(tmux, redirections: "> out.txt 2> err.txt")
      try await tmux.waitFor(welcomeHint)
      try tmux.send("q")
      try await tmux.waitFor("Quit without finishing?")
      try tmux.send("y")
      try await expectEnded(tmux, with: 1)
      let output = try Data(contentsOf: tmux.folder.appendingPathComponent("out.txt"))
      #expect(output.isEmpty)
      let errors = try String(
        contentsOf: tmux.folder.appendingPathComponent("err.txt"), encoding: .utf8)
      #expect(errors == "skinquiz: you quit before the end; nothing was saved\n")
      let modes = try tmux.paneModesAroundProgram()
      #expect(modes.before == modes.after, "the alternate screen, keypad and cursor as before")
    }

    @Test func without_a_controlling_terminal_a_redirected_output_means_the_plain_mode()
      async throws
    {
      let tmux = try Tmux()
      // setsid starts a session with no controlling terminal; standard input stays the pane.
      try start(tmux, redirections: "> out.txt", prefix: ["setsid", "-w"])
      let file = tmux.folder.appendingPathComponent("out.txt")
      try await tmux.waitFor("the first plain question in out.txt") { _ in
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.contains("Question 1 of about 21: How old are you?")
      }
      #expect(!(try tmux.screen()).contains(welcomeHint), "no screens")
      try tmux.send("q", "Enter")
      try await tmux.waitFor("the quit question") { _ in
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.contains("Quit without finishing?")
      }
      try tmux.send("y", "Enter")
      try await expectEnded(tmux, with: 1)
    }
  }
}
