import DrawingSurface
import Fixtures
import SkinQuizCore
import SkinQuizTUI
import TestSupport
import Testing

extension ScriptedKeys {
  /// The welcome of a new or resumed quiz, and the questions it leads to.
  @Suite struct WelcomeKeyTests {
    @Test func preseeded_answers_are_not_asked_again() throws {
      let pack = try #require(ShippedPack.pack)
      var answers = try pack.answers(contractExample)
      answers[try #require(pack.questionIndex("setting"))] = 0
      let result = try run([.enter], answers: answers)
      #expect(result.app.quiz.currentQuestion?.id == "setting")
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
      #expect(
        terminal.screen.contains("Your 17 answers so far are kept, so the quiz carries on at"))
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
}
