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
  /// Each finding's place in result order (by kind, then pack order).
  private let rank: [Int]
  /// Each finding's floor, or the fallback verdict when it has none.
  private let floors: [Int]
  /// The findings that do not read the verdict, in result order, labelled with their index.
  private let verdictFree: CompiledConditions
  /// The findings that read the verdict, in result order, labelled with their index.
  private let verdictReading: CompiledConditions
  /// The verdicts' conditions, labelled with the verdict's index.
  private let verdictConditions: CompiledConditions
  /// Each finding's sources, in the pack's order, so that every list of sources reads the same
  /// way.
  private let sources: [[Source]]

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
    floors = pack.findings.map { $0.floor ?? pack.verdicts.count - 1 }
    sources = pack.findings.map { finding in
      pack.sources.filter { finding.sources.contains($0.id) }
    }
    let reads = ordered.map { pack.findings[$0].when.slots.contains(verdictSlot) }
    func slotWidth(_ slot: Int) -> (options: Int, singleValued: Bool) {
      slot < pack.questions.count
        ? (pack.questions[slot].options.count, !pack.questions[slot].kind.takesSeveralOptions)
        : (pack.verdicts.count, true)
    }
    verdictFree = CompiledConditions(
      ordered.indices.filter { !reads[$0] }.map { (pack.findings[ordered[$0]].when, ordered[$0]) },
      slotWidth: slotWidth)
    verdictReading = CompiledConditions(
      ordered.indices.filter { reads[$0] }.map { (pack.findings[ordered[$0]].when, ordered[$0]) },
      slotWidth: slotWidth)
    verdictConditions = CompiledConditions(
      pack.verdicts.indices.compactMap { index in pack.verdicts[index].when.map { ($0, index) } },
      slotWidth: slotWidth)
  }

  /// Which findings fire for `answers`, and the verdict.
  public func evaluate(_ answers: Answers) -> Evaluation {
    var verdict = pack.verdicts.count - 1
    var fired: [Int] = []
    answers.selections.withUnsafeBufferPointer { selections in
      withUnsafeTemporaryAllocation(of: Int.self, capacity: verdictFree.count) { output in
        let count = verdictFree.evaluate(selections, into: output)
        fired = Array(UnsafeBufferPointer(rebasing: output[..<count]))
      }
      for index in fired { verdict = min(verdict, floors[index]) }
      guard verdictConditions.count > 0 else { return }
      // The most severe verdict whose condition holds, when it is more severe.
      withUnsafeTemporaryAllocation(of: Int.self, capacity: verdictConditions.count) { output in
        let count = verdictConditions.evaluate(selections, into: output)
        if count > 0 { verdict = min(verdict, output[0]) }
      }
    }
    guard verdictReading.count > 0 else { return Evaluation(verdict: verdict, fired: fired) }
    // The verdict is one more slot, after the questions'.
    let slots = answers.selections.count
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: slots + 1) { selections in
      _ = selections.initialize(from: answers.selections)
      selections[slots] = 1 << verdict
      withUnsafeTemporaryAllocation(of: Int.self, capacity: verdictReading.count) { output in
        let count = verdictReading.evaluate(UnsafeBufferPointer(selections), into: output)
        if count > 0 {
          let rank = rank  // not `self`, which the closure would copy whole
          fired = (fired + output[..<count]).sorted { rank[$0] < rank[$1] }
        }
      }
    }
    return Evaluation(verdict: verdict, fired: fired)
  }

  /// The sources of finding `index` as a result lists them (for writers that cache a finding's
  /// text).
  func sources(ofFinding index: Int) -> [Source] {
    sources[index]
  }

  /// The full result for `answers`: the verdict and each finding with why it appeared and its
  /// sources.
  ///
  /// - Parameter createdAt: when the result was made, recorded in saved results.
  public func result(for answers: Answers, createdAt: String) -> QuizResult {
    let evaluation = evaluate(answers)
    let selections = answers.selections + [1 << evaluation.verdict]
    let explainer = Explanation(pack: pack, selections: selections)
    let (pack, sources) = (pack, sources)  // not `self`, which the closure would copy whole
    let findings = evaluation.fired.map { index in
      let finding = pack.findings[index]
      return QuizResult.FiredFinding(
        finding: finding, because: explainer.reasons(finding.when), sources: sources[index])
    }
    return QuizResult(
      pack: pack, answers: answers, verdict: pack.verdicts[evaluation.verdict],
      findings: findings, createdAt: createdAt)
  }
}
