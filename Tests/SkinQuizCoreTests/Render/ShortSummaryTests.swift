import Fixtures
import Foundation
import SkinQuizCore
import TestSupport
import Testing
import TextLayout

/// The contract example with `changes` applied.
private func example(_ changes: [String: [String]]) -> [String: [String]] {
  Dictionary(uniqueKeysWithValues: contractExample.map { ($0.question, $0.options) })
    .merging(changes) { $1 }
}

@Suite struct ShortSummaryTests {
  @Test func fits_one_classic_screen_for_every_persona_of_the_shipped_pack() throws {
    let pack = try #require(ShippedPack.pack)
    #expect(pack.tests.count > 50)
    for test in pack.tests {
      let result = Engine(pack: pack).result(for: test.answers, createdAt: "2026-01-01T10:00:00Z")
      let lines = ShortSummary(width: 80, maxLines: 24).lines(result)
      #expect(lines.count <= 24, "\(test.name): \(lines.count) lines")
      #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 }, "\(test.name)")
      #expect(lines.first == "IN SHORT")
      #expect(
        lines.contains(result.verdict.title) || lines[2].hasPrefix(result.verdict.title.prefix(20)))
    }
  }

  @Test func labels_findings_with_the_words_of_the_verdict_they_lead_to() throws {
    let pack = try #require(ShippedPack.pack)
    let result = Engine(pack: pack).result(
      for: try pack.answers(example(["pregnancy": ["pregnant"], "cold_sore_history": ["yes"]])),
      createdAt: "2026-01-01T10:00:00Z")
    #expect(result.verdict.id == "postpone")
    let lines = ShortSummary().lines(result)
    #expect(lines.contains("  * Pregnant or breastfeeding (wait)"))
    #expect(lines.contains("  * Cold sores can come back after treatment (see a doctor first)"))
    #expect(lines.contains("  * Should I take antiviral medicine before treatment?"))
    #expect(lines.contains { $0.hasPrefix("Next step: Wait until the reasons to wait are over.") })
  }

  @Test func cuts_the_questions_first_then_groups_what_needs_attention() throws {
    let pack = try #require(ShippedPack.pack)
    let answers = try pack.answers(
      example([
        "cold_sore_history": ["yes"], "scarring_history": ["keloid_or_raised", "slow_healing"],
        "bleeding": ["blood_thinner"], "allergies": ["numbing_creams"],
      ]))
    let result = Engine(pack: pack).result(for: answers, createdAt: "2026-01-01T10:00:00Z")
    let full = ShortSummary(width: 80, maxLines: 100).lines(result)
    #expect(full.contains("Questions to ask:"))
    #expect(!full.contains { $0.contains("in the full report") })
    let cut = ShortSummary(width: 80, maxLines: full.count - 1).lines(result)
    #expect(cut.count <= full.count - 1)
    #expect(
      cut.contains { $0.contains(" more question") && $0.hasSuffix("to ask in the full report.") })
    let grouped = ShortSummary(width: 80, maxLines: 10).lines(result)
    #expect(grouped.contains { $0.hasPrefix("  * See a doctor first: ") })
    #expect(grouped.contains { $0.hasSuffix("questions to ask in the full report.") })
  }

  @Test func the_text_summary_begins_with_it_and_says_why_aftercare_appears_once() throws {
    let pack = try #require(ShippedPack.pack)
    let result = Engine(pack: pack).result(
      for: try pack.answers(contractExample), createdAt: "2026-01-01T10:00:00Z")
    let text = TextRenderer(width: 80).render(result)
    let block = ShortSummary(width: 80).lines(result).joined(separator: "\n")
    #expect(text.contains("diagnosis.\n\n" + block + "\n\nVERDICT\n"))
    let aftercare = try #require(text.components(separatedBy: "\nAFTERCARE\n").last)
    let why = "Why these appear: Your overall result is"
    #expect(aftercare.hasPrefix("=========\n\n" + why))
    #expect(text.components(separatedBy: "Your overall result is").count == 2)
  }
}
