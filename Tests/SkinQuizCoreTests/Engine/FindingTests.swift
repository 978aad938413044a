import Fixtures
import SkinQuizCore
import Testing

extension EngineContract {
  /// Each row of the findings table: the pack defines the finding, its answers make it fire,
  /// and its near misses do not.
  @Suite struct FindingTests {
    // MARK: - The table itself

    @Test func the_rows_cover_every_finding_of_the_contract_table_once() {
      #expect(contractFindingIDs.count == 61)
      #expect(Set(contractFindingIDs).count == 61)
      #expect(contractRows.map(\.id) == contractFindingIDs)
    }

    @Test(arguments: contractRows)
    func the_pack_defines_the_finding_with_its_kind_and_floor(_ row: ContractRow) throws {
      let pack = try #require(ShippedPack.pack)
      let index = try #require(pack.findingIndex(row.id), "the pack has no '\(row.id)'")
      let finding = pack.findings[index]
      #expect(finding.kind.rawValue == row.kind)
      #expect(finding.floor.map { pack.verdicts[$0].id } == row.floor)
    }

    // MARK: - Each row fires, and its near misses do not

    @Test(arguments: contractRows)
    func the_finding_fires_when_its_answers_are_given(_ row: ContractRow) throws {
      let pack = try #require(ShippedPack.pack)
      let before = evaluate(pack, try answers(pack, row.base))
      #expect(!before.fired.contains(row.id), "\(row.id) fires on the base answers already")
      for changes in row.fires {
        let after = evaluate(pack, try answers(pack, row.base, changes))
        #expect(after.fired.contains(row.id), "\(row.id) does not fire for \(changes)")
      }
    }

    @Test(arguments: contractRows)
    func the_finding_does_not_fire_on_a_near_miss(_ row: ContractRow) throws {
      let pack = try #require(ShippedPack.pack)
      #expect(!row.misses.isEmpty)
      for changes in row.misses {
        let outcome = evaluate(pack, try answers(pack, row.base, changes))
        #expect(!outcome.fired.contains(row.id), "\(row.id) fires for \(changes)")
      }
    }

    @Test(arguments: contractRows.filter { $0.floor != nil })
    func the_finding_alone_on_a_good_candidate_gives_its_floor(_ row: ContractRow) throws {
      let pack = try #require(ShippedPack.pack)
      let base = evaluate(pack, try answers(pack, candidate))
      #expect(base.verdict == "good_candidate")
      for changes in row.fires {
        let outcome = evaluate(pack, try answers(pack, candidate, changes))
        let floors = outcome.fired.filter { $0.hasPrefix("ci_") || $0.hasPrefix("caution_") }
        #expect(floors == [row.id], "for \(changes)")
        #expect(outcome.verdict == row.floor, "for \(changes)")
      }
    }

    @Test func aftercare_fires_for_each_verdict_that_allows_it_and_only_those() throws {
      let pack = try #require(ShippedPack.pack)
      let expected = [
        (["concerns": ["wrinkles_fine_lines"]], "good_candidate", true),
        (["cold_sore_history": ["yes"]], "consult_first", true),
        (["pregnancy": ["pregnant"]], "postpone", true),
        (["bleeding": ["bleeding_disorder"]], "not_recommended", false),
        ([:], "no_matching_goal", false),
      ]
      for (changes, verdict, fires) in expected {
        let outcome = evaluate(pack, try answers(pack, neutral, changes))
        #expect(outcome.verdict == verdict)
        #expect(outcome.fired.contains("aftercare_warning_signs") == fires, "for \(verdict)")
      }
    }
  }
}
