import TestSupport
import Testing

@testable import SkinQuizCore

@Suite struct EveryFindingFiresTests {
  @Test func names_a_finding_that_can_never_fire_and_why() throws {
    let run = try prove(
      .everyFindingFires,
      on: MiniPack.files(
        in: "findings.yaml", replacing: "when: smooth_area = neck",
        with: "when: smooth_area = neck and goals has nothing"))
    #expect(
      run.problems == [
        "mini/findings.yaml:17:11: error: finding 'info_neck' can never fire: "
          + "'smooth_area = neck' and 'goals has nothing' never hold together for reachable answers"
      ])
    #expect(run.proof?.proven == 3 && run.proof?.total == 4)
  }
}
