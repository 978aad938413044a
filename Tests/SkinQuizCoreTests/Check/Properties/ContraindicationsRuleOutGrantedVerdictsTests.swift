import TestSupport
import Testing

@testable import SkinQuizCore

@Suite struct ContraindicationsRuleOutGrantedVerdictsTests {
  @Test func gives_answers_where_a_contraindication_allows_a_granted_verdict() throws {
    // With the floor 'wait', listed after 'go', 'ci_pregnant' no longer rules 'go' out.
    let files = MiniPack.files(replacing: [
      "pack.yaml": MiniPack.pack.replacing(
        "  - id: none\n",
        with: "  - id: wait\n    title: Wait\n    text: Wait a while.\n  - id: none\n"),
      "findings.yaml": MiniPack.findings.replacing("floor: stop", with: "floor: wait"),
    ])
    let run = try prove(.contraindicationsRuleOutGrantedVerdicts, on: files)
    #expect(
      run.problems == [
        "mini/findings.yaml:2:5: error: contraindication 'ci_pregnant' can fire with the verdict "
          + "'go', for example with goals=[smooth] smooth_area=face pregnant=yes"
      ])
    #expect(run.proof?.proven == 0 && run.proof?.total == 1)
  }

  @Test func records_nothing_for_a_pack_without_contraindications() throws {
    let run = try prove(
      .contraindicationsRuleOutGrantedVerdicts,
      on: MiniPack.files(
        in: "findings.yaml", replacing: "kind: contraindication", with: "kind: caution"))
    #expect(run.proof == nil && run.problems == [])
  }
}
