extension ProvedProperty {
  /// Every verdict is the result of some reachable answers.
  static let everyVerdictIsReached = ProvedProperty(
    goals: { pack in
      pack.verdicts.indices.map {
        Condition.atom(ConditionAtom(slot: pack.verdictSlot, operation: .equals, mask: 1 << $0))
      }
    },
    record: { outcomes, context, report in
      context.recordEach(
        "every verdict is reached", context.pack.verdicts, outcomes, at: \.location,
        impossible: { "verdict '\($0.id)' is never reached by any reachable answers" },
        into: &report)
    })
}
