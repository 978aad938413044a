/// A publication or page that a finding rests on.
public struct Source: Equatable, Sendable {
  /// What kind of evidence a source is, so a reader sees what each point rests on.
  public enum Kind: String, Sendable, CaseIterable {
    /// A device's regulator-approved labeling, or a drug label.
    case label
    /// A regulator's guidance, decision or safety communication.
    case regulator
    /// A professional society's guideline or consensus.
    case guideline
    /// A systematic review or meta-analysis.
    case systematicReview = "systematic_review"
    /// A randomized or controlled trial.
    case trial
    /// An uncontrolled study, cohort, case series or case report.
    case study
    /// A narrative review.
    case review
    /// A clinic's or a manufacturer's care instructions.
    case practice
    /// A news or magazine article.
    case news

    /// Whether sources of this kind are journal articles, which must carry a DOI, a PMID or a
    /// PMCID, so that a reader can look them up.
    public var isJournalArticle: Bool {
      switch self {
      case .systematicReview, .trial, .study, .review: true
      case .label, .regulator, .guideline, .practice, .news: false
      }
    }

    /// Whether a source of this kind can carry a contraindication or caution on its own:
    /// clinic practice and news say what is done or reported, not what is known.
    public var isEvidence: Bool {
      switch self {
      case .practice, .news: false
      case .label, .regulator, .guideline, .systematicReview, .trial, .study, .review: true
      }
    }

    /// The kind in words, shown beside each citation.
    public var label: String {
      switch self {
      case .label: "labeling"
      case .regulator: "regulator"
      case .guideline: "guideline"
      case .systematicReview: "systematic review"
      case .trial: "trial"
      case .study: "study"
      case .review: "review"
      case .practice: "clinic practice"
      case .news: "news"
      }
    }
  }

  /// The id findings cite, such as `S7`.
  public var id: String
  /// What kind of evidence it is.
  public var kind: Kind
  /// The exact title.
  public var title: String
  /// The authors of a publication, such as `Alam M, Han S, et al.`.
  public var authors: String?
  /// Where it was published: journal, year, volume and pages, or a publisher and date.
  public var citation: String?
  /// The Digital Object Identifier, such as `10.1001/jamadermatol.2013.8687`.
  public var doi: String?
  /// The PubMed identifier, digits only.
  public var pmid: String?
  /// The PubMed Central identifier, such as `PMC6122507`, for an article without a DOI or PMID.
  public var pmcid: String?
  /// Where to read it, if it is online.
  public var url: String?
  /// Where the source is defined.
  public var location: FileLocation

  /// Creates a source.
  public init(
    id: String, kind: Kind, title: String, authors: String? = nil, citation: String? = nil,
    doi: String? = nil, pmid: String? = nil, pmcid: String? = nil, url: String? = nil,
    location: FileLocation
  ) {
    self.pmcid = pmcid
    self.id = id
    self.kind = kind
    self.title = title
    self.authors = authors
    self.citation = citation
    self.doi = doi
    self.pmid = pmid
    self.url = url
    self.location = location
  }

  /// The reference as a reader cites it: authors, title and where published, each ending in a
  /// full stop (unless it ends in one already, or in a question or exclamation mark, perhaps
  /// inside quotes or brackets), then the identifiers, which end in nothing so that they copy
  /// whole.
  public var reference: String {
    let parts = [authors, title, citation].compactMap { $0 }.map { part in
      let end = part.last { !"\"'”’)]".contains($0) }
      return end.map { ".?!".contains($0) } == true ? part : part + "."
    }
    let identifiers = [doi.map { "doi:\($0)" }, pmid.map { "PMID \($0)" }, pmcid].compactMap { $0 }
    return (parts + identifiers).joined(separator: " ")
  }
}
