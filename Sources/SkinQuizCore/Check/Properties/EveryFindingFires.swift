extension ProvedProperty {
  /// Every finding fires on some reachable answers; one that never does is a dead rule.
  static let everyFindingFires = ProvedProperty(
    goals: { pack in pack.findings.map(\.when) },
    record: { outcomes, context, report in
      context.recordEach(
        "every finding fires on some reachable answers", context.pack.findings, outcomes,
        at: \.conditionLocation,
        impossible: {
          let why = DeadRule.why($0.when, pack: context.pack, space: context.space)
          return "finding '\($0.id)' can never fire: \(why)"
        }, into: &report)
    })
}
