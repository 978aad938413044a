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

  @Test func copies_of_the_shipped_pack_have_every_proof_decided() throws {
    // 16 copies (288 questions) take about a second in a release build (Benchmarks/run); 4
    // keep this test quick in a debug build.
    let shipped = try #require(ShippedPack.pack)
    let report = PackChecker.check(SyntheticPack.copies(4, of: shipped))
    #expect(report.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
    #expect(report.method.hasPrefix("per-rule SAT"))
    let findings = report.proofs.first { $0.property.hasPrefix("every finding fires") }
    #expect(findings?.total == 4 * shipped.findings.count)
    #expect(report.proofs.allSatisfy { $0.proven == $0.total && $0.total > 0 })
  }

  @Test func the_mini_pack_is_sound_by_whole_enumeration() throws {
    #expect(MiniPack.problems(MiniPack.files()) == [])
    let pack = try #require(PackLoader.load(MiniPack.files()).pack)
    let report = PackChecker.check(pack)
    #expect(report.method == "exhaustive: every one of the 12 reachable answer sets was evaluated")
  }
}
