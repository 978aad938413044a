import SkinQuizCore
import Testing

@Suite struct SourceTests {
  private let here = FileLocation(file: "sources.yaml")

  @Test func a_reference_ends_each_part_once_and_leaves_identifiers_bare() {
    let article = Source(
      id: "S1", kind: .trial, title: "Does it work?", authors: "Alam M, Han S, et al.",
      citation: "JAMA Dermatol. 2014;150(8):844-849", doi: "10.1001/x.1", pmid: "24919799",
      location: here)
    #expect(
      article.reference
        == "Alam M, Han S, et al. Does it work? JAMA Dermatol. 2014;150(8):844-849. "
        + "doi:10.1001/x.1 PMID 24919799")
    let quoted = Source(id: "S2", kind: .news, title: "\"Is it safe?\"", location: here)
    #expect(quoted.reference == "\"Is it safe?\"")
    let bare = Source(id: "S3", kind: .study, title: "A case", pmcid: "PMC6122507", location: here)
    #expect(bare.reference == "A case. PMC6122507")
  }

  @Test func a_citation_shows_the_kind_in_words() {
    let review = Source(id: "S9", kind: .systematicReview, title: "t", location: here)
    #expect(review.citedAs == "[S9] systematic review")
    #expect(
      Source.Kind.allCases.filter(\.isJournalArticle) == [
        .systematicReview, .trial, .study, .review,
      ])
    #expect(Source.Kind.allCases.filter { !$0.isEvidence } == [.practice, .news])
  }
}
