import TestSupport
import Testing

@testable import SkinQuizCore

@Suite struct EveryVerdictIsReachedTests {
  @Test func names_a_verdict_that_no_answers_reach() throws {
    let run = try prove(
      .everyVerdictIsReached,
      on: MiniPack.files(
        in: "pack.yaml", replacing: "when: goals has any [smooth, even]",
        with: "when: goals has smooth and not goals has smooth"))
    #expect(
      run.problems == [
        "mini/pack.yaml:12:5: error: verdict 'go' is never reached by any reachable answers"
      ])
    #expect(run.proof?.proven == 2 && run.proof?.total == 3)
  }
}
