/// A property of a pack's rules that `skinquiz check` proves over the answer space.
///
/// Each property is a list of goals, conditions on answers and the verdict, one per case (a
/// finding, an option...), and what the outcome of looking for answers that meet each goal
/// means. Adding a property is a file in `Properties/` and a line in ``all``.
struct ProvedProperty: Sendable {
  /// The goals to look for answers to, one per case of the property.
  var goals: @Sendable (Pack) -> [Condition]
  /// Reports what the outcomes (one per goal, in order) mean: a proof line, and an error for
  /// each case that fails.
  var record: @Sendable ([AnswerSpace.Outcome], ProofContext, inout CheckReport) -> Void

  /// Every property, in the order the report lists them.
  static let all: [ProvedProperty] = [
    .everyFindingFires, .everyOptionCanBeChosen, .everyVerdictIsReached,
    .contraindicationsRuleOutGrantedVerdicts,
  ]
}

/// What a property's outcomes are read against.
struct ProofContext {
  /// The pack proved.
  var pack: Pack
  /// Its answer space, to evaluate counterexamples and explain dead rules.
  var space: AnswerSpace

  /// Records a property with one case per item, each proven by answers that meet its goal:
  /// the proof line, and an error at `location` for each case no answers meet (`impossible`).
  func recordEach<Item>(
    _ property: String, _ items: [Item], _ outcomes: [AnswerSpace.Outcome],
    at location: (Item) -> FileLocation, impossible: (Item) -> String,
    into report: inout CheckReport
  ) {
    var proven = 0
    for (item, outcome) in zip(items, outcomes) {
      switch outcome {
      case .found: proven += 1
      case .impossible:
        report.diagnostics.append(Diagnostic(.error, at: location(item), impossible(item)))
      }
    }
    report.proofs.append(.init(property: property, proven: proven, total: outcomes.count))
  }
}
