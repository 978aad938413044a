import Fixtures
import SkinQuizCore
import Testing

/// `BatchSummary`: the counts and the line that says them.
@Suite struct BatchSummaryTests {
  @Test func counts_verdicts_in_pack_order_errors_and_blank_lines() throws {
    let pack = try #require(ShippedPack.pack)
    var summary = BatchSummary(verdictCount: pack.verdicts.count)
    let last = pack.verdicts.count - 1
    let outcomes: [BatchScorer.Outcome] = [
      .scored(verdict: last), .failed, .blank, .scored(verdict: 0), .scored(verdict: last),
      .failed,
    ]
    for (index, outcome) in outcomes.enumerated() { summary.record(outcome, line: index + 1) }
    #expect(summary.scored == 3)
    #expect(summary.errors == 2)
    #expect(
      summary.text(pack: pack)
        == "scored 3 people: 1 \(pack.verdicts[0].id), 2 \(pack.verdicts[last].id); 2 lines with "
        + "errors (first: line 2); 1 blank line skipped")
  }

  @Test func an_empty_batch_says_so() throws {
    let pack = try #require(ShippedPack.pack)
    var summary = BatchSummary(verdictCount: pack.verdicts.count)
    #expect(summary.text(pack: pack) == "scored 0 people; no errors")
    summary.record(.scored(verdict: 0), line: 1)
    #expect(summary.text(pack: pack) == "scored 1 person: 1 \(pack.verdicts[0].id); no errors")
  }
}
