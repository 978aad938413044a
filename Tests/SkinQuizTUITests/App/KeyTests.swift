import DrawingSurface
import Fixtures
import Foundation
import SkinQuizCore
import SkinQuizTUI
import TestSupport
import Testing

/// What each key does, through the runner with scripted keys.
@Suite struct KeyTests {
  private let size = TerminalSize(columns: 80, rows: 24)

  /// Runs the shipped pack with `keys` and returns the terminal, the app and the outcome.
  private func run(
    _ keys: [Key], answers: Answers? = nil, size: TerminalSize? = nil
  ) throws -> (terminal: MemoryTerminal, app: FullScreenModel, outcome: FullScreenModel.Outcome) {
    let pack = try #require(ShippedPack.pack)
    let terminal = MemoryTerminal(size: size ?? self.size, keys: keys)
    var app = FullScreenModel(
      quiz: Quiz(pack: pack, answers: answers), size: terminal.size,
      now: { "2026-01-01T10:00:00Z" })
    let outcome = FullScreenLoop.run(&app, on: terminal)
    return (terminal, app, outcome)
  }

  /// The line of the screen that holds the cursor's "›" pointer.
  private func cursorLine(_ terminal: MemoryTerminal) -> String? {
    terminal.screen.split(separator: "\n").first { $0.hasPrefix(" ›") }.map(String.init)
  }

  /// The text inside the box on the screen, its rows joined by spaces, for messages that wrap.
  private func dialogText(_ screen: String) -> String {
    screen.split(separator: "\n").compactMap { line -> String? in
      guard let open = line.firstIndex(of: "│"), let close = line.lastIndex(of: "│"), open < close
      else { return nil }
      return line[line.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
    }.joined(separator: " ")
  }

  private func chosen(_ app: FullScreenModel, _ question: String) throws -> [String] {
    let index = try #require(app.quiz.pack.questionIndex(question))
    return app.quiz.pack.chosenOptionIDs(app.quiz.answers, question: index)
  }

  @Test func up_down_and_j_k_move_the_cursor() throws {
    #expect(cursorLine(try run([.enter, .down]).terminal) == " › 2 ( ) 18 to 21")
    #expect(
      cursorLine(try run([.enter, .character("j"), .character("j")]).terminal)
        == " › 3 ( ) 22 or older")
    #expect(cursorLine(try run([.enter, .down, .down, .up]).terminal) == " › 2 ( ) 18 to 21")
    #expect(cursorLine(try run([.enter, .down, .character("k")]).terminal) == " › 1 ( ) Under 18")
    #expect(cursorLine(try run([.enter, .up]).terminal) == " › 1 ( ) Under 18")
  }

  @Test func home_end_and_page_keys_jump() throws {
    #expect(cursorLine(try run([.enter, .end]).terminal) == " › 3 ( ) 22 or older")
    #expect(cursorLine(try run([.enter, .end, .home]).terminal) == " › 1 ( ) Under 18")
    #expect(cursorLine(try run([.enter, .pageDown]).terminal) == " › 3 ( ) 22 or older")
    #expect(cursorLine(try run([.enter, .pageDown, .pageUp]).terminal) == " › 1 ( ) Under 18")
  }

  @Test func space_and_x_choose_and_enter_moves_on() throws {
    let picked = try run([.enter, .end, .character(" ")])
    #expect(cursorLine(picked.terminal) == " › 3 (•) 22 or older")
    let next = try run([.enter, .end, .character(" "), .enter])
    #expect(try chosen(next.app, "age_band") == ["22_plus"])
    #expect(next.terminal.screen.contains("Which concerns would you like to improve?"))
    let ticked = try run([.enter, .character("3"), .enter, .character("x"), .down, .character("x")])
    #expect(ticked.terminal.screen.contains("1 [x] Acne scars"))
    #expect(ticked.terminal.screen.contains("2 [x] Fine lines and wrinkles"))
  }

  @Test func enter_on_a_single_question_takes_the_option_the_highlight_was_moved_to() throws {
    let result = try run([.enter, .down, .enter])
    #expect(try chosen(result.app, "age_band") == ["18_21"])
  }

  @Test func enter_on_a_new_single_question_chooses_nothing_and_says_what_to_do() throws {
    // The highlight starts on "Under 18"; pressing Enter must not answer for the person.
    let result = try run([.enter, .enter])
    #expect(result.app.quiz.currentQuestion?.id == "age_band")
    #expect(try chosen(result.app, "age_band") == [])
    #expect(result.terminal.screen.contains("Choose an answer first: press its number"))
    #expect(cursorLine(result.terminal) == " › 1 ( ) Under 18")
  }

  @Test func numbers_pick_option_n_and_toggle_in_multi_questions() throws {
    let single = try run([.enter, .character("2")])
    #expect(cursorLine(single.terminal) == " › 2 (•) 18 to 21")
    let multi = try run([
      .enter, .character("3"), .enter, .character("1"), .character("3"), .character("1"),
    ])
    #expect(multi.terminal.screen.contains("1 [ ] Acne scars"))
    #expect(multi.terminal.screen.contains("3 [x] Enlarged pores"))
    let beyond = try run([.enter, .character("7")])
    #expect(beyond.terminal.screen.contains("There is no option 7: choose 1 to 3"))
  }

  @Test func an_exclusive_option_clears_the_others_and_the_others_clear_it() throws {
    let none = try run([
      .enter, .character("3"), .enter, .character("1"), .character("2"), .character("5"),
    ])
    #expect(none.terminal.screen.contains("1 [ ] Acne scars"))
    #expect(none.terminal.screen.contains("5 [x] None of these"))
    let back = try run([.enter, .character("3"), .enter, .character("5"), .character("1")])
    #expect(back.terminal.screen.contains("1 [x] Acne scars"))
    #expect(back.terminal.screen.contains("5 [ ] None of these"))
  }

  @Test func enter_on_a_multi_question_with_nothing_ticked_explains_what_to_do() throws {
    let result = try run([.enter, .character("3"), .enter, .enter])
    #expect(
      result.terminal.screen.contains(
        "Tick at least one answer (Space or its number), then Enter"))
    #expect(result.app.quiz.currentQuestion?.id == "concerns")
  }

  @Test func tab_and_right_go_on_shift_tab_left_escape_and_backspace_go_back() throws {
    for forward in [Key.tab, .right] {
      let result = try run([.enter, .character("3"), forward])
      #expect(result.app.quiz.currentQuestion?.id == "concerns")
    }
    for backward in [Key.backTab, .left, .escape, .backspace] {
      let result = try run([.enter, .character("3"), .enter, backward])
      #expect(result.app.quiz.currentQuestion?.id == "age_band", "\(backward)")
      #expect(cursorLine(result.terminal) == " › 3 (•) 22 or older", "\(backward)")
    }
    let welcome = try run([.enter, .escape])
    #expect(welcome.terminal.screen.contains("Enter start"))
  }

  @Test func question_mark_shows_why_we_ask_and_any_key_closes_it() throws {
    let open = try run([.enter, .character("?")])
    #expect(open.terminal.screen.contains("Why we ask"))
    let closed = try run([.enter, .character("?"), .down])
    #expect(!closed.terminal.screen.contains("Why we ask"))
    #expect(cursorLine(closed.terminal) == " › 1 ( ) Under 18")  // the key only closed the window
  }

  @Test func q_asks_before_quitting() throws {
    let asked = try run([.enter, .character("q")])
    #expect(asked.terminal.screen.contains("Quit without finishing?"))
    let kept = try run([.enter, .character("q"), .character("n")])
    #expect(!kept.terminal.screen.contains("Quit without finishing?"))
    #expect(try run([.enter, .character("q"), .character("y")]).outcome == .quit)
  }

  @Test func ctrl_l_repaints() throws {
    #expect(try run([.enter, .control("l")]).terminal.repaints == 1)
  }

  @Test func a_click_on_an_option_picks_it() throws {
    let result = try run([.enter, .click(row: 6, column: 10)])
    #expect(cursorLine(result.terminal) == " › 2 (•) 18 to 21")
  }

  @Test func a_resize_keeps_the_question_and_the_selection() throws {
    let pack = try #require(ShippedPack.pack)
    let terminal = MemoryTerminal(
      size: size, keys: [.enter, .character("3"), .enter, .character("2")])
    var app = FullScreenModel(quiz: Quiz(pack: pack), size: size, now: { "2026-01-01T10:00:00Z" })
    _ = FullScreenLoop.run(&app, on: terminal)
    terminal.size = TerminalSize(columns: 40, rows: 12)
    terminal.keys = [.resize]
    _ = FullScreenLoop.run(&app, on: terminal)
    #expect(terminal.screen.contains("Which concerns would you like to"))
    #expect(terminal.screen.contains("2 [x] Fine lines and wrinkles"))
    terminal.size = TerminalSize(columns: 20, rows: 5)
    terminal.keys = [.resize]
    _ = FullScreenLoop.run(&app, on: terminal)
    #expect(terminal.screen.contains("Please enlarge"))
    terminal.size = size
    terminal.keys = [.resize, .enter]
    _ = FullScreenLoop.run(&app, on: terminal)
    #expect(try chosen(app, "concerns") == ["wrinkles_fine_lines"])
  }

  @Test func the_end_of_input_quits() throws {
    #expect(try run([.enter]).outcome == .quit)
  }

  @Test func preseeded_answers_are_not_asked_again() throws {
    let pack = try #require(ShippedPack.pack)
    var answers = try pack.answers(contractExample)
    answers[try #require(pack.questionIndex("setting"))] = 0
    let result = try run([.enter], answers: answers)
    #expect(result.app.quiz.currentQuestion?.id == "setting")
  }

  @Test func the_review_starts_on_see_my_result_so_enter_goes_on() throws {
    let pack = try #require(ShippedPack.pack)
    let result = try run([.enter, .enter], answers: try pack.answers(contractExample))
    #expect(result.terminal.screen.contains("Your result"))
    #expect(result.app.finalResult?.verdict.id == "good_candidate")
  }

  @Test func the_review_changes_an_answer_and_asks_what_skip_logic_brings_in() throws {
    let pack = try #require(ShippedPack.pack)
    let answers = try pack.answers(contractExample)
    // Welcome → review (everything answered, the cursor on "See my result") → the top →
    // concerns (row 2) → add sun damage → pigment type.
    let keys: [Key] = [.enter, .home, .down, .enter, .character("4"), .enter]
    let asked = try run(keys, answers: answers)
    #expect(asked.app.quiz.currentQuestion?.id == "pigment_type")
    let back = try run(keys + [.character("1"), .enter], answers: answers)
    #expect(back.terminal.screen.contains("Review your answers"))
    #expect(try chosen(back.app, "pigment_type") == ["sun_spots"])
    // Dropping acne scars drops the scar type too.
    let dropped = try run(
      [.enter, .home, .down, .enter, .character("1"), .character("2"), .enter], answers: answers)
    #expect(try chosen(dropped.app, "acne_scar_type") == [])
    #expect(dropped.terminal.screen.contains("Review your answers"))
  }

  @Test func the_result_footer_says_what_enter_does_and_that_help_exists() throws {
    let pack = try #require(ShippedPack.pack)
    let answers = try pack.answers(contractExample)
    let closed = try run([.enter, .enter], answers: answers)
    #expect(
      closed.terminal.screen.hasSuffix("Enter open  s save  q finish  ↑↓ move  Esc back  ? keys"))
    let open = try run([.enter, .enter, .enter], answers: answers)
    #expect(
      open.terminal.screen.hasSuffix("Enter close  s save  q finish  ↑↓ move  Esc back  ? keys"))
  }

  @Test func a_narrow_footer_keeps_words_with_the_keys_and_the_help_key() throws {
    let narrow = TerminalSize(columns: 40, rows: 12)
    let question = try run([.enter], size: narrow)
    #expect(question.terminal.screen.hasSuffix("Space choose  Enter next  ? why we ask"))
    let pack = try #require(ShippedPack.pack)
    let results = try run(
      [.enter, .enter], answers: try pack.answers(contractExample), size: narrow)
    // Saving stays; the arrows, which anyone tries, give way.
    // The first finding is out of sight under the verdict: Enter brings it into view first.
    #expect(results.terminal.screen.hasSuffix("Enter to findings  s save  ? keys"))
  }

  @Test func the_results_open_findings_and_q_finishes() throws {
    let pack = try #require(ShippedPack.pack)
    let answers = try pack.answers(contractExample)
    let opened = try run([.enter, .end, .enter, .enter], answers: answers)
    #expect(opened.terminal.screen.contains("▾ Acne scars: the best-studied use"))
    #expect(opened.terminal.screen.contains("Why this appears: You chose “Acne scars”"))
    let finished = try run([.enter, .end, .enter, .character("q")], answers: answers)
    #expect(finished.outcome == .finished(savedTo: []))
    #expect(finished.app.finalResult?.verdict.id == "good_candidate")
  }

  @Test func the_save_dialog_saves_asks_before_replacing_and_shows_errors() throws {
    let pack = try #require(ShippedPack.pack)
    let answers = try pack.answers(contractExample)
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("quiz.md").path
    let typing = path.map { Key.character($0) }
    let toSave: [Key] = [.enter, .end, .enter, .character("s"), .control("u")]
    let saved = try run(toSave + typing + [.enter, .character("q")], answers: answers)
    #expect(saved.outcome == .finished(savedTo: [path]))
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    #expect(
      try String(contentsOfFile: path, encoding: .utf8).hasPrefix(
        "# Is microneedling right for me?"))

    let asked = try run(toSave + typing + [.enter], answers: answers)
    #expect(asked.terminal.screen.contains("already exists. Replace it? (y/n)"))
    let replaced = try run(
      toSave + typing + [.enter, .character("y"), .character("q")], answers: answers)
    #expect(replaced.outcome == .finished(savedTo: [path]))

    // Saved twice under two names, both are named when the quiz ends.
    let other = folder.appendingPathComponent("quiz.json").path
    let twice = try run(
      toSave + typing + [.enter, .character("y"), .character("s"), .control("u")]
        + other.map { Key.character($0) } + [.enter, .character("q")], answers: answers)
    #expect(twice.outcome == .finished(savedTo: [path, other]))

    let missing = (folder.path + "/nope/quiz.txt").map { Key.character($0) }
    let error = try run(toSave + missing + [.enter], answers: answers)
    #expect(dialogText(error.terminal.screen).contains("does not exist"))
    let format = try run(toSave + "quiz.pdf".map { Key.character($0) } + [.enter], answers: answers)
    #expect(
      dialogText(format.terminal.screen).contains(
        "End the name in .txt, .md, .html, .json or .fhir.json"))
    // In the name field q is a letter, and Esc goes back to the results.
    let typed = try run(toSave + [.character("q"), .escape], answers: answers)
    #expect(typed.terminal.screen.contains("Your result"))
    #expect(!typed.terminal.screen.contains("Save your result"))
  }

  @Test func keys_typed_while_the_terminal_is_too_small_apply_once_it_is_not() throws {
    let pack = try #require(ShippedPack.pack)
    let small = TerminalSize(columns: 30, rows: 8)
    let terminal = MemoryTerminal(size: small, keys: [.enter, .character("3"), .enter])
    var app = FullScreenModel(quiz: Quiz(pack: pack), size: small, now: { "2026-01-01T10:00:00Z" })
    _ = FullScreenLoop.run(&app, on: terminal)
    #expect(terminal.screen.contains("Please enlarge the terminal"), "nothing shows meanwhile")
    terminal.size = size
    terminal.keys = [.resize]
    _ = FullScreenLoop.run(&app, on: terminal)
    // Enter started the quiz, 3 chose "22 or older", Enter went on: none was dropped.
    #expect(try chosen(app, "age_band") == ["22_plus"])
    #expect(terminal.screen.contains("Which concerns would you like to improve?"))
    // A click on the notice is not kept: what it pointed at was never seen.
    terminal.size = small
    terminal.keys = [.resize, .click(row: 6, column: 5)]
    _ = FullScreenLoop.run(&app, on: terminal)
    terminal.size = size
    terminal.keys = [.resize]
    _ = FullScreenLoop.run(&app, on: terminal)
    #expect(try chosen(app, "concerns") == [])
    // q still asks at once, in the notice's place.
    terminal.size = small
    terminal.keys = [.resize, .character("q")]
    _ = FullScreenLoop.run(&app, on: terminal)
    #expect(terminal.screen.contains("Quit without finishing?"))
    terminal.keys = [.character("y")]
    #expect(FullScreenLoop.run(&app, on: terminal) == .quit)
  }

  @Test func q_typed_on_a_hidden_result_finishes_it_once_shown() throws {
    let pack = try #require(ShippedPack.pack)
    let small = TerminalSize(columns: 30, rows: 8)
    var app = FullScreenModel(
      quiz: Quiz(pack: pack, answers: try pack.answers(contractExample)), size: size,
      now: { "2026-01-01T10:00:00Z" })
    let terminal = MemoryTerminal(size: size, keys: [.enter, .end, .enter])
    _ = FullScreenLoop.run(&app, on: terminal)
    #expect(terminal.screen.contains("Your result"))
    // On the result q finishes, never quits: hidden, it waits for the screen and then finishes.
    terminal.size = small
    terminal.keys = [.resize, .character("q")]
    _ = FullScreenLoop.run(&app, on: terminal)
    #expect(!terminal.screen.contains("Quit without finishing"), "q does not ask to quit here")
    terminal.size = size
    terminal.keys = [.resize, .enter]
    // The kept q finishes before the Enter after it is read.
    #expect(FullScreenLoop.run(&app, on: terminal) == .finished(savedTo: []))
    #expect(terminal.keys == [.enter])
  }

  @Test func tab_and_right_move_on_only_with_a_choice() throws {
    let result = try run([.enter, .tab])
    #expect(result.app.quiz.currentQuestion?.id == "age_band")
    #expect(result.terminal.screen.contains("Choose an answer first: press its number"))
    #expect(try chosen(result.app, "age_band") == [])
  }

  @Test func the_end_of_input_with_help_open_on_the_results_keeps_the_result() throws {
    let pack = try #require(ShippedPack.pack)
    let answers = try pack.answers(contractExample)
    let result = try run([.enter, .end, .enter, .character("?")], answers: answers)
    #expect(result.outcome == .finished(savedTo: []))
  }

  @Test func the_results_stay_in_view_after_a_resize_and_start_afresh_after_a_change() throws {
    let pack = try #require(ShippedPack.pack)
    let answers = try pack.answers(contractExample)
    let narrow = TerminalSize(columns: 40, rows: 12)
    let terminal = MemoryTerminal(size: narrow, keys: [.enter, .end, .enter, .end])
    var app = FullScreenModel(quiz: Quiz(pack: pack, answers: answers), size: narrow, now: { "x" })
    _ = FullScreenLoop.run(&app, on: terminal)
    terminal.size = TerminalSize(columns: 132, rows: 43)
    terminal.keys = [.resize]
    _ = FullScreenLoop.run(&app, on: terminal)
    #expect(terminal.screen.contains("WHAT IT MAY HELP WITH"))
    // Back to the review, change the setting, and the new result starts at the top.
    terminal.keys = [.escape, .up, .up, .enter, .character("3"), .enter, .end, .enter]
    _ = FullScreenLoop.run(&app, on: terminal)
    #expect(terminal.screen.contains(" ›▸ Acne scars: the best-studied use"))
  }

  @Test func the_welcome_says_where_a_resumed_quiz_carries_on_and_that_a_draft_keeps_answers()
    throws
  {
    let pack = try #require(ShippedPack.pack)
    var answers = try pack.answers(contractExample)
    answers[try #require(pack.questionIndex("skin_tone"))] = 0
    let terminal = MemoryTerminal(size: TerminalSize(columns: 132, rows: 43), keys: [])
    var app = FullScreenModel(
      quiz: Quiz(pack: pack, answers: answers), size: terminal.size, now: { "x" })
    app.draftPath = "/tmp/my draft.json"
    _ = FullScreenLoop.run(&app, on: terminal)
    #expect(terminal.screen.contains("Welcome back"))
    #expect(terminal.screen.contains("Your 17 answers so far are kept, so the quiz carries on at"))
    #expect(terminal.screen.contains("Your draft"))
    #expect(terminal.screen.contains("each answer is saved to /tmp/my draft.json as you go"))
    let fresh = try run([])
    #expect(!fresh.terminal.screen.contains("Welcome back"))
    #expect(!fresh.terminal.screen.contains("Your draft"))
  }

  @Test func the_welcome_scrolls_on_a_small_terminal_so_every_promise_can_be_read() throws {
    let small = TerminalSize(columns: 40, rows: 12)
    let top = try run([], size: small)
    #expect(!top.terminal.screen.contains("Your privacy"))
    #expect(top.terminal.screen.contains("↓ read on"))
    let end = try run([.end], size: small)
    #expect(end.terminal.screen.contains("? for why we ask."))
    #expect(!end.terminal.screen.contains("↓ read on"))
    let paged = try run([.pageDown, .pageDown], size: small)
    #expect(paged.terminal.screen.contains("Please note"))
    #expect(paged.app.quiz.current == 0 && !paged.terminal.screen.contains("How old are you?"))
  }
}
