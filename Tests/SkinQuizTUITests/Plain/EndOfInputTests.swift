import SkinQuizCore
import SkinQuizTUI
import TestSupport
import Testing

extension PlainMode {
  /// The input ending at each prompt ends the session as the prompt allows, never spinning.
  @Suite struct EndOfInputTests {
    @Test func the_end_of_input_at_a_question_ends_the_session_without_spinning() throws {
      let pack = try shippedPack()
      let run = Run(Quiz(pack: pack), ["3", "1", "2"])
      #expect(isInputEnded(run.outcome))
      #expect(run.outcome.errorMessage == "the input ended before the quiz was finished")
      #expect(run.io.readsAfterEnd == 0, "read once more after the end")
      #expect(run.changes.count == 3)
    }

    @Test func the_end_of_input_at_the_quit_question_ends_the_session() throws {
      let pack = try shippedPack()
      let atQuit = Run(Quiz(pack: pack), ["q"])
      #expect(isInputEnded(atQuit.outcome))
      #expect(atQuit.io.readsAfterEnd == 0)
    }

    @Test func the_end_of_input_at_the_review_shows_the_result_of_the_finished_quiz() throws {
      let pack = try shippedPack()
      let atReview = Run(Quiz(pack: pack), try typed(pack, contractExample))
      #expect(atReview.result?.verdict.id == "good_candidate")
      #expect(atReview.result != nil)
      #expect(atReview.io.readsAfterEnd == 0)
      #expect(atReview.output.contains("or press Enter to see your result.\n"))
      #expect(!atReview.output.contains("Save your result to a file?"))
    }

    @Test func the_end_of_input_at_the_offer_to_save_skips_saving() throws {
      let pack = try shippedPack()
      let run = Run(Quiz(pack: pack), try typed(pack, contractExample) + [""])
      #expect(run.result?.verdict.id == "good_candidate")
      #expect(run.savedPath == nil)
      #expect(run.result != nil)
      #expect(run.io.readsAfterEnd == 0)
      #expect(
        run.output.hasSuffix(
          "Save your result to a file? Type a file name ending in .txt, .md, .html, .json\n"
            + "or .fhir.json, or press Enter to skip.\n"))
    }
  }
}
