/// Puts into words why a condition holds: the answers that made it true.
struct Explanation {
  var pack: Pack
  /// The answers, plus the verdict in the last slot.
  var selections: [UInt64]

  /// The reasons `condition` holds, in order, each once.
  func reasons(_ condition: Condition) -> [String] {
    var seen = Set<String>()
    return reasons(condition, holding: true).filter { seen.insert($0).inserted }
  }

  /// The reasons `condition` evaluates to `holding`.
  private func reasons(_ condition: Condition, holding: Bool) -> [String] {
    switch condition {
    case .not(let part):
      return reasons(part, holding: !holding)
    case .and(let parts) where holding, .or(let parts) where !holding:
      return parts.flatMap { reasons($0, holding: holding) }
    case .and(let parts):
      // One part that fails is enough to say why the whole fails.
      return parts.first { !$0.holds(selections) }.map { reasons($0, holding: false) } ?? []
    case .or(let parts):
      return parts.filter { $0.holds(selections) }.flatMap { reasons($0, holding: true) }
    case .test(let test):
      return [sentence(for: test, holding: holding)]
    }
  }

  private func sentence(for test: ConditionTest, holding: Bool) -> String {
    let selection = selections[test.slot]
    guard test.slot < pack.questions.count else {
      let verdict = pack.verdicts[selection.trailingZeroBitCount]
      return "Your overall result is “\(verdict.title)”"
    }
    let question = pack.questions[test.slot]
    guard selection != 0 else { return "You were not asked “\(question.text)”" }
    let chosen = Answers.optionIndices(in: selection).filter { $0 < question.options.count }
      .map { question.options[$0] }
    guard !chosen.isEmpty else { return "You were not asked “\(question.text)”" }
    let factual =
      question.kind == .single
      ? "You answered “\(chosen[0].label)” to “\(question.text)”"
      : "You chose \(Self.list(chosen.map(\.label))) for “\(question.text)”"
    switch test.operation {
    case .has, .hasAny, .hasAll:
      let named = Answers.optionIndices(in: test.mask).map { question.options[$0].label }
      if holding {
        let matched = Answers.optionIndices(in: selection & test.mask).map {
          question.options[$0].label
        }
        return "You chose \(Self.list(matched)) for “\(question.text)”"
      }
      if test.operation == .hasAll {
        let missing = Answers.optionIndices(in: test.mask & ~selection).map {
          question.options[$0].label
        }
        return "You did not choose \(Self.list(missing)) for “\(question.text)”"
      }
      return named.count == 1
        ? "You did not choose \(Self.list(named)) for “\(question.text)”"
        : "You chose none of \(Self.list(named, conjunction: "or")) for “\(question.text)”"
    case .count:
      let count = selection.nonzeroBitCount
      return "You chose \(count) option\(count == 1 ? "" : "s") for “\(question.text)”"
    case .equals, .notEquals, .isOneOf, .answered:
      return factual
    }
  }

  /// “A”, “A” and “B”, or “A”, “B” and “C”.
  static func list(_ labels: [String], conjunction: String = "and") -> String {
    let quoted = labels.map { "“\($0)”" }
    guard quoted.count > 1, let last = quoted.last else { return quoted.first ?? "" }
    return quoted.dropLast().joined(separator: ", ") + " \(conjunction) " + last
  }
}
