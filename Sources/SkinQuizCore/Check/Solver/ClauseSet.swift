/// A formula in conjunctive normal form: variables and the clauses that must all hold.
///
/// Variable 0 is always true (its unit clause is the first), so that constant conditions (an
/// empty `and`, an empty `or`) are literals like any other.
struct ClauseSet {
  /// How many variables there are; they are numbered from 0.
  private(set) var variableCount = 1
  /// The clauses, each a disjunction of literals.
  private(set) var clauses: [[Literal]] = [[Literal(variable: 0)]]

  /// The literal that is always true.
  let truth = Literal(variable: 0)

  /// A new variable, as its positive literal.
  mutating func newVariable() -> Literal {
    defer { variableCount += 1 }
    return Literal(variable: variableCount)
  }

  /// Adds a clause: at least one of `literals` holds.
  ///
  /// A literal given twice is kept once, and a clause holding a literal and its negation is
  /// dropped: it always holds, and the solver's two watched literals must differ.
  mutating func add(_ literals: [Literal]) {
    var clause: [Literal] = []
    for literal in literals where !clause.contains(literal) {
      if clause.contains(!literal) { return }
      clause.append(literal)
    }
    clauses.append(clause)
  }

  /// A literal that holds exactly when all of `literals` hold (a Tseitin AND gate).
  mutating func and(_ literals: [Literal]) -> Literal {
    let inputs = literals.filter { $0 != truth }
    if inputs.contains(!truth) { return !truth }
    if inputs.count <= 1 { return inputs.first ?? truth }
    let gate = newVariable()
    for input in inputs { add([!gate, input]) }
    add([gate] + inputs.map { !$0 })
    return gate
  }

  /// A literal that holds exactly when at least one of `literals` holds (a Tseitin OR gate).
  mutating func or(_ literals: [Literal]) -> Literal {
    !and(literals.map { !$0 })
  }
}
