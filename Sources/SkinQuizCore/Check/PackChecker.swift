/// Runs a loaded pack's own tests and proves properties of its rules over the answer space.
public enum PackChecker {
  /// Checks `pack`: its tests; the proofs that every finding can fire, every option and
  /// verdict can be reached, and every contraindication rules out the verdicts nothing forces;
  /// that every contraindication and caution rests on evidence; and how easy its texts are to
  /// read.
  ///
  /// - Parameter invalidTests: how many of the pack's tests could not be read (the loader
  ///   reported them); coverage is not judged while some are missing.
  public static func check(_ pack: Pack, invalidTests: Int = 0) -> CheckReport {
    let clock = ContinuousClock()
    let start = clock.now
    let space = AnswerSpace(pack: pack)
    var report = CheckReport(pack: pack)
    report.testsNotRun = invalidTests
    PackTestsCheck.run(pack, space: space, into: &report)
    EvidenceCheck.run(pack, into: &report)
    ReadabilityCheck.run(pack, into: &report)
    prove(ProvedProperty.all, of: pack, space: space, into: &report)
    let elapsed = (clock.now - start).components
    report.seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
    return report
  }

  /// Answer spaces up to this size are enumerated whole.
  static let exhaustiveLimit = 200_000.0

  // MARK: - Proofs

  /// Looks for answers that meet each goal of each property, then records what was found.
  private static func prove(
    _ properties: [ProvedProperty], of pack: Pack, space: AnswerSpace,
    into report: inout CheckReport
  ) {
    let goals = properties.map { $0.goals(pack) }
    let outcomes: [[AnswerSpace.Outcome]]
    if space.sizeBoundLog10 <= log10(Double(exhaustiveLimit)) {
      let (found, count) = enumerate(goals.flatMap { $0 }, space: space)
      var rest = found[...]
      outcomes = goals.map { goals in
        defer { rest = rest.dropFirst(goals.count) }
        return Array(rest.prefix(goals.count))
      }
      report.method = "exhaustive: every one of the \(count) reachable answer sets was evaluated"
    } else {
      outcomes = goals.map { $0.map { space.witness(for: $0) } }
      report.method =
        "per-rule SAT: the answer space has up to "
        + "\(Self.scientific(log10: space.sizeBoundLog10)) answer sets, too many to enumerate "
        + "whole, so each case was decided by a SAT solver over only the questions it reads "
        + "and their skip-logic ancestors"
    }
    let context = ProofContext(pack: pack, space: space)
    for (property, outcomes) in zip(properties, outcomes) {
      property.record(outcomes, context, &report)
    }
  }

  /// Evaluates every reachable answer set once, keeping the first that meets each goal; also
  /// returns how many answer sets there are.
  private static func enumerate(
    _ goals: [Condition], space: AnswerSpace
  ) -> (outcomes: [AnswerSpace.Outcome], count: Int) {
    var witnesses = [Answers?](repeating: nil, count: goals.count)
    var count = 0
    space.forEachAnswerSet { answers in
      count += 1
      let selections = answers.selections + [1 << space.engine.evaluate(answers).verdict]
      for (index, goal) in goals.enumerated()
      where witnesses[index] == nil && goal.holds(selections) {
        witnesses[index] = answers
      }
      return true
    }
    return (witnesses.map { $0.map(AnswerSpace.Outcome.found) ?? .impossible }, count)
  }

  /// Answers written as `id=option` pairs, for counterexamples.
  static func describe(_ answers: Answers, in pack: Pack) -> String {
    pack.questions.indices.filter { answers.isAnswered($0) }.map { index in
      let ids = pack.chosenOptionIDs(answers, question: index)
      let value =
        switch pack.questions[index].kind {
        case .single: ids.joined()
        case .multi: "[" + ids.joined(separator: ", ") + "]"
        }
      return "\(pack.questions[index].id)=\(value)"
    }.joined(separator: " ")
  }

  /// The number whose base-10 logarithm is `log10`, for people: whole below a million, else
  /// as `2.1×10^361`, whatever its size.
  static func scientific(log10 value: Double) -> String {
    guard value >= 6 else { return String(Int(pow(10, value).rounded())) }
    var exponent = Int(value.rounded(.down))
    var tenths = Int((pow(10, value - Double(exponent)) * 10).rounded())
    if tenths >= 100 {  // 9.96 rounds to 10.0
      exponent += 1
      tenths /= 10
    }
    return "\(tenths / 10).\(tenths % 10)×10^\(exponent)"
  }
}
