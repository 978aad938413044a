/// Evaluates a pack's rules on a person's answers: which findings fire and the verdict.
///
/// Findings that read the verdict (aftercare) are evaluated after it is settled, so they can
/// never feed it back.
public struct Engine: Sendable {
  /// The outcome of an evaluation, without explanations.
  public struct Evaluation: Equatable, Sendable {
    /// The verdict, as an index into `Pack.verdicts`.
    public var verdict: Int
    /// The findings that fired, as indices into `Pack.findings`, in result order.
    public var fired: [Int]
  }

  /// The pack whose rules are evaluated.
  public let pack: Pack
  private let verdictFree: [Int]
  private let verdictReading: [Int]
  /// Each finding's place in result order (by kind, then pack order).
  private let rank: [Int]

  /// Prepares to evaluate `pack`.
  public init(pack: Pack) {
    self.pack = pack
    let ordered = pack.findings.indices.sorted {
      (pack.findings[$0].kind, $0) < (pack.findings[$1].kind, $1)
    }
    var rank = Array(repeating: 0, count: pack.findings.count)
    for (position, index) in ordered.enumerated() { rank[index] = position }
    self.rank = rank
    let verdictSlot = pack.verdictSlot
    verdictFree = ordered.filter { !pack.findings[$0].when.slots.contains(verdictSlot) }
    verdictReading = ordered.filter { pack.findings[$0].when.slots.contains(verdictSlot) }
  }

  /// Which findings fire for `answers`, and the verdict.
  public func evaluate(_ answers: Answers) -> Evaluation {
    var selections = answers.selections
    var verdict = pack.verdicts.count - 1
    var fired: [Int] = []
    for index in verdictFree where pack.findings[index].when.holds(selections) {
      fired.append(index)
      if let floor = pack.findings[index].floor { verdict = min(verdict, floor) }
    }
    for (index, candidate) in pack.verdicts.enumerated() where index < verdict {
      if candidate.when?.holds(selections) == true {
        verdict = index
        break
      }
    }
    selections.append(1 << verdict)
    var late: [Int] = []
    for index in verdictReading where pack.findings[index].when.holds(selections) {
      late.append(index)
    }
    if !late.isEmpty {
      fired = (fired + late).sorted { rank[$0] < rank[$1] }
    }
    return Evaluation(verdict: verdict, fired: fired)
  }

  /// The full result for `answers`: the verdict and each finding with why it appeared and its
  /// sources.
  ///
  /// - Parameter createdAt: when the result was made, recorded in saved results.
  public func result(for answers: Answers, createdAt: String) -> QuizResult {
    let evaluation = evaluate(answers)
    let selections = answers.selections + [1 << evaluation.verdict]
    let explainer = Explanation(pack: pack, selections: selections)
    let findings = evaluation.fired.map { index in
      let finding = pack.findings[index]
      return QuizResult.FiredFinding(
        finding: finding,
        because: explainer.reasons(finding.when),
        // In the pack's order, so that every list of sources reads the same way.
        sources: pack.sources.filter { finding.sources.contains($0.id) })
    }
    return QuizResult(
      pack: pack, answers: answers, verdict: pack.verdicts[evaluation.verdict],
      findings: findings, createdAt: createdAt)
  }
}
