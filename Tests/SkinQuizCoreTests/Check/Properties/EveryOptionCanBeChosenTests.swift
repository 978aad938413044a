import TestSupport
import Testing

@testable import SkinQuizCore

@Suite struct EveryOptionCanBeChosenTests {
  @Test func names_a_question_that_is_never_asked() throws {
    let run = try prove(
      .everyOptionCanBeChosen,
      on: MiniPack.files(
        in: "questions.yaml", replacing: "when: goals has smooth",
        with: "when: goals has all [smooth, even] and not goals has even"))
    #expect(
      run.problems == [
        "mini/questions.yaml:14:5: error: question 'smooth_area' is never asked: its skip logic "
          + "'goals has all [smooth, even] and not goals has even' never holds for reachable "
          + "answers"
      ])
    #expect(run.proof?.proven == 5 && run.proof?.total == 7)
  }

}
