import DrawingSurface
import Fixtures
import SkinQuizCore
import SkinQuizTUI
import TestSupport
import Testing

@Suite struct ResultsScreenTests {
  @Test func each_verdict_has_its_own_colour_and_only_a_good_result_is_green() throws {
    let pack = try #require(ShippedPack.pack)
    let app = FullScreenModel(
      quiz: Quiz(pack: pack), size: TerminalSize(columns: 80, rows: 24), now: { "x" })
    #expect(
      pack.verdicts.map(\.id) == [
        "not_recommended", "postpone", "consult_first", "good_candidate", "no_matching_goal",
      ])
    #expect(
      pack.verdicts.indices.map(app.color(ofVerdict:)) == [
        .danger, .warning, .notice, .good, .normal,
      ])
  }
}
