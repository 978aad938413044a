/// The outcome of a quiz: the verdict and the findings, each with why it appeared.
public struct QuizResult: Sendable {
  /// A finding that fired, with its explanation and sources.
  public struct FiredFinding: Sendable {
    /// The finding.
    public var finding: Finding
    /// The answers that made it fire, in words; never empty.
    public var because: [String]
    /// The sources it rests on.
    public var sources: [Source]
  }

  /// The pack the quiz came from.
  public var pack: Pack
  /// The answers, with only the questions that were asked.
  public var answers: Answers
  /// The overall verdict.
  public var verdict: Verdict
  /// The findings that fired: by kind (contraindications first), then in pack order.
  public var findings: [FiredFinding]
  /// When the result was made, as an ISO 8601 UTC timestamp.
  public var createdAt: String
  /// The same moment in the person's own time zone, for people, such as
  /// `2026-01-01 at 11:00 CET`, when the program knows it; summaries show UTC otherwise.
  public var localTime: String?

  /// The findings of the given kinds, in result order.
  public func findings(_ kinds: Finding.Kind...) -> [FiredFinding] {
    findings.filter { kinds.contains($0.finding.kind) }
  }

  /// Every source cited by the findings, once each, in the order the pack lists them.
  public var citedSources: [Source] {
    let cited = Set(findings.flatMap(\.sources).map(\.id))
    return pack.sources.filter { cited.contains($0.id) }
  }

  /// The answered questions in pack order, each with the options chosen.
  public var answeredQuestions: [(question: Question, options: [Question.Option])] {
    pack.answered(answers)
  }

}
