extension ProvedProperty {
  /// Every verdict is the result of some reachable answers.
  static let everyVerdictIsReached = ProvedProperty(
    goals: { pack in
      pack.verdicts.indices.map {
        Condition.atom(ConditionAtom(slot: pack.verdictSlot, operation: .equals, mask: 1 << $0))
      }
    },
    record: { outcomes, context, report in
      var proven = 0
      for (verdict, outcome) in zip(context.pack.verdicts, outcomes) {
        switch outcome {
        case .found: proven += 1
        case .impossible:
          report.diagnostics.append(
            Diagnostic(
              .error, at: verdict.location,
              "verdict '\(verdict.id)' is never reached by any reachable answers"))
        case .undecided:
          context.undecided(verdict.location, "verdict '\(verdict.id)' is reached", in: &report)
        }
      }
      report.proofs.append(
        .init(property: "every verdict is reached", proven: proven, total: outcomes.count))
    })
}
