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
