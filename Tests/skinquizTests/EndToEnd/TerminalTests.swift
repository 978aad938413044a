import Foundation
import TestSupport
import Testing

extension EndToEnd {
  /// How the full screen behaves in a real terminal: sizes, resizing, Esc, colour, terminal
  /// types and the mouse.
  @Suite(EndToEnd.needsTmux) struct TerminalTests {
    /// Starts the quiz and goes to the concerns question (question 2).
    func startAtConcerns(_ tmux: Tmux) async throws {
      try tmux.startSkinquiz()
      try await tmux.waitFor(welcomeHint)
      try tmux.send("Enter")
      try await tmux.waitFor("How old are you?")
      try tmux.send("3", "Enter")
      try await tmux.waitForAll(["Which concerns would you like to improve?", "Space tick"])
    }

    @Test func a_resize_mid_question_keeps_the_question_and_the_ticked_options() async throws {
      let tmux = try Tmux()
      try await startAtConcerns(tmux)
      try tmux.send("1", "4")
      try await tmux.waitForAll(["1 [x] Acne scars", " › 4 [x] Sun damage"])

      try tmux.resize(width: 40, height: 12)
      // Only the new layout scrolls the options to keep the cursor (on option 4) in view, and
      // shows that option whole while the others take a row each.
      let small = try await tmux.waitForAll([
        "Question 2 of about 21", "↑ more", " › 4 [x] Sun damage or uneven skin\n         color",
      ])
      let lines = rows(small)
      #expect(lines.count == 12, "12 rows:\n\(small)")
      #expect(lines.allSatisfy { $0.count <= 40 }, "40 columns:\n\(small)")
      #expect(row(3, of: small) == "  Which concerns would you like to")

      try tmux.resize(width: 30, height: 8)
      let tiny = try await tmux.waitFor("the enlarge notice") {
        flattened($0).contains("Please enlarge the terminal to 40x12 (now 30x8)")
      }
      #expect(!tiny.contains("[x]"), "nothing but the notice:\n\(tiny)")

      try tmux.resize(width: 80, height: 24)
      let back = try await tmux.waitForAll([
        "Question 2 of about 21", "   1 [x] Acne scars",
        " › 4 [x] Sun damage or uneven skin color – Brown spots",
      ])
      #expect(row(6, of: back) == "   2 [ ] Fine lines and wrinkles")
      // The ticks were kept as the answer, not just drawn: acne scars brings in its question.
      try tmux.send("Enter")
      try await tmux.waitFor("Which best describes your acne scars?")
      try tmux.send("q", "y")
      try await expectEnded(tmux, with: 1)
    }

    @Test func esc_goes_back_from_a_question_at_once() async throws {
      let tmux = try Tmux()
      try await startAtConcerns(tmux)
      // Esc goes back to question 1, where the cursor stays on "22 or older", so Enter comes
      // forward again. Timed on a thread of its own, polling every millisecond.
      let samples = try await onOwnThread {
        try (0..<5).map { _ in
          (
            escape: try Self.time(tmux, "Escape", until: "How old are you?"),
            enter: try Self.time(tmux, "Enter", until: "Which concerns would you like to improve?")
          )
        }
      }
      // Each time includes a tmux command to send the key and polling tmux for the screen; the
      // same round trip for Enter shows how much of it is the Esc delay itself (set_escdelay).
      // The median, not the worst, is checked: a busy machine can stall any one sample.
      let escapes = samples.map(\.escape)
      let enters = samples.map(\.enter)
      let median = escapes.sorted()[escapes.count / 2]
      let delay = (escapes.min() ?? .zero) - (enters.min() ?? .zero)
      let report =
        "Esc took \(milliseconds(escapes)) ms (median \(milliseconds([median]))); Enter, the "
        + "same round trip without the Esc delay, took \(milliseconds(enters)) ms; the Esc "
        + "delay is about \(milliseconds([delay])) ms"
      print("EndToEnd.TerminalTests.esc_goes_back: \(report)")
      #expect(median < .milliseconds(250), "\(report)")
      #expect(delay < .milliseconds(50), "the Esc delay exceeds 50 ms: \(report)")
      try tmux.send("q", "y")
      try await expectEnded(tmux, with: 1)
    }

    /// Sends `key` and returns how long it took until the screen showed `text`.
    private static func time(_ tmux: Tmux, _ key: String, until text: String) throws -> Duration {
      let clock = ContinuousClock()
      let start = clock.now
      try tmux.send(key)
      while try !tmux.screen().contains(text) {
        guard clock.now - start < .seconds(5) else {
          throw Tmux.Failure(description: "\(key) did not show '\(text)':\n\(try tmux.screen())")
        }
        usleep(1000)
      }
      return clock.now - start
    }

    private func milliseconds(_ durations: [Duration]) -> String {
      durations.map { duration in
        let (seconds, attoseconds) = duration.components
        return String(seconds * 1000 + attoseconds / 1_000_000_000_000_000)
      }.joined(separator: ", ")
    }

    @Test func lines_and_columns_cannot_claim_a_screen_larger_than_the_terminal() async throws {
      let tmux = try Tmux()
      // ncurses believed these: 6 GB and a blank screen for seconds.
      try tmux.startSkinquiz(environment: ["LINES": "20000", "COLUMNS": "5000"])
      let welcome = try await tmux.waitFor(welcomeHint)
      let lines = rows(welcome)
      #expect(lines.count == 24 && lines.allSatisfy { $0.count <= 80 }, "\(welcome)")
      #expect(welcome.contains("Is microneedling right for me?"))
      try tmux.send("q", "y")
      try await expectEnded(tmux, with: 1)
    }

    @Test func at_40x12_the_screens_are_usable_and_q_y_quits_with_status_1() async throws {
      let tmux = try Tmux()
      try tmux.startSkinquiz(width: 40, height: 12)
      let welcome = try await tmux.waitFor(welcomeHint)
      #expect(welcome.contains(" Is microneedling right for m… SkinQuiz"))
      #expect(welcome.contains("  About"))
      let lines = rows(welcome)
      #expect(lines.count == 12 && lines.allSatisfy { $0.count <= 40 }, "\(welcome)")
      try tmux.send("Enter")
      try await tmux.waitForAll(["How old are you?", " › 1 ( ) Under 18", "3 ( ) 22 or older"])
      try tmux.send("q")
      try await tmux.waitForAll(["Quit?", "y  quit"])
      try tmux.send("y")
      try await expectEnded(tmux, with: 1)
      let after = try tmux.screen(scrollback: 200)
      #expect(after.contains("skinquiz: you quit before the end; nothing was saved"))
    }

    @Test func at_30x8_a_notice_asks_for_a_larger_terminal_and_q_y_still_quits_with_status_1()
      async throws
    {
      let tmux = try Tmux()
      try tmux.startSkinquiz(width: 30, height: 8)
      let notice = try await tmux.waitFor("the enlarge notice") {
        flattened($0).contains("Please enlarge the terminal to 40x12 (now 30x8)")
      }
      #expect(notice.hasPrefix("Please enlarge the terminal to\n40x12 (now 30x8)\n"), "\(notice)")
      try tmux.send("q", "y")
      try await expectEnded(tmux, with: 1)
    }

    /// The ways to run with or without colour.
    enum ColorSetting: String, CaseIterable, CustomTestStringConvertible {
      case color, noColorVariable, noColorFlag

      var testDescription: String { rawValue }
      var arguments: [String] { self == .noColorFlag ? ["--no-color"] : [] }
      var environment: [String: String] { self == .noColorVariable ? ["NO_COLOR": "1"] : [:] }
    }

    @Test(arguments: ColorSetting.allCases)
    func colour_only_when_allowed_and_the_cursor_row_always_in_reverse_video(
      _ setting: ColorSetting
    ) async throws {
      let tmux = try Tmux()
      try tmux.startSkinquiz(setting.arguments, environment: setting.environment)
      try await tmux.waitFor(welcomeHint)
      try tmux.send("Enter")
      try await tmux.waitForAll(["How old are you?", "Space choose"])
      let screen = try tmux.screen(escapes: true)
      let sequences = sgrSequences(in: screen)
      let colored = sequences.filter(setsColor)
      if setting == .color {
        #expect(!colored.isEmpty, "colour escapes expected:\n\(screen.debugDescription)")
      } else {
        #expect(colored.isEmpty, "no colour escapes expected, got \(colored)")
      }
      // Without colour the title bar and the cursor row still stand out: bold and reverse video
      // on the title, reverse video on the cursor row ("›" marks it too), and bold once chosen.
      let title = sgrSequences(in: String(row(0, of: screen).prefix { $0 != "I" }))
      #expect(title.contains { $0.contains(1) } && title.contains { $0.contains(7) }, "\(title)")
      let cursor = try #require(rows(screen).first { $0.contains("1 ( ) Under 18") })
      let cursorStyle = sgrSequences(in: String(cursor.prefix { $0 != "›" }))
      #expect(cursorStyle.contains { $0.contains(7) }, "\(cursor.debugDescription)")
      let other = try #require(rows(screen).first { $0.contains("2 ( ) 18 to 21") })
      #expect(!sgrSequences(in: String(other)).contains { $0.contains(7) }, "only the cursor row")
      try tmux.send("Space")
      try await tmux.waitFor(" › 1 (•) Under 18")
      let chosen = try #require(
        rows(try tmux.screen(escapes: true)).first { $0.contains("1 (•) Under 18") })
      let chosenStyle = sgrSequences(in: String(chosen.prefix { $0 != "›" }))
      #expect(
        chosenStyle.contains { $0.contains(1) } && chosenStyle.contains { $0.contains(7) },
        "bold and reverse: \(chosen.debugDescription)")
      try tmux.send("q", "y")
      try await expectEnded(tmux, with: 1)
    }

    @Test(arguments: ["xterm", "screen", "tmux-256color", "linux", "vt100"])
    func other_terminal_types_show_the_welcome_take_keys_and_quit_cleanly(_ term: String)
      async throws
    {
      let tmux = try Tmux()
      try tmux.startSkinquiz(environment: ["TERM": term])
      let welcome = try await tmux.waitFor(welcomeHint)
      #expect(welcome.contains("Your privacy"))
      try tmux.send("Enter")
      try await tmux.waitFor("How old are you?")
      try tmux.send("End")
      try await tmux.waitFor(" › 3 ( ) 22 or older")
      try tmux.send("Escape")
      try await tmux.waitFor(welcomeHint)
      try tmux.send("q")
      try await tmux.waitFor("Quit without finishing?")
      try tmux.send("y")
      try await expectEnded(tmux, with: 1)
      // The screen as the shell left it: on vt100 and linux, which have no alternate screen
      // to leave, the last screen would stay, with the note printed over its footer.
      Self.expectNoRemains(of: "the quit dialog", on: try tmux.screen())
      // The note whole on a row of its own (the history too: when the pane dies, tmux's
      // notice scrolls the screen up a row).
      let note = "skinquiz: you quit before the end; nothing was saved"
      let history = try tmux.screen(scrollback: 100)
      #expect(rows(history).contains { $0 == note }, "the note on a row of its own:\n\(history)")
    }

    /// Checks that nothing of the screens is left on `screen`: no box drawing, no footer, no
    /// welcome text.
    static func expectNoRemains(
      of what: String, on screen: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
      let remains = ["│", "─", "┌", "└", "Quit?", "  About", "Your privacy", "q quit", "↑↓ move"]
        .filter { screen.contains($0) }
      #expect(
        remains.isEmpty, "remains of \(what): \(remains) on\n\(screen)",
        sourceLocation: sourceLocation)
    }

    @Test(arguments: ["vt100", "linux"])
    func without_an_alternate_screen_the_summary_starts_on_a_clean_screen(_ term: String)
      async throws
    {
      let tmux = try Tmux()
      try tmux.startSkinquiz(environment: ["TERM": term])
      try await tmux.waitFor(welcomeHint)
      try tmux.send("Enter")
      try await answerContractExample(on: tmux)
      try await tmux.waitForAll(["Review your answers", " › See my result"])
      try tmux.send("Enter")
      try await tmux.waitForAll([goodCandidate, "WHAT IT MAY HELP WITH"])
      try tmux.send("q")
      try await expectEnded(tmux, with: 0)
      // The short block is printed from the top of the cleared screen and may scroll; whatever
      // scrolled away, the history holds no quiz screen either.
      let history = try tmux.screen(scrollback: 500)
      let summary = try #require(history.range(of: "IN SHORT\n========\n\(goodCandidate)\n"))
      Self.expectNoRemains(of: "the result screen", on: String(history[summary.lowerBound...]))
    }

    /// A press and release of button 1 at a 0-based cell, in the encoding `TERM`'s terminfo
    /// entry announces (`kmous`): SGR (1006) for xterm-256color, X10 for tmux-256color.
    static func click(row: Int, column: Int, term: String) -> [UInt8] {
      if term.hasPrefix("xterm") {
        return Array("\u{1B}[<0;\(column + 1);\(row + 1)M\u{1B}[<0;\(column + 1);\(row + 1)m".utf8)
      }
      let x = UInt8(32 + column + 1)
      let y = UInt8(32 + row + 1)
      return [0x1B, 0x5B, 0x4D, 32, x, y, 0x1B, 0x5B, 0x4D, 32 + 3, x, y]
    }

    @Test(arguments: ["xterm-256color", "tmux-256color"])
    func a_mouse_click_on_an_option_picks_it(_ term: String) async throws {
      let tmux = try Tmux()
      try tmux.startSkinquiz(environment: ["TERM": term])
      try await tmux.waitFor(welcomeHint)
      try tmux.send("Enter")
      let question = try await tmux.waitForAll(["How old are you?", "Space choose"])
      // Rows are 0-based: the options of question 1 are on rows 5, 6 and 7.
      #expect(row(7, of: question).contains("3 ( ) 22 or older"))
      try tmux.sendRaw(Self.click(row: 7, column: 12, term: term))
      try await tmux.waitFor(" › 3 (•) 22 or older")
      try tmux.send("Enter")
      let concerns = try await tmux.waitForAll([
        "Which concerns would you like to improve?", "Space tick",
      ])
      #expect(row(8, of: concerns).contains("4 [ ] Sun damage"))
      try tmux.sendRaw(Self.click(row: 8, column: 20, term: term))
      try await tmux.waitFor(" › 4 [x] Sun damage")
      try tmux.sendRaw(Self.click(row: 5, column: 8, term: term))
      let ticked = try await tmux.waitFor(" › 1 [x] Acne scars")
      #expect(ticked.contains("4 [x] Sun damage"), "a second click adds to the first")
      try tmux.send("q", "y")
      try await expectEnded(tmux, with: 1)
    }
  }
}
