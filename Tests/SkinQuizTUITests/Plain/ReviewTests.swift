import Foundation
import SkinQuizCore
import SkinQuizTUI
import TestSupport
import Testing

extension PlainMode {
  /// The review of every answer, changing one from there, and quitting from it.
  @Suite struct ReviewTests {
    @Test func the_review_numbers_every_answer() throws {
      let pack = try shippedPack()
      let run = Run(Quiz(pack: pack), try typed(pack, contractExample) + ["x", "19", ""])
      #expect(has(run.output, line: "Your answers:"))
      #expect(has(run.output, line: "   1. How old are you? — 22 or older"))
      #expect(has(run.output, line: "   3. Which best describes your acne scars? — Rolling"))
      #expect(
        has(
          run.output,
          line: "  17. Where are you thinking of having microneedling? — A medical or dermatology"))
      #expect(has(run.output, line: "      clinic"))
      #expect(
        run.output.contains(
          """
          Type a number to change that answer, or press Enter to see your result.
          "x" is not an answer number: type 1 to 18, or press Enter to see your result.
          "19" is not an answer number: type 1 to 18, or press Enter to see your result.

          """))
      // Enter saw the result; the end of input at the offer to save skips saving.
      #expect(run.result?.verdict.id == "good_candidate")
      #expect(run.savedPath == nil)
    }

    @Test func a_changed_answer_brings_in_a_question_then_drops_it() throws {
      let pack = try shippedPack()
      var steps = contractExample.filter { $0.question != "acne_scar_type" }
      steps[1] = ("concerns", ["wrinkles_fine_lines"])
      // Review entry 2 is concerns: adding acne scars brings in the scar type, asked at once.
      let lines = try typed(pack, steps) + ["2", "1 2", "4", "2", "2", "", ""]
      let run = Run(Quiz(pack: pack), lines)
      #expect(
        run.questionsShown(pack) == steps.map(\.question) + [
          "concerns", "acne_scar_type", "concerns",
        ])
      let reviews = run.output.components(separatedBy: "\nYour answers:\n").dropFirst()
      #expect(reviews.count == 3)
      let scarType = "Which best describes your acne scars? — Raised"
      #expect(reviews.map { $0.contains(scarType) } == [false, true, false])
      #expect(reviews.dropFirst().first?.contains("   3. \(scarType)") == true)
      // The second change goes straight back to the review: nothing is asked in between.
      let afterSecondChange = try #require(reviews.dropFirst().first)
      #expect(afterSecondChange.components(separatedBy: "\nQuestion ").count == 2)
      let result = try #require(run.result)
      let answers = result.answeredQuestions.map(\.question.id)
      #expect(!answers.contains("acne_scar_type"))
      #expect(result.answers == (try pack.answers(steps)))
      #expect(result.verdict.id == "good_candidate")
    }

    @Test func a_question_revisited_from_the_review_shows_the_answer_and_enter_keeps_it() throws {
      let pack = try shippedPack()
      let run = Run(Quiz(pack: pack), try typed(pack, contractExample) + ["2", "", "", ""])
      #expect(has(run.output, line: "Your answer now: Acne scars. Press Enter to keep it."))
      #expect(run.output.components(separatedBy: "\nYour answers:\n").count == 3)
      #expect(run.result?.answers == (try pack.answers(contractExample)))
    }

    @Test func with_a_draft_quitting_says_the_answers_are_kept() throws {
      let run = Run(Quiz(pack: try shippedPack()), ["3", "q", "y"], draft: "draft.json")
      #expect(isQuit(run.outcome))
      #expect(
        run.output.contains(
          "Quit without finishing? Your answers so far stay in your draft file. (y/n)"))
      #expect(run.output.contains("You quit the quiz. Your answers so far are in your draft file"))
      #expect(!run.output.contains("not saved"))
    }

    @Test func q_at_the_review_quits_after_confirmation() throws {
      let pack = try shippedPack()
      let run = Run(Quiz(pack: pack), try typed(pack, contractExample) + ["q", "n", "q", "yes"])
      #expect(isQuit(run.outcome))
      #expect(
        run.output.contains(
          "(y/n)\nType a number to change that answer, or press Enter to see your result.\n"))
    }
  }
}
