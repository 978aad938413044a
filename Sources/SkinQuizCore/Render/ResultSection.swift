/// A part of the printed summary: a heading and the findings under it.
public struct ResultSection: Sendable {
  /// The heading.
  public var title: String
  /// The findings, in result order.
  public var findings: [QuizResult.FiredFinding]
}

extension QuizResult {
  /// The summary's sections in reading order, leaving out empty ones: what needs attention, the
  /// benefits for the person's goals with their notes, aftercare, and good to know.
  public var sections: [ResultSection] {
    [
      ResultSection(title: "What needs attention", findings: findings(.contraindication, .caution)),
      ResultSection(title: "Benefits for your goals", findings: findings(.benefit, .note)),
      ResultSection(title: "Aftercare", findings: findings(.aftercare)),
      ResultSection(title: "Good to know", findings: findings(.info)),
    ].filter { !$0.findings.isEmpty }
  }
}

extension Finding.Kind {
  /// How the kind is named beside a finding's title.
  public var label: String {
    switch self {
    case .contraindication: return "not advised now"
    case .caution: return "talk to a dermatologist first"
    case .benefit: return "benefit"
    case .note: return "note"
    case .info: return "good to know"
    case .aftercare: return "aftercare"
    }
  }
}
