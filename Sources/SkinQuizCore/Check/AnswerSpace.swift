#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

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
  /// The most answers one question may contribute to a search before it is undecided.
  static let choiceLimit = 1 << 16
  private let floorFindings: [Finding]

  init(pack: Pack) {
    self.pack = pack
    engine = Engine(pack: pack)
    floorFindings = pack.findings.filter { $0.floor != nil }
  }

  /// An upper bound on the number of reachable answer sets, as its base-10 logarithm.
  ///
  /// The product of each question's number of valid answers (one more where skip logic may
  /// leave it out). A logarithm, because a clinic's pack can pass the largest `Double` (10^308).
  var sizeBoundLog10: Double {
    pack.questions.reduce(0.0) { sum, question in
      let exclusive = Double(question.exclusiveMask.nonzeroBitCount)
      let shared = Double(question.options.count) - exclusive
      let skipped = question.when == nil ? 0.0 : 1.0
      switch question.kind {
      case .single:
        return sum + log10(Double(question.options.count) + skipped)
      case .multi:
        // log10(2^shared - 1 + exclusive + skipped), without forming 2^shared when it is huge.
        let rest = exclusive + skipped - 1
        let log2 = shared + (shared < 1000 ? log2(1 + rest / pow(2, shared)) : 0)
        return sum + log2 * log10(2.0)
      }
    }
  }

  /// The questions a goal depends on, in pack order, and every condition that decides it:
  /// the goal, the verdict's conditions when it reads the verdict, and the skip logic of those
  /// questions.
  func cone(of goal: Condition) -> (questions: [Int], conditions: [Condition]) {
    var conditions = [goal]
    if goal.slots.contains(pack.verdictSlot) {
      conditions += floorFindings.map(\.when) + pack.verdicts.compactMap(\.when)
    }
    var questions = Set(conditions.flatMap(\.slots).filter { $0 < pack.questions.count })
    var frontier = Array(questions)
    while let index = frontier.popLast() {
      guard let when = pack.questions[index].when else { continue }
      conditions.append(when)
      for ancestor in when.slots where questions.insert(ancestor).inserted {
        frontier.append(ancestor)
      }
    }
    return (questions.sorted(), conditions)
  }

  /// The answers to try for a question: enough to reach every outcome of the atoms that read
  /// it, and no more.
  ///
  /// Options no atom names behave alike, so one of them stands for all; only `count()` needs
  /// every combination. `nil` when that is more than ``choiceLimit``.
  func choices(for index: Int, atoms: [ConditionAtom]) -> [UInt64]? {
    let question = pack.questions[index]
    let reading = atoms.filter { $0.slot == index }
    if reading.contains(where: { if case .count = $0.operation { true } else { false } }) {
      let shared = question.options.count - question.exclusiveMask.nonzeroBitCount
      switch question.kind {
      case .single: break
      case .multi: guard shared <= 16 else { return nil }
      }
      return pack.validSelections(for: index)
    }
    let all: UInt64 = question.options.count == 64 ? .max : (1 << question.options.count) - 1
    let named = reading.reduce(0) { $0 | $1.mask } & all
    let unnamed = all & ~named
    // One option no atom names, alone, stands for every answer the atoms cannot tell apart.
    var result: [UInt64] = unnamed == 0 ? [] : [1 << unnamed.trailingZeroBitCount]
    switch question.kind {
    case .single:
      result += Answers.optionIndices(in: named).map { 1 << $0 }
    case .multi:
      let shared = named & ~question.exclusiveMask
      guard shared.nonzeroBitCount <= 16 else { return nil }
      var subset: UInt64 = 0
      repeat {  // every non-empty subset of the named shared options, smallest first
        subset = (subset &- shared) & shared
        if subset != 0 { result.append(subset) }
      } while subset != 0
      result += Answers.optionIndices(in: named & question.exclusiveMask).map { 1 << $0 }
    }
    return result
  }

  /// Searches for reachable answers that make `goal` true.
  func witness(for goal: Condition) -> Outcome {
    let (order, conditions) = cone(of: goal)
    let atoms = conditions.flatMap(\.atoms)
    var candidates: [Int: [UInt64]] = [:]
    for index in order {
      guard let list = choices(for: index, atoms: atoms) else { return .undecided }
      candidates[index] = list
    }
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
      let answers: [UInt64] = asked == false ? [0] : candidates[index] ?? []
      var sawUndecided = false
      for answer in answers {
        partial.slots[index] = .known(answer)
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
      for choice in pack.validSelections(for: index) {
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
        answers[index] = 1  // the first option alone is a valid answer to any question
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
