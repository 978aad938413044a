/// Answers that are only partly known, for deciding conditions before every question is
/// answered: progress estimates and the proofs of `skinquiz check`.
struct PartialAnswers {
  /// What is known about one slot.
  enum Slot: Equatable {
    /// Not known yet: any valid answer, or none, is possible.
    case unknown
    /// Known: this bit set (0 means not asked).
    case known(UInt64)
    /// One of these single-bit values (used for the verdict while it is being narrowed).
    case oneOf(UInt64)
  }

  var slots: [Slot]

  /// Whether `condition` holds (`true`), fails (`false`) or could go either way (`nil`).
  func evaluate(_ condition: Condition) -> Bool? {
    switch condition {
    case .and(let parts):
      var result: Bool? = true
      for part in parts {
        switch evaluate(part) {
        case false?: return false
        case nil: result = nil
        case true?: break
        }
      }
      return result
    case .or(let parts):
      var result: Bool? = false
      for part in parts {
        switch evaluate(part) {
        case true?: return true
        case nil: result = nil
        case false?: break
        }
      }
      return result
    case .not(let part):
      return evaluate(part).map { !$0 }
    case .atom(let atom):
      switch slots[atom.slot] {
      case .unknown:
        return nil
      case .known(let selection):
        return atom.holds(selection)
      case .oneOf(let values):
        var sawTrue = false
        var sawFalse = false
        for bit in Answers.optionIndices(in: values) {
          if atom.holds(1 << bit) { sawTrue = true } else { sawFalse = true }
        }
        return sawTrue && sawFalse ? nil : sawTrue
      }
    }
  }
}
