import Foundation

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
    let start = DispatchTime.now()
    let space = AnswerSpace(pack: pack)
    var report = CheckReport(pack: pack)
    report.testsNotRun = invalidTests
    runTests(pack, space: space, into: &report)
    EvidenceCheck.run(pack, into: &report)
    ReadabilityCheck.run(pack, into: &report)
    if space.sizeBoundLog10 <= log10(Double(exhaustiveLimit)) {
      proveByEnumeration(pack, space: space, into: &report)
    } else {
      proveBySearch(pack, space: space, into: &report)
    }
    report.seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    return report
  }

  /// Answer spaces up to this size are enumerated whole.
  static let exhaustiveLimit = 200_000.0

  // MARK: - Tests

  private static func runTests(_ pack: Pack, space: AnswerSpace, into report: inout CheckReport) {
    var fired = Set<Int>()
    var reached = Set<Int>()
    for test in pack.tests {
      let evaluation = space.engine.evaluate(test.answers)
      fired.formUnion(evaluation.fired)
      reached.insert(evaluation.verdict)
      let problems = failures(of: test, evaluation: evaluation, pack: pack, engine: space.engine)
      if problems.isEmpty {
        report.testsPassed += 1
      } else {
        report.testsFailed += 1
        report.diagnostics.append(
          Diagnostic(
            .error, at: test.location,
            "test '\(test.name)' failed: " + problems.joined(separator: "; ")))
      }
    }
    report.findingsCoveredByTests = fired.count
    report.verdictsCoveredByTests = reached.count
    guard !pack.tests.isEmpty, report.testsNotRun == 0 else { return }
    for (index, finding) in pack.findings.enumerated() where !fired.contains(index) {
      report.diagnostics.append(
        Diagnostic(.warning, at: finding.location, "no test makes finding '\(finding.id)' fire"))
    }
    for (index, verdict) in pack.verdicts.enumerated() where !reached.contains(index) {
      report.diagnostics.append(
        Diagnostic(.warning, at: verdict.location, "no test reaches verdict '\(verdict.id)'"))
    }
  }

  /// What differs between a test's expectations and the engine's result, in words.
  private static func failures(
    of test: PackTest, evaluation: Engine.Evaluation, pack: Pack, engine: Engine
  ) -> [String] {
    var problems: [String] = []
    func because(_ index: Int) -> String {
      // Explanations cost more than evaluation, so they are made only for a failing test.
      let result = engine.result(for: test.answers, createdAt: "")
      let reasons =
        result.findings.first { $0.finding.id == pack.findings[index].id }?.because ?? []
      return reasons.joined(separator: "; ")
    }
    if let expected = test.verdict, expected != evaluation.verdict {
      let setters = evaluation.fired.filter { pack.findings[$0].floor == evaluation.verdict }
      let why =
        setters.isEmpty
        ? "" : " (set by \(setters.map { "'\(pack.findings[$0].id)'" }.joined(separator: ", ")))"
      problems.append(
        "expected verdict '\(pack.verdicts[expected].id)', got '\(pack.verdicts[evaluation.verdict].id)'\(why)"
      )
    }
    for index in test.fires where !evaluation.fired.contains(index) {
      let finding = pack.findings[index]
      problems.append(
        "expected '\(finding.id)' to fire, but it did not (it needs \(finding.when.description(in: pack)))"
      )
    }
    for index in test.notFires where evaluation.fired.contains(index) {
      problems.append(
        "expected '\(pack.findings[index].id)' not to fire, but it did because: \(because(index))")
    }
    return problems
  }

  // MARK: - Proofs

  private static func goals(_ pack: Pack) -> (
    findings: [Condition], options: [(question: Int, option: Int, goal: Condition)],
    verdicts: [Condition], contraindications: [(finding: Int, goal: Condition)]
  ) {
    let verdictSlot = pack.verdictSlot
    let findings = pack.findings.map(\.when)
    var options: [(Int, Int, Condition)] = []
    for (questionIndex, question) in pack.questions.enumerated() {
      for optionIndex in question.options.indices {
        options.append(
          (
            questionIndex, optionIndex,
            .test(ConditionTest(slot: questionIndex, operation: .has, mask: 1 << optionIndex))
          ))
      }
    }
    let verdicts = pack.verdicts.indices.map {
      Condition.test(ConditionTest(slot: verdictSlot, operation: .equals, mask: 1 << $0))
    }
    let granted = grantedVerdictMask(pack)
    let contraindications = pack.findings.indices.filter {
      pack.findings[$0].kind == .contraindication
    }.map {
      (
        $0,
        Condition.and([
          pack.findings[$0].when,
          .test(ConditionTest(slot: verdictSlot, operation: .isOneOf, mask: granted)),
        ])
      )
    }
    return (findings, options, verdicts, contraindications)
  }

  /// The verdicts that conditions grant rather than findings force (those with a `when`, and
  /// the fallback): every contraindication must rule them out.
  static func grantedVerdictMask(_ pack: Pack) -> UInt64 {
    pack.verdicts.indices.reduce(0) { pack.isFloorVerdict($1) ? $0 : $0 | (1 << $1) }
  }

  /// For each property, the outcome of looking for answers that make its goal true.
  private struct Evidence {
    var findings: [AnswerSpace.Outcome]
    var options: [AnswerSpace.Outcome]
    var verdicts: [AnswerSpace.Outcome]
    /// Answers where a contraindication fires with a verdict it must rule out.
    var contraindications: [(finding: Int, counterexample: AnswerSpace.Outcome)]

    var undecided: Int {
      (findings + options + verdicts + contraindications.map(\.counterexample)).filter {
        if case .undecided = $0 { true } else { false }
      }.count
    }
  }

  private static func proveByEnumeration(
    _ pack: Pack, space: AnswerSpace, into report: inout CheckReport
  ) {
    let goals = goals(pack)
    let all =
      goals.findings + goals.options.map(\.goal) + goals.verdicts
      + goals.contraindications.map(\.goal)
    var witnesses = [Answers?](repeating: nil, count: all.count)
    var count = 0
    space.forEachAnswerSet { answers in
      count += 1
      let selections = answers.selections + [1 << space.engine.evaluate(answers).verdict]
      for (index, goal) in all.enumerated() where witnesses[index] == nil && goal.holds(selections)
      {
        witnesses[index] = answers
      }
      return true
    }
    var outcomes = witnesses.map { $0.map(AnswerSpace.Outcome.found) ?? .impossible }[...]
    func take(_ count: Int) -> [AnswerSpace.Outcome] {
      defer { outcomes = outcomes.dropFirst(count) }
      return Array(outcomes.prefix(count))
    }
    let evidence = Evidence(
      findings: take(goals.findings.count), options: take(goals.options.count),
      verdicts: take(goals.verdicts.count),
      contraindications: Array(
        zip(goals.contraindications.map(\.finding), take(goals.contraindications.count))))
    report.method = "exhaustive: every one of the \(count) reachable answer sets was evaluated"
    record(evidence, pack: pack, space: space, into: &report)
  }

  private static func proveBySearch(
    _ pack: Pack, space: AnswerSpace, into report: inout CheckReport
  ) {
    let goals = goals(pack)
    let evidence = Evidence(
      findings: goals.findings.map { space.witness(for: $0) },
      options: goals.options.map { space.witness(for: $0.goal) },
      verdicts: goals.verdicts.map { space.witness(for: $0) },
      contraindications: goals.contraindications.map { ($0.finding, space.witness(for: $0.goal)) })
    report.method =
      "per-rule search: the answer space has up to \(Self.scientific(log10: space.sizeBoundLog10)) answer "
      + "sets, too many to enumerate whole, so each property was searched exhaustively over only "
      + "the questions it reads and their skip-logic ancestors"
    record(evidence, pack: pack, space: space, into: &report)
  }

  private static func record(
    _ evidence: Evidence, pack: Pack, space: AnswerSpace, into report: inout CheckReport
  ) {
    report.undecided = evidence.undecided
    // A search that ran out of budget proves nothing either way: it is an error too, since
    // the pack is only sound when every property is established.
    func undecided(_ location: FileLocation, _ what: String) {
      report.diagnostics.append(
        Diagnostic(
          .error, at: location,
          "could not decide within the search budget whether \(what); the check is not a proof"))
    }

    var proven = 0
    for (index, outcome) in evidence.findings.enumerated() {
      let finding = pack.findings[index]
      switch outcome {
      case .found: proven += 1
      case .impossible:
        let why = DeadRule.why(finding.when, pack: pack, space: space)
        report.diagnostics.append(
          Diagnostic(
            .error, at: finding.conditionLocation, "finding '\(finding.id)' can never fire: \(why)")
        )
      case .undecided:
        undecided(finding.conditionLocation, "finding '\(finding.id)' can fire")
      }
    }
    report.proofs.append(
      .init(
        property: "every finding fires on some reachable answers", proven: proven,
        total: pack.findings.count))

    var optionIndex = 0
    var optionsProven = 0
    for question in pack.questions {
      var unreachable: [String] = []
      for option in question.options {
        switch evidence.options[optionIndex] {
        case .found: optionsProven += 1
        case .impossible: unreachable.append(option.id)
        case .undecided:
          undecided(option.location, "option '\(option.id)' of '\(question.id)' can be chosen")
        }
        optionIndex += 1
      }
      guard !unreachable.isEmpty else { continue }
      let message =
        unreachable.count == question.options.count
        ? "question '\(question.id)' is never asked: its skip logic "
          + "'\(question.when?.description(in: pack) ?? "")' never holds for reachable answers"
        : "question '\(question.id)' has options that no reachable answers choose: "
          + unreachable.map { "'\($0)'" }.joined(separator: ", ")
      report.diagnostics.append(Diagnostic(.error, at: question.location, message))
    }
    report.proofs.append(
      .init(
        property: "every option of every question can be chosen", proven: optionsProven,
        total: evidence.options.count))

    var verdictsProven = 0
    for (index, outcome) in evidence.verdicts.enumerated() {
      let verdict = pack.verdicts[index]
      switch outcome {
      case .found: verdictsProven += 1
      case .impossible:
        report.diagnostics.append(
          Diagnostic(
            .error, at: verdict.location,
            "verdict '\(verdict.id)' is never reached by any reachable answers"))
      case .undecided:
        undecided(verdict.location, "verdict '\(verdict.id)' is reached")
      }
    }
    report.proofs.append(
      .init(
        property: "every verdict is reached", proven: verdictsProven, total: pack.verdicts.count))

    let granted = Answers.optionIndices(in: grantedVerdictMask(pack)).map { pack.verdicts[$0].id }
    let grantedList = granted.map { "'\($0)'" }.joined(separator: " and ")
    var ruledOut = 0
    for (index, outcome) in evidence.contraindications {
      let finding = pack.findings[index]
      switch outcome {
      case .impossible: ruledOut += 1
      case .found(let answers):
        let verdict = pack.verdicts[space.engine.evaluate(answers).verdict].id
        report.diagnostics.append(
          Diagnostic(
            .error, at: finding.location,
            "contraindication '\(finding.id)' can fire with the verdict '\(verdict)', for "
              + "example with \(describe(answers, in: pack))"))
      case .undecided:
        undecided(finding.location, "contraindication '\(finding.id)' rules out \(grantedList)")
      }
    }
    if !evidence.contraindications.isEmpty {
      report.proofs.append(
        .init(
          property: "every contraindication rules out \(grantedList)", proven: ruledOut,
          total: evidence.contraindications.count))
    }
  }

  /// Answers written as `id=option` pairs, for counterexamples.
  static func describe(_ answers: Answers, in pack: Pack) -> String {
    pack.questions.indices.filter { answers.isAnswered($0) }.map { index in
      let ids = pack.chosenOptionIDs(answers, question: index)
      let value =
        pack.questions[index].kind == .single
        ? ids.joined() : "[" + ids.joined(separator: ", ") + "]"
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
