/// Explains why a condition can never hold for reachable answers.
enum DeadRule {
  /// The smallest part of `condition` that can never hold, in words.
  static func why(_ condition: Condition, pack: Pack, space: AnswerSpace) -> String {
    func possible(_ part: Condition) -> Bool {
      if case .impossible = space.witness(for: part) { return false }
      return true
    }
    for test in condition.tests where !possible(.test(test)) {
      var reason = "'\(test.description(in: pack))' is never true for reachable answers"
      if test.slot < pack.questions.count, let when = pack.questions[test.slot].when {
        reason +=
          " ('\(pack.questions[test.slot].id)' is asked only when \(when.description(in: pack)))"
      }
      return reason
    }
    if case .and(let parts) = condition {
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
