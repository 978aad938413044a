/// Conditions written in FHIRPath over `%resource`, the QuestionnaireResponse that
/// ``FHIRRenderer`` writes: one item per asked question, one `valueCoding` per chosen option.
struct FHIRPathCondition {
  /// The pack whose ids the conditions read.
  var pack: Pack

  /// The condition as a FHIRPath expression that is `true` or `false`, never empty.
  ///
  /// Every atom is written so that an unanswered question makes it `false` (`contains` on an
  /// empty collection is `false`; `count()` and `!=` also ask `exists()`), so `not` turns it
  /// into `true`, as in SkinQuiz.
  func expression(_ condition: Condition) -> String {
    expression(condition, nested: false)
  }

  private func expression(_ condition: Condition, nested: Bool) -> String {
    switch condition {
    case .and(let parts):
      return joined(parts, by: "and", empty: "true", nested: nested)
    case .or(let parts):
      return joined(parts, by: "or", empty: "false", nested: nested)
    case .not(let part):
      return "(\(expression(part, nested: false))).not()"
    case .atom(let atom):
      // Every atom but `answered()` is an infix expression, bracketed inside another.
      let text = expression(atom)
      return nested && atom.operation != .answered ? "(\(text))" : text
    }
  }

  private func joined(_ parts: [Condition], by word: String, empty: String, nested: Bool)
    -> String
  {
    guard parts.count > 1 else {
      return parts.first.map { expression($0, nested: nested) } ?? empty
    }
    let text = parts.map { expression($0, nested: true) }.joined(separator: " \(word) ")
    return nested ? "(\(text))" : text
  }

  private func expression(_ atom: ConditionAtom) -> String {
    // Skip logic never reads the verdict: the loader refuses it in a question's `when`.
    precondition(atom.slot < pack.questions.count, "skip logic cannot read the verdict")
    let question = pack.questions[atom.slot]
    let codes =
      "%resource.item.where(linkId = \(literal(question.id)))"
      + ".answer.value.ofType(Coding).code"
    let has = Answers.optionIndices(in: atom.mask).map {
      "\(codes) contains \(literal(question.options[$0].id))"
    }
    switch atom.operation {
    case .equals, .has: return has.joined()
    case .isOneOf, .hasAny: return joined(has, by: "or")
    case .hasAll: return joined(has, by: "and")
    case .notEquals: return "\(codes).exists() and (\(has.joined())).not()"
    case .count(let comparison, let number):
      return "\(codes).exists() and \(codes).count() \(comparison.rawValue) \(number)"
    case .answered: return "\(codes).exists()"
    }
  }

  /// Infix `tests` joined by `word`, each bracketed when there are several.
  private func joined(_ tests: [String], by word: String) -> String {
    tests.count > 1 ? tests.map { "(\($0))" }.joined(separator: " \(word) ") : tests.joined()
  }

  /// `text` as a FHIRPath string literal.
  private func literal(_ text: String) -> String {
    var escaped = "'"
    for character in text {
      if character == "\\" || character == "'" { escaped.append("\\") }
      escaped.append(character)
    }
    return escaped + "'"
  }
}
