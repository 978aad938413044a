extension Condition {
  /// The condition written back in the pack's language, with the pack's ids.
  public func description(in pack: Pack) -> String {
    description(in: pack, nested: false)
  }

  private func description(in pack: Pack, nested: Bool) -> String {
    switch self {
    case .and(let parts):
      if parts.isEmpty { return "true" }
      let text = parts.map { $0.description(in: pack, nested: true) }.joined(separator: " and ")
      return nested && parts.count > 1 ? "(\(text))" : text
    case .or(let parts):
      if parts.isEmpty { return "false" }
      let text = parts.map { $0.description(in: pack, nested: true) }.joined(separator: " or ")
      return nested && parts.count > 1 ? "(\(text))" : text
    case .not(let part):
      return "not " + part.description(in: pack, nested: true)
    case .atom(let atom):
      return atom.description(in: pack)
    }
  }
}

extension ConditionAtom {
  /// The atom written back in the pack's language, with the pack's ids.
  public func description(in pack: Pack) -> String {
    let subject = pack.slotName(slot)
    let names = pack.valueIDs(slot: slot, mask: mask)
    let list = "[" + names.joined(separator: ", ") + "]"
    switch operation {
    case .equals: return "\(subject) = \(names.first ?? "")"
    case .notEquals: return "\(subject) != \(names.first ?? "")"
    case .isOneOf: return "\(subject) in \(list)"
    case .has: return "\(subject) has \(names.first ?? "")"
    case .hasAny: return "\(subject) has any \(list)"
    case .hasAll: return "\(subject) has all \(list)"
    case .count(let comparison, let number):
      return "count(\(subject)) \(comparison.rawValue) \(number)"
    case .answered: return "answered(\(subject))"
    }
  }
}

extension Pack {
  /// The id conditions use for a slot: a question id, or `verdict`.
  func slotName(_ slot: Int) -> String {
    slot < questions.count ? questions[slot].id : ConditionResolver.verdictName
  }

  /// The option (or verdict) ids of the bits set in `mask` for a slot.
  func valueIDs(slot: Int, mask: UInt64) -> [String] {
    Answers.optionIndices(in: mask).map {
      slot < questions.count ? questions[slot].options[$0].id : verdicts[$0].id
    }
  }
}
