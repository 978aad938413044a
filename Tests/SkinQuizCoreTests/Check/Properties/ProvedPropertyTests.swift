import TestSupport
import Testing

@testable import SkinQuizCore

/// Proves `property` alone on the pack in `files`, by a search per goal, and returns what it
/// recorded: its proof line and its errors.
func prove(_ property: ProvedProperty, on files: PackFiles = MiniPack.files()) throws -> (
  proof: CheckReport.Proof?, problems: [String]
) {
  let pack = try #require(PackLoader.load(files).checkablePack)
  let space = AnswerSpace(pack: pack)
  var report = CheckReport(pack: pack)
  let outcomes = property.goals(pack).map { space.witness(for: $0) }
  property.record(outcomes, ProofContext(pack: pack, space: space), &report)
  return (report.proofs.first, report.diagnostics.map(\.description))
}

/// What every property proves of the mini pack, which is sound.
@Suite struct ProvedPropertyTests {
  @Test(
    arguments: zip(
      [
        ProvedProperty.everyFindingFires, .everyOptionCanBeChosen, .everyVerdictIsReached,
        .contraindicationsRuleOutGrantedVerdicts,
      ],
      [
        CheckReport.Proof(
          property: "every finding fires on some reachable answers", proven: 4, total: 4),
        .init(property: "every option of every question can be chosen", proven: 7, total: 7),
        .init(property: "every verdict is reached", proven: 3, total: 3),
        .init(property: "every contraindication rules out 'go' and 'none'", proven: 1, total: 1),
      ]))
  func holds_for_a_sound_pack(_ property: ProvedProperty, _ expected: CheckReport.Proof) throws {
    let run = try prove(property)
    #expect(run.problems == [])
    #expect(run.proof == expected)
  }
}
