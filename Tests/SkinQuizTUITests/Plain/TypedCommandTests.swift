import SkinQuizCore
import SkinQuizTUI
import Testing
import TextLayout

extension PlainMode {
  /// The commands a question takes besides an answer: `?` for why we ask, `b` and `q`.
  @Suite struct TypedCommandTests {
    @Test func a_question_mark_says_why_we_ask_and_asks_again() throws {
      let pack = try shippedPack()
      let run = Run(Quiz(pack: pack), ["?"])
      let help = try #require(pack.questions.first?.help)
      let expected = TextWrapper(width: 80).wrap("Why we ask: \(help)").joined(separator: "\n")
      #expect(run.output.hasSuffix("\(singlePrompt)\n\(expected)\n\(singlePrompt)\n"))
      #expect(run.io.readsAfterEnd == 0)
    }

    @Test func b_goes_back_and_enter_keeps_the_answer() throws {
      let pack = try shippedPack()
      let run = Run(Quiz(pack: pack), ["b", "3", "b", "", "b", "b", "2", "1"])
      #expect(
        has(
          run.output, line: "This is the first question, so there is no earlier one to go back to.")
      )
      #expect(has(run.output, line: "Your answer now: 22 or older. Press Enter to keep it."))
      #expect(
        run.questionsShown(pack) == [
          "age_band", "concerns", "age_band", "concerns", "age_band", "concerns", "acne_scar_type",
        ])
      #expect(run.chosen("age_band") == ["18_21"])
      #expect(run.chosen("concerns") == ["acne_scars"])
      // Keeping an answer changes nothing, so no draft would be written for it.
      #expect(run.changes.count == 3)
    }

    @Test func q_asks_first_then_n_carries_on_and_y_quits() throws {
      let pack = try shippedPack()
      let run = Run(Quiz(pack: pack), ["3", "q", "maybe", "n", "Q", "y", "1"])
      #expect(isQuit(run.outcome))
      #expect(run.outcome.errorMessage == nil)
      #expect(run.io.unread == ["1"])
      #expect(
        run.output.contains(
          """
          Quit without finishing? Your answers will not be saved. (y/n)
          "maybe" is not y or n. Type y for yes or n for no.
          \(multiPrompt)
          """))
      #expect(
        run.output.hasSuffix(
          """
          Quit without finishing? Your answers will not be saved. (y/n)
          You quit the quiz. Your answers were not saved.

          """))
    }
  }
}
