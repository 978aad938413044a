import Fixtures
import Testing

@testable import SkinQuizCore

/// The solver finds a model exactly when one exists, and its models satisfy every clause.
@Suite struct CDCLTests {
  /// A formula over `count` fresh variables (1 to `count`) with `clauses`, each literal written
  /// as a variable number, negative when negated.
  private func formula(variables count: Int, _ clauses: [[Int]]) -> ClauseSet {
    var set = ClauseSet()
    for _ in 0..<count { _ = set.newVariable() }
    for clause in clauses {
      set.add(clause.map { Literal(variable: abs($0), negated: $0 < 0) })
    }
    return set
  }

  private func satisfies(_ model: [Bool], _ set: ClauseSet) -> Bool {
    set.clauses.allSatisfy { clause in
      clause.contains { model[$0.variable] != $0.isNegated }
    }
  }

  @Test func a_satisfiable_formula_gets_a_model_of_every_clause() {
    let set = formula(variables: 4, [[1, 2], [-1, 3], [-3, -2], [4, -1], [-4, 2, 3]])
    var solver = CDCL(set, groups: [])
    let model = solver.solve()
    #expect(model.map { satisfies($0, set) } == true)
  }

  @Test func four_pigeons_in_three_holes_is_unsatisfiable() {
    // Variable 3p + h + 1: pigeon p is in hole h.
    let pigeon = { (p: Int, h: Int) in 3 * p + h + 1 }
    var clauses = (0..<4).map { p in (0..<3).map { pigeon(p, $0) } }
    for h in 0..<3 {
      for p in 0..<4 {
        for q in (p + 1)..<4 { clauses.append([-pigeon(p, h), -pigeon(q, h)]) }
      }
    }
    var solver = CDCL(formula(variables: 12, clauses), groups: [])
    #expect(solver.solve() == nil)
  }

  @Test func contradictory_unit_clauses_and_the_empty_clause_are_unsatisfiable() {
    var units = CDCL(formula(variables: 1, [[1], [-1]]), groups: [])
    #expect(units.solve() == nil)
    var empty = CDCL(formula(variables: 1, [[1], []]), groups: [])
    #expect(empty.solve() == nil)
  }

  @Test func a_group_gets_its_first_variable_that_can_be_true_and_no_other() {
    let group = [[1, 2, 3]]
    var free = CDCL(formula(variables: 3, [[1, 2, 3]]), groups: group)
    #expect(free.solve()?.dropFirst() == [true, false, false])
    var blocked = CDCL(formula(variables: 3, [[1, 2, 3], [-1]]), groups: group)
    #expect(blocked.solve()?.dropFirst() == [false, true, false])
  }

  @Test func agrees_with_trying_every_assignment_on_random_formulas() {
    var generator = SplitMix64(state: 7)
    let variables = 8
    for _ in 0..<400 {
      let clauses = (0..<(6 + generator.below(30))).map { _ in
        (0...generator.below(3)).map { _ in
          (1 + generator.below(UInt64(variables))) * (generator.below(2) == 0 ? 1 : -1)
        }
      }
      let set = formula(variables: variables, clauses)
      let exists = (0..<(1 << variables)).contains { bits in
        satisfies([true] + (0..<variables).map { bits >> $0 & 1 == 1 }, set)
      }
      var solver = CDCL(set, groups: [[1, 2, 3], [4, 5]])
      let model = solver.solve()
      #expect((model != nil) == exists, "\(clauses)")
      if let model { #expect(satisfies(model, set), "\(clauses)") }
    }
  }
}
