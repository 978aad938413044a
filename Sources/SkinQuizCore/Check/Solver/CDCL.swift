/// A conflict-driven clause-learning SAT solver: decides whether a ``ClauseSet`` has a model,
/// and gives one when it has.
///
/// Unit propagation with two watched literals, first-UIP learning and backjumping. Decisions
/// follow a fixed order and a fixed preference, so the same formula always gives the same
/// model: `skinquiz check` prints it as a counterexample, and it must not change from run to
/// run. The preference picks, in each group of variables (a question's options), the first
/// variable that can be true and leaves the rest false, so models answer with as few and as
/// early options as the formula allows.
struct CDCL {
  /// Each variable's value: 0 unknown, 1 true, -1 false.
  private var values: [Int8]
  /// Each variable's decision level, while it has a value.
  private var levels: [Int]
  /// The clause that forced each variable's value, or -1 for a decision.
  private var reasons: [Int]
  private var clauses: [[Literal]]
  /// By literal code: the clauses watching that literal, visited when it becomes false.
  private var watches: [[Int]]
  /// The literals made true, in order.
  private var trail: [Literal] = []
  /// Where each decision level starts in `trail`.
  private var levelStarts: [Int] = []
  /// How much of `trail` has been propagated.
  private var propagated = 0
  /// Every variable, in the order decisions take them.
  private let order: [Int]
  /// Every variable before this place in `order` has a value.
  private var cursor = 0
  /// Each variable's group in `groups`, or -1.
  private let groupOf: [Int]
  private let groups: [[Int]]
  /// Scratch marks for conflict analysis, by variable.
  private var seen: [Bool]
  /// Set when the clauses contradict each other at level 0.
  private var contradiction = false

  /// Prepares to solve `formula`, deciding the variables of `groups` first, group by group in
  /// order, then the others; in each group, the first variable that can be true is tried true.
  init(_ formula: ClauseSet, groups: [[Int]]) {
    let count = formula.variableCount
    values = Array(repeating: 0, count: count)
    levels = Array(repeating: 0, count: count)
    reasons = Array(repeating: -1, count: count)
    seen = Array(repeating: false, count: count)
    watches = Array(repeating: [], count: 2 * count)
    clauses = []
    var ordered = Array(repeating: false, count: count)
    for variable in groups.joined() { ordered[variable] = true }
    order = Array(groups.joined()) + (0..<count).filter { !ordered[$0] }
    var groupOf = Array(repeating: -1, count: count)
    for (index, group) in groups.enumerated() {
      for variable in group { groupOf[variable] = index }
    }
    self.groupOf = groupOf
    self.groups = groups
    for clause in formula.clauses { addInitial(clause) }
  }

  /// A model, as each variable's value, or `nil` when the formula has none.
  mutating func solve() -> [Bool]? {
    guard !contradiction else { return nil }
    while true {
      if let conflict = propagate() {
        guard !levelStarts.isEmpty else { return nil }
        let (learnt, level) = analyze(conflict)
        backtrack(to: level)
        learn(learnt)
      } else if !decide() {
        return values.map { $0 == 1 }
      }
    }
  }

  // MARK: - Clauses

  private func value(_ literal: Literal) -> Int8 {
    literal.isNegated ? -values[literal.variable] : values[literal.variable]
  }

  private mutating func addInitial(_ clause: [Literal]) {
    switch clause.count {
    case 0: contradiction = true
    case 1:
      switch value(clause[0]) {
      case 0: assign(clause[0], reason: -1)
      case -1: contradiction = true
      default: break
      }
    default: watch(clause)
    }
  }

  /// Adds a clause of two or more literals, watching its first two.
  @discardableResult
  private mutating func watch(_ clause: [Literal]) -> Int {
    clauses.append(clause)
    watches[clause[0].code].append(clauses.count - 1)
    watches[clause[1].code].append(clauses.count - 1)
    return clauses.count - 1
  }

  private mutating func assign(_ literal: Literal, reason: Int) {
    values[literal.variable] = literal.isNegated ? -1 : 1
    levels[literal.variable] = levelStarts.count
    reasons[literal.variable] = reason
    trail.append(literal)
  }

  // MARK: - Search

  /// Makes every literal that a clause forces true; returns a clause all of whose literals are
  /// false, if one turns up.
  private mutating func propagate() -> Int? {
    while propagated < trail.count {
      let falsified = !trail[propagated]
      propagated += 1
      // Taken out while visited: visiting moves clauses to other literals' lists.
      var list = watches[falsified.code]
      watches[falsified.code] = []
      var kept = 0
      var next = 0
      var conflict: Int?
      while next < list.count, conflict == nil {
        let index = list[next]
        next += 1
        if clauses[index][0] == falsified { clauses[index].swapAt(0, 1) }
        let first = clauses[index][0]
        if value(first) != 1, findNewWatch(index) { continue }
        list[kept] = index
        kept += 1
        switch value(first) {
        case 0: assign(first, reason: index)
        case -1: conflict = index
        default: break
        }
      }
      list.removeSubrange(kept..<next)
      watches[falsified.code] = list
      if let conflict { return conflict }
    }
    return nil
  }

  /// Moves a literal of the clause that is not false into its second place and watches it;
  /// whether there was one.
  private mutating func findNewWatch(_ index: Int) -> Bool {
    for place in clauses[index].indices.dropFirst(2) where value(clauses[index][place]) != -1 {
      clauses[index].swapAt(1, place)
      watches[clauses[index][1].code].append(index)
      return true
    }
    return false
  }

  /// Decides the next variable without a value; `false` when every variable has one.
  private mutating func decide() -> Bool {
    while cursor < order.count, values[order[cursor]] != 0 { cursor += 1 }
    guard cursor < order.count else { return false }
    let variable = order[cursor]
    let group = groupOf[variable]
    let preferTrue = group >= 0 && !groups[group].contains { values[$0] == 1 }
    levelStarts.append(trail.count)
    assign(Literal(variable: variable, negated: !preferTrue), reason: -1)
    return true
  }

  /// The first-UIP clause learnt from a conflict, its asserting literal first and a literal of
  /// the level to jump back to second, and that level.
  private mutating func analyze(_ conflict: Int) -> (learnt: [Literal], level: Int) {
    var learnt = [Literal(variable: 0)]  // the asserting literal goes here
    var pending = 0
    var clause = conflict
    var place = trail.count - 1
    var resolved = Literal(variable: 0)  // always true, so never in a learnt clause
    repeat {
      for literal in clauses[clause] where literal != resolved {
        let variable = literal.variable
        guard !seen[variable], levels[variable] > 0 else { continue }
        seen[variable] = true
        if levels[variable] == levelStarts.count {
          pending += 1
        } else {
          learnt.append(literal)
        }
      }
      while !seen[trail[place].variable] { place -= 1 }
      let literal = trail[place]
      place -= 1
      resolved = literal
      clause = reasons[literal.variable]
      seen[literal.variable] = false
      pending -= 1
    } while pending > 0
    learnt[0] = !resolved
    for literal in learnt.dropFirst() { seen[literal.variable] = false }
    var level = 0
    if learnt.count > 1 {
      let deepest =
        learnt.indices.dropFirst().max {
          levels[learnt[$0].variable] < levels[learnt[$1].variable]
        } ?? 1
      learnt.swapAt(1, deepest)
      level = levels[learnt[1].variable]
    }
    return (learnt, level)
  }

  /// Undoes every assignment above decision level `level`.
  private mutating func backtrack(to level: Int) {
    guard level < levelStarts.count else { return }
    let start = levelStarts[level]
    for literal in trail[start...] {
      values[literal.variable] = 0
      reasons[literal.variable] = -1
    }
    trail.removeLast(trail.count - start)
    levelStarts.removeLast(levelStarts.count - level)
    propagated = trail.count
    cursor = 0
  }

  /// Adds a learnt clause and makes its asserting literal true.
  private mutating func learn(_ learnt: [Literal]) {
    if learnt.count == 1 {
      assign(learnt[0], reason: -1)
    } else {
      assign(learnt[0], reason: watch(learnt))
    }
  }
}
