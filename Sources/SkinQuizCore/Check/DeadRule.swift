/// Explains why a condition can never hold for reachable answers.
enum DeadRule {
  /// The smallest part of `condition` that can never hold, in words.
  ///
  /// Each part that must hold (a conjunct of the top-level `and`, or the whole condition) is
  /// tried alone, then in pairs, so a negated atom is blamed only when it can never be false.
  static func why(_ condition: Condition, pack: Pack, space: AnswerSpace) -> String {
    func possible(_ part: Condition) -> Bool {
      if case .impossible = space.witness(for: part) { return false }
      return true
    }
    let parts: [Condition]
    if case .and(let conjuncts) = condition { parts = conjuncts } else { parts = [condition] }
    for part in parts where !possible(part) {
      var reason = "'\(part.description(in: pack))' is never true for reachable answers"
      if case .atom(let atom) = part, atom.slot < pack.questions.count,
        let when = pack.questions[atom.slot].when
      {
        reason +=
          " ('\(pack.questions[atom.slot].id)' is asked only when \(when.description(in: pack)))"
      }
      return reason
    }
    // Pairs grow with the square of the parts; past a dozen the whole is reported instead.
    if parts.count > 1, parts.count <= 12 {
      for (i, first) in parts.enumerated() {
        for second in parts[(i + 1)...] where !possible(.and([first, second])) {
          return "'\(first.description(in: pack))' and '\(second.description(in: pack))' "
            + "never hold together for reachable answers"
        }
      }
    }
    return "no reachable answers make '\(condition.description(in: pack))' true"
  }
}
