/// A part of the printed summary: a heading and the findings under it.
public struct ResultSection: Sendable {
  /// The heading.
  public var title: String
  /// The findings, in result order.
  public var findings: [QuizResult.FiredFinding]
  /// Whether the section mixes kinds, so each finding should say which it is.
  public var showsKinds: Bool

  /// Why the findings appear, when every one of them appears for the same reasons (as aftercare
  /// does, for the overall result), so that it is said once under the heading, not under each.
  public var sharedBecause: [String]? {
    guard findings.count > 1, let first = findings.first?.because,
      findings.allSatisfy({ $0.because == first })
    else { return nil }
    return first
  }
}

extension QuizResult {
  /// The summary's sections in reading order, leaving out empty ones: what needs attention, the
  /// benefits for the person's goals with their notes (under the verdict's own heading when it
  /// has one, so that benefits never read as if they applied now), aftercare, and good to know.
  public var sections: [ResultSection] {
    [
      ResultSection(
        title: "What needs attention", findings: findings(.contraindication, .caution),
        showsKinds: true),
      ResultSection(
        title: verdict.benefitsHeading ?? "Benefits for your goals",
        findings: findings(.benefit, .note), showsKinds: true),
      ResultSection(title: "Aftercare", findings: findings(.aftercare), showsKinds: false),
      ResultSection(title: "Good to know", findings: findings(.info), showsKinds: false),
    ].filter { !$0.findings.isEmpty }
  }
}

extension Source {
  /// How a finding cites it: its id and, beside it, its kind, such as `[S13] trial`.
  public var citedAs: String {
    "[\(id)] \(kind.label)"
  }
}

extension QuizResult {
  /// The questions to bring to the dermatologist (the findings' `ask`), in result order, each
  /// once.
  public var questionsToAsk: [String] {
    var seen = Set<String>()
    return findings.compactMap(\.finding.ask).filter { seen.insert($0).inserted }
  }

  /// The word shown beside a finding: for one that sets a verdict floor, that verdict's label
  /// (so that a finding leading to "Wait" says "wait"), otherwise its kind.
  public func label(of finding: Finding) -> String {
    guard let floor = finding.floor, pack.verdicts.indices.contains(floor),
      let label = pack.verdicts[floor].label
    else { return finding.kind.label }
    return label
  }
}

extension QuizResult {
  /// When the result was made, for people: in their own time zone when known
  /// (`2026-01-01 at 11:00 CET`), else in UTC (`2026-01-01 at 10:00 UTC`).
  public var madeOn: String {
    if let localTime { return localTime }
    let parts = createdAt.split(separator: "T")
    guard parts.count == 2, createdAt.hasSuffix("Z") else { return createdAt }
    return "\(parts[0]) at \(parts[1].prefix(5)) UTC"
  }
}

extension Finding.Kind {
  /// How the kind is named beside a finding's title.
  public var label: String {
    switch self {
    case .contraindication: return "not advised"
    case .caution: return "ask a dermatologist first"
    case .benefit: return "benefit"
    case .note: return "note"
    case .info: return "good to know"
    case .aftercare: return "aftercare"
    }
  }
}
