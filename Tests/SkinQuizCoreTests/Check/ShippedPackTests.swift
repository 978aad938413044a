import Fixtures
import SkinQuizCore
import TestSupport
import Testing

@Suite struct ShippedPackTests {
  @Test func the_shipped_pack_loads_without_problems() {
    let outcome = PackLoader.load(ShippedPack.files)
    #expect(outcome.diagnostics.map(\.description) == [])
    #expect(outcome.pack != nil)
  }

  @Test func the_shipped_pack_is_sound_and_its_tests_cover_everything() throws {
    let pack = try #require(ShippedPack.pack)
    let report = PackChecker.check(pack)
    #expect(report.diagnostics.map(\.description) == [])
    #expect(report.isSound)
    #expect(pack.tests.count >= 25)
    #expect(report.testsFailed == 0)
    #expect(report.findingsCoveredByTests == pack.findings.count)
    #expect(report.verdictsCoveredByTests == pack.verdicts.count)
    #expect(report.proofs.allSatisfy { $0.proven == $0.total && $0.total > 0 })
    #expect(report.method.hasPrefix("per-rule SAT"))
  }

  @Test func the_mini_pack_is_sound_by_whole_enumeration() throws {
    #expect(MiniPack.problems(MiniPack.files()) == [])
    let pack = try #require(PackLoader.load(MiniPack.files()).pack)
    let report = PackChecker.check(pack)
    #expect(report.method == "exhaustive: every one of the 12 reachable answer sets was evaluated")
  }
}
