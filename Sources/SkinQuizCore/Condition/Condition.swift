/// A condition of the pack's language, resolved against the questions: skip logic, a finding's
/// `when` or a verdict's `when`.
///
/// Conditions read answers as bit sets (see ``Answers``). A question that was not asked has no
/// value, so every atom on it is false except that `not answered(q)` is true.
///
/// Only `not` is boxed: the lists are on the heap already and an atom is a small value, so leaves
/// cost no allocation, and the payloads are plain pointers that leak checkers can follow
/// (a fully `indirect` enum hides its tag in the spare bits of every pointer, and valgrind and
/// LeakSanitizer then report a global pack's boxes as lost).
public enum Condition: Hashable, Sendable {
  /// All of the conditions hold.
  case and([Condition])
  /// At least one of the conditions holds.
  case or([Condition])
  /// The condition does not hold.
  indirect case not(Condition)
  /// An atom of one question's answer (or of the verdict).
  case atom(ConditionAtom)

  /// Whether the condition holds for `selections` (one bit set per slot, see ``Answers``).
  @inlinable
  public func holds(_ selections: [UInt64]) -> Bool {
    switch self {
    case .and(let parts): return parts.allSatisfy { $0.holds(selections) }
    case .or(let parts): return parts.contains { $0.holds(selections) }
    case .not(let part): return !part.holds(selections)
    case .atom(let atom): return atom.holds(selections[atom.slot])
    }
  }

  /// Every atom in the condition, left to right.
  public var atoms: [ConditionAtom] {
    switch self {
    case .and(let parts), .or(let parts): return parts.flatMap(\.atoms)
    case .not(let part): return part.atoms
    case .atom(let atom): return [atom]
    }
  }

  /// The slots (question indices, or the verdict slot) the condition reads.
  public var slots: Set<Int> { Set(atoms.map(\.slot)) }
}

/// An atom of a condition: one operation on the answer in one slot.
public struct ConditionAtom: Hashable, Sendable {
  /// What the atom checks.
  public enum Operation: Hashable, Sendable {
    /// `q = o`: the single answer is exactly the option in `mask`.
    case equals
    /// `q != o`: answered, with another option.
    case notEquals
    /// `q in [a, b]`: the single answer is one of the options in `mask`.
    case isOneOf
    /// `q has o`: the multi answer includes the option in `mask`.
    case has
    /// `q has any [a, b]`: the multi answer includes at least one option in `mask`.
    case hasAny
    /// `q has all [a, b]`: the multi answer includes every option in `mask`.
    case hasAll
    /// `count(q) op n`: the number of options chosen compares with `n`.
    case count(Comparison, Int)
    /// `answered(q)`: the question was answered.
    case answered
  }

  /// The question index, or the pack's verdict slot (one past the last question).
  public var slot: Int
  /// What the atom checks.
  public var operation: Operation
  /// The options the atom names, as a bit set.
  public var mask: UInt64

  /// Creates an atom.
  public init(slot: Int, operation: Operation, mask: UInt64 = 0) {
    self.slot = slot
    self.operation = operation
    self.mask = mask
  }

  /// Whether the atom holds for `selection`, the bit set of options chosen in its slot.
  @inlinable
  public func holds(_ selection: UInt64) -> Bool {
    guard selection != 0 else { return false }
    switch operation {
    case .equals: return selection == mask
    case .notEquals: return selection != mask
    case .isOneOf, .has, .hasAny: return selection & mask != 0
    case .hasAll: return selection & mask == mask
    case .count(let comparison, let number):
      return comparison.holds(selection.nonzeroBitCount, number)
    case .answered: return true
    }
  }
}

/// A comparison of counts in `count(q) op n`.
public enum Comparison: String, Hashable, Sendable, CaseIterable {
  /// `=`
  case equal = "="
  /// `!=`
  case notEqual = "!="
  /// `<`
  case less = "<"
  /// `<=`
  case lessOrEqual = "<="
  /// `>`
  case greater = ">"
  /// `>=`
  case greaterOrEqual = ">="

  /// Whether `lhs op rhs` holds.
  @inlinable
  public func holds(_ lhs: Int, _ rhs: Int) -> Bool {
    switch self {
    case .equal: return lhs == rhs
    case .notEqual: return lhs != rhs
    case .less: return lhs < rhs
    case .lessOrEqual: return lhs <= rhs
    case .greater: return lhs > rhs
    case .greaterOrEqual: return lhs >= rhs
    }
  }
}
