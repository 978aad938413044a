import SkinQuizCore
import SkinQuizTUI
import TestSupport
import Testing

extension PlainMode {
  /// A session that starts from answers given in advance asks only what is missing.
  @Suite struct PreseededAnswerTests {
    @Test func a_preseeded_quiz_asks_only_the_missing_questions() throws {
      let pack = try shippedPack()
      let missing: Set = ["skin_tone", "setting"]
      let given = contractExample.filter { !missing.contains($0.question) }
      let quiz = Quiz(pack: pack, answers: try pack.answers(given))
      let run = Run(quiz, ["2", "1", "", ""])
      #expect(run.questionsShown(pack) == ["skin_tone", "setting"])
      #expect(run.output.hasPrefix(pack.title + "\n"))
      #expect(
        run.output.contains("Your 16 answers so far are kept, so the quiz carries on"))
      #expect(run.output.contains("\nQuestion 4 of about 18: How does your skin usually react"))
      #expect(run.output.contains("\nQuestion 17 of about 18: Where are you thinking"))
      #expect(run.result?.answers == (try pack.answers(contractExample)))
    }

    @Test func a_complete_preseeded_quiz_goes_straight_to_the_review() throws {
      let pack = try shippedPack()
      let quiz = Quiz(pack: pack, answers: try pack.answers(contractExample))
      let run = Run(quiz, ["", ""])
      #expect(run.output.hasPrefix("\nYour answers:\n   1. How old are you? — 22 or older\n"))
      #expect(!run.output.contains(pack.intro.privacy.prefix(30)))
      #expect(run.result?.verdict.id == "good_candidate")
    }
  }
}
