import Foundation
import SkinQuizCore
import TestSupport
import Testing

/// The checks `skinquiz check` adds to the proofs: readability and the evidence behind cautions.
@Suite struct PackChecksTests {
  private func report(_ files: PackFiles) throws -> CheckReport {
    let pack = try #require(PackLoader.load(files).pack)
    return PackChecker.check(pack)
  }

  @Test func a_hard_text_is_a_warning_at_its_location_naming_it_and_its_grade() throws {
    let files = MiniPack.files(
      in: "findings.yaml", replacing: "text: It can help.",
      with: "text: Microneedling facilitates considerable dermatological rejuvenation.")
    let report = try report(files)
    #expect(
      report.diagnostics.map(\.description) == [
        "mini/findings.yaml:13:11: warning: finding 'benefit_smooth' reads at grade 43.0, above "
          + "the pack's limit of 8.0 (readability: max_grade); use shorter sentences and shorter "
          + "words"
      ])
    #expect(report.isSound)
    #expect(report.readability?.worstName == "finding 'benefit_smooth'")
  }

  @Test func the_pack_sets_its_own_limits() throws {
    let files = MiniPack.files(
      in: "pack.yaml", replacing: "title: Mini quiz\n",
      with: "title: Mini quiz\nreadability: {max_grade: 6.5, max_sentence_words: 5}\n")
    let report = try report(files)
    #expect(
      report.diagnostics.map(\.description) == [
        "mini/pack.yaml:8:12: warning: intro 'privacy' reads at grade 6.6, above the pack's "
          + "limit of 6.5 (readability: max_grade); use shorter sentences and shorter words",
        "mini/questions.yaml:27:11: warning: question 'pregnant' help reads at grade 6.6, above "
          + "the pack's limit of 6.5 (readability: max_grade); use shorter sentences and shorter "
          + "words",
        "mini/findings.yaml:7:11: warning: finding 'ci_pregnant' has a sentence of 6 words, "
          + "above the pack's limit of 5 (readability: max_sentence_words): 'Wait until the baby "
          + "is born.'",
      ])
  }

  @Test func a_caution_resting_only_on_clinic_practice_or_news_is_a_warning() throws {
    var files = MiniPack.files(in: "sources.yaml", replacing: "kind: review", with: "kind: news")
    files.texts["sources.yaml"] = files.texts["sources.yaml"]?.replacingOccurrences(
      of: "    doi: 10.1000/review.1\n", with: "")
    let report = try report(files)
    #expect(
      report.diagnostics.map(\.description) == [
        "mini/findings.yaml:2:5: warning: contraindication 'ci_pregnant' rests only on practice "
          + "and news sources; cite at least one source of kind label, regulator, guideline, "
          + "systematic_review, trial, study, review"
      ])
  }

  @Test func the_summary_counts_sources_by_kind_and_reports_readability() throws {
    let summary = try report(MiniPack.files()).summary
    #expect(summary.contains("\n  sources by kind: 1 trial, 1 review\n"))
    #expect(
      summary.contains(
        "\n  readability (Flesch-Kincaid grade; limits: grade 8.0, 25 words a sentence): 2.0 over "
          + "13 texts;\n    hardest intro 'privacy' at 6.6; longest sentence 6 words\n"))
  }
}
