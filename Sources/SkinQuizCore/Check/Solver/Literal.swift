/// A variable of a propositional formula, or its negation.
///
/// Stored as one number, twice the variable plus one when negated, so that a literal and its
/// negation are neighbours and index the solver's watch lists directly.
struct Literal: Hashable {
  /// Twice the variable, plus one when negated.
  let code: Int

  /// The variable `variable`, negated or not.
  init(variable: Int, negated: Bool = false) {
    code = variable << 1 | (negated ? 1 : 0)
  }

  private init(code: Int) {
    self.code = code
  }

  /// The variable the literal reads.
  var variable: Int { code >> 1 }

  /// Whether the literal is the variable's negation.
  var isNegated: Bool { code & 1 == 1 }

  /// The opposite literal.
  static prefix func ! (literal: Literal) -> Literal {
    Literal(code: literal.code ^ 1)
  }
}
