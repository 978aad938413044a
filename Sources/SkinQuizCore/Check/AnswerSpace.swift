/// The reachable answers of a pack: every complete set of answers that skip logic allows.
///
/// Finds answers that make a goal true by depth-first search over only the questions the goal
/// depends on (what it reads, what the verdict reads if it reads the verdict, and their
/// skip-logic ancestors), pruning a branch as soon as the goal is decided false on the answers
/// given so far. The search is exhaustive: when it finds nothing, no reachable answers exist.
struct AnswerSpace {
  /// The result of a search.
  enum Outcome {
    /// Reachable, complete answers that make the goal true.
    case found(Answers)
    /// No reachable answers make the goal true.
    case impossible
    /// The search visited more than `nodeBudget` partial answers without deciding.
    case undecided
  }

  let pack: Pack
  let engine: Engine
  /// How many partial answers one search may visit.
  var nodeBudget = 2_000_000
  private let floorFindings: [Finding]
  private let selections: [[UInt64]]

  init(pack: Pack) {
    self.pack = pack
    engine = Engine(pack: pack)
    floorFindings = pack.findings.filter { $0.floor != nil }
    selections = pack.questions.indices.map { pack.validSelections(for: $0) }
  }

  /// An upper bound on the number of reachable answer sets: the product of each question's
  /// number of valid answers (one more where skip logic may leave it out).
  var sizeBound: Double {
    pack.questions.indices.reduce(1.0) { product, index in
      product * Double(selections[index].count + (pack.questions[index].when == nil ? 0 : 1))
    }
  }

  /// The questions a goal depends on, in pack order.
  func cone(of goal: Condition) -> [Int] {
    var slots = goal.slots
    if slots.contains(pack.verdictSlot) {
      for finding in floorFindings { slots.formUnion(finding.when.slots) }
      for verdict in pack.verdicts { slots.formUnion(verdict.when?.slots ?? []) }
    }
    var questions = Set(slots.filter { $0 < pack.questions.count })
    var frontier = Array(questions)
    while let index = frontier.popLast() {
      for ancestor in pack.questions[index].when?.slots ?? []
      where questions.insert(ancestor).inserted {
        frontier.append(ancestor)
      }
    }
    return questions.sorted()
  }

  /// Searches for reachable answers that make `goal` true.
  func witness(for goal: Condition) -> Outcome {
    let order = cone(of: goal)
    var partial = PartialAnswers(
      slots: Array(repeating: .unknown, count: pack.questions.count) + [.unknown])
    var visited = 0
    let readsVerdict = goal.slots.contains(pack.verdictSlot)

    func search(_ depth: Int) -> Outcome {
      visited += 1
      if visited > nodeBudget { return .undecided }
      if readsVerdict { partial.slots[pack.verdictSlot] = possibleVerdicts(partial) }
      switch partial.evaluate(goal) {
      case false?: return .impossible
      case true? where depth == order.count, nil where depth == order.count:
        return complete(partial, goal: goal).map { .found($0) } ?? .impossible
      default: break
      }
      let index = order[depth]
      let asked = pack.questions[index].when.map { partial.evaluate($0) } ?? true
      let choices: [UInt64] = asked == false ? [0] : selections[index]
      var sawUndecided = false
      for choice in choices {
        partial.slots[index] = .known(choice)
        switch search(depth + 1) {
        case .found(let answers): return .found(answers)
        case .undecided: sawUndecided = true
        case .impossible: break
        }
        if visited > nodeBudget { break }
      }
      partial.slots[index] = .unknown
      return sawUndecided ? .undecided : .impossible
    }
    return search(0)
  }

  /// Calls `visit` with every reachable complete set of answers, in a stable order, until it
  /// returns `false`.
  func forEachAnswerSet(_ visit: (Answers) -> Bool) {
    var answers = Answers(questionCount: pack.questions.count)
    func walk(_ index: Int) -> Bool {
      guard index < pack.questions.count else { return visit(answers) }
      guard pack.isAsked(index, given: answers) else { return walk(index + 1) }
      for choice in selections[index] {
        answers[index] = choice
        if !walk(index + 1) { return false }
      }
      answers[index] = 0
      return true
    }
    _ = walk(0)
  }

  /// The verdicts still possible given what is known: the most severe one already certain
  /// (or the fallback), and every more severe one that could still be set.
  private func possibleVerdicts(_ partial: PartialAnswers) -> PartialAnswers.Slot {
    var certain = pack.verdicts.count - 1
    var maybe: UInt64 = 0
    func consider(_ verdict: Int, _ holds: Bool?) {
      switch holds {
      case true?: certain = min(certain, verdict)
      case nil: maybe |= 1 << verdict
      case false?: break
      }
    }
    for finding in floorFindings { consider(finding.floor ?? 0, partial.evaluate(finding.when)) }
    for (index, verdict) in pack.verdicts.enumerated() {
      if let when = verdict.when { consider(index, partial.evaluate(when)) }
    }
    let moreSevere: UInt64 = (1 << certain) - 1
    return .oneOf((1 << certain) | (maybe & moreSevere))
  }

  /// Completes the answers of the cone with the first valid answer to every other question that
  /// is asked, then checks the goal on the real engine.
  private func complete(_ partial: PartialAnswers, goal: Condition) -> Answers? {
    var answers = Answers(questionCount: pack.questions.count)
    for index in pack.questions.indices {
      if case .known(let selection) = partial.slots[index] {
        answers[index] = selection
      } else if pack.isAsked(index, given: answers) {
        answers[index] = selections[index][0]
      }
    }
    return holds(goal, for: answers) ? answers : nil
  }

  /// Whether `goal` holds for complete `answers`, reading the verdict from the engine.
  func holds(_ goal: Condition, for answers: Answers) -> Bool {
    let verdict = engine.evaluate(answers).verdict
    return goal.holds(answers.selections + [1 << verdict])
  }
}
