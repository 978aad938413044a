extension ProvedProperty {
  /// Every finding fires on some reachable answers; one that never does is a dead rule.
  static let everyFindingFires = ProvedProperty(
    goals: { pack in pack.findings.map(\.when) },
    record: { outcomes, context, report in
      var proven = 0
      for (finding, outcome) in zip(context.pack.findings, outcomes) {
        switch outcome {
        case .found: proven += 1
        case .impossible:
          let why = DeadRule.why(finding.when, pack: context.pack, space: context.space)
          report.diagnostics.append(
            Diagnostic(
              .error, at: finding.conditionLocation,
              "finding '\(finding.id)' can never fire: \(why)"))
        case .undecided:
          context.undecided(
            finding.conditionLocation, "finding '\(finding.id)' can fire", in: &report)
        }
      }
      report.proofs.append(
        .init(
          property: "every finding fires on some reachable answers", proven: proven,
          total: outcomes.count))
    })
}
