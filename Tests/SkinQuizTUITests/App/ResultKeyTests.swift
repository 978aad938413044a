import DrawingSurface
import Fixtures
import Foundation
import SkinQuizCore
import SkinQuizTUI
import TestSupport
import Testing

extension ScriptedKeys {
  /// The keys on the review and the results: changing an answer, the footers, opening
  /// findings, finishing and saving.
  @Suite struct ResultKeyTests {
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
      let format = try run(
        toSave + "quiz.pdf".map { Key.character($0) } + [.enter], answers: answers)
      #expect(
        dialogText(format.terminal.screen).contains(
          "End the name in .txt, .md, .html, .json or .fhir.json"))
      // In the name field q is a letter, and Esc goes back to the results.
      let typed = try run(toSave + [.character("q"), .escape], answers: answers)
      #expect(typed.terminal.screen.contains("Your result"))
      #expect(!typed.terminal.screen.contains("Save your result"))
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
      var app = FullScreenModel(
        quiz: Quiz(pack: pack, answers: answers), size: narrow, now: { "x" })
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
  }
}
