/// Puts into words why a condition holds: the answers that made it true.
struct Explanation {
  var pack: Pack
  /// The answers, plus the verdict in the last slot.
  var selections: [UInt64]

  /// The reasons `condition` holds, in order, each once.
  func reasons(_ condition: Condition) -> [String] {
    var unique: [String] = []
    // A handful at most: a linear search is cheaper than hashing every sentence.
    for reason in reasons(condition, holding: true) where !unique.contains(reason) {
      unique.append(reason)
    }
    return unique
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
    case .atom(let atom):
      return [sentence(for: atom, holding: holding)]
    }
  }

  private func sentence(for atom: ConditionAtom, holding: Bool) -> String {
    let selection = selections[atom.slot]
    guard atom.slot < pack.questions.count else {
      let verdict = pack.verdicts[selection.trailingZeroBitCount]
      return "Your overall result is “\(verdict.title)”"
    }
    let question = pack.questions[atom.slot]
    guard selection != 0 else { return "You were not asked “\(question.text)”" }
    let options = question.options
    let valid: UInt64 = options.count >= 64 ? .max : (1 << UInt64(options.count)) - 1
    guard selection & valid != 0 else { return "You were not asked “\(question.text)”" }
    // Each sentence builds only the lists it says: this runs for every reason of every finding.
    let labels = { (mask: UInt64) in
      Answers.optionIndices(in: mask & valid).map { options[$0].label }
    }
    switch atom.operation {
    case .has, .hasAny, .hasAll:
      if holding {
        return "You chose \(Self.list(labels(selection & atom.mask))) for “\(question.text)”"
      }
      if atom.operation == .hasAll {
        return
          "You did not choose \(Self.list(labels(atom.mask & ~selection))) for “\(question.text)”"
      }
      let named = labels(atom.mask)
      return named.count == 1
        ? "You did not choose \(Self.list(named)) for “\(question.text)”"
        : "You chose none of \(Self.list(named, conjunction: "or")) for “\(question.text)”"
    case .count:
      let count = selection.nonzeroBitCount
      return "You chose \(count) option\(count == 1 ? "" : "s") for “\(question.text)”"
    case .equals, .notEquals, .isOneOf, .answered:
      let chosen = labels(selection)
      switch question.kind {
      case .single: return "You answered “\(chosen[0])” to “\(question.text)”"
      case .multi: return "You chose \(Self.list(chosen)) for “\(question.text)”"
      }
    }
  }

  /// “A”, “A” and “B”, or “A”, “B” and “C”.
  static func list(_ labels: [String], conjunction: String = "and") -> String {
    labels.map { "“\($0)”" }.inWords(conjunction)
  }
}
