/// Runs a pack's own tests, and warns about findings and verdicts that no test reaches.
enum PackTestsCheck {
  /// Runs every test of `pack`, counting what passed and what the tests cover together.
  static func run(_ pack: Pack, space: AnswerSpace, into report: inout CheckReport) {
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
}
