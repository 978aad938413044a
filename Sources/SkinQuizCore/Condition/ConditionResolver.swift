/// Resolves a parsed condition against a pack's questions and verdicts, checking its types.
///
/// Every problem is reported with the offset of the word at fault; resolution goes on after a
/// problem so that one pass reports them all.
struct ConditionResolver {
  /// The questions conditions may name.
  var questions: [Question]
  /// The verdict ids, most severe first; `verdict` reads the slot after the last question.
  var verdictIDs: [String]

  /// The name conditions use for the overall verdict.
  static let verdictName = "verdict"

  /// Resolves `syntax`, returning `nil` when any problem was reported.
  ///
  /// - Parameter verdictRule: why the verdict may not be read here, or `nil` if it may.
  func resolve(
    _ syntax: ConditionSyntax, verdictRule: String?,
    report: (_ offset: Int, _ message: String) -> Void
  ) -> Condition? {
    var failed = false
    let report = { (offset: Int, message: String) in
      failed = true
      report(offset, message)
    }
    let condition = resolved(syntax, verdictRule: verdictRule, report: report)
    return failed ? nil : condition
  }

  private struct Subject {
    var slot: Int
    var kind: Question.Kind
    var name: String
    var optionIDs: [String]
    var exclusive: Set<String>
    var isVerdict: Bool

    /// What to call the options in messages.
    var optionNoun: String { isVerdict ? "a verdict" : "an option of \(Quoted.value(name))" }
  }

  private func subject(
    _ word: ConditionSyntax.Word, verdictRule: String?, report: (Int, String) -> Void
  ) -> Subject? {
    if word.text == Self.verdictName {
      if let verdictRule {
        report(word.offset, "the verdict cannot be read here: \(verdictRule)")
        return nil
      }
      return Subject(
        slot: questions.count, kind: .single, name: Self.verdictName, optionIDs: verdictIDs,
        exclusive: [], isVerdict: true)
    }
    guard let index = questions.firstIndex(where: { $0.id == word.text }) else {
      var names = questions.map(\.id)
      if verdictRule == nil { names.append(Self.verdictName) }
      report(
        word.offset,
        "unknown question \(Quoted.value(word.text))\(Suggestion.hint(for: word.text, among: names))"
      )
      return nil
    }
    let question = questions[index]
    return Subject(
      slot: index, kind: question.kind, name: question.id, optionIDs: question.options.map(\.id),
      exclusive: Set(question.options.filter(\.isExclusive).map(\.id)), isVerdict: false)
  }

  private func mask(
    of words: [ConditionSyntax.Word], in subject: Subject, report: (Int, String) -> Void
  ) -> UInt64 {
    var mask: UInt64 = 0
    // A question without options is reported where it is defined; each use would only repeat it.
    guard !subject.optionIDs.isEmpty else { return 0 }
    for word in words {
      guard let index = subject.optionIDs.firstIndex(of: word.text) else {
        let hint = Suggestion.hint(for: word.text, among: subject.optionIDs)
        let valid = subject.optionIDs.joined(separator: ", ")
        report(
          word.offset,
          "\(Quoted.value(word.text)) is not \(subject.optionNoun)\(hint); valid: \(valid)")
        continue
      }
      if mask & (1 << index) != 0 {
        report(word.offset, "\(Quoted.value(word.text)) is listed twice")
      }
      mask |= 1 << index
    }
    return mask
  }

  private func resolved(
    _ syntax: ConditionSyntax, verdictRule: String?, report: (Int, String) -> Void
  ) -> Condition {
    switch syntax {
    case .and(let parts):
      return .and(parts.map { resolved($0, verdictRule: verdictRule, report: report) })
    case .or(let parts):
      return .or(parts.map { resolved($0, verdictRule: verdictRule, report: report) })
    case .not(let part):
      return .not(resolved(part, verdictRule: verdictRule, report: report))
    case .answered(let word):
      guard let subject = subject(word, verdictRule: verdictRule, report: report) else {
        return .and([])
      }
      if subject.isVerdict {
        report(word.offset, "the verdict is always known: answered(verdict) is always true")
      }
      return .atom(ConditionAtom(slot: subject.slot, operation: .answered))
    case .count(let word, let comparison, let number, let numberWord):
      guard let subject = subject(word, verdictRule: verdictRule, report: report) else {
        return .and([])
      }
      checkCount(of: subject, at: word, comparison, number, numberWord, report: report)
      return .atom(ConditionAtom(slot: subject.slot, operation: .count(comparison, number)))
    case .atom(let word, let operation, let values):
      guard let subject = subject(word, verdictRule: verdictRule, report: report) else {
        return .and([])
      }
      let mask = mask(of: values, in: subject, report: report)
      check(operation, on: subject, at: word, values: values, report: report)
      let kind: ConditionAtom.Operation =
        switch operation {
        case .equals: .equals
        case .notEquals: .notEquals
        case .isOneOf: .isOneOf
        case .has: .has
        case .hasAny: .hasAny
        case .hasAll: .hasAll
        }
      return .atom(ConditionAtom(slot: subject.slot, operation: kind, mask: mask))
    }
  }

  /// Reports a `count()` of a single-valued subject, or one compared with more options than
  /// it has.
  private func checkCount(
    of subject: Subject, at word: ConditionSyntax.Word, _ comparison: Comparison,
    _ number: Int, _ numberWord: ConditionSyntax.Word, report: (Int, String) -> Void
  ) {
    if !subject.kind.takesSeveralOptions {
      report(
        word.offset,
        "count() needs a multi question, but '\(subject.name)' takes exactly one "
          + (subject.isVerdict ? "value" : "option"))
    } else if number > subject.optionIDs.count,
      [.equal, .greaterOrEqual, .greater].contains(comparison)
    {
      report(
        numberWord.offset,
        "'\(subject.name)' has only \(subject.optionIDs.count) options, "
          + "so count(\(subject.name)) is never \(number)")
    }
  }

  /// Reports an operation that does not fit the subject's kind, and `has all` with an
  /// exclusive option, which can never hold.
  private func check(
    _ operation: ConditionSyntax.Operation, on subject: Subject, at word: ConditionSyntax.Word,
    values: [ConditionSyntax.Word], report: (Int, String) -> Void
  ) {
    let what = subject.isVerdict ? "the verdict" : "'\(subject.name)'"
    switch (operation, subject.kind) {
    case (.equals, .multi), (.notEquals, .multi), (.isOneOf, .multi):
      report(
        word.offset,
        "'\(subject.name)' is a multi question: use 'has', 'has any' or 'has all' "
          + "instead of '\(operation.rawValue)'")
    case (.has, .single), (.hasAny, .single), (.hasAll, .single):
      report(
        word.offset,
        "\(what) takes exactly one value: use '=' or 'in' instead of '\(operation.rawValue)'")
    case (.hasAll, .multi):
      let exclusive = values.filter { subject.exclusive.contains($0.text) }
      if values.count > 1, let first = exclusive.first {
        report(
          first.offset,
          "'has all' with the exclusive option '\(first.text)' can never be true: "
            + "'\(first.text)' is always chosen alone")
      }
    case (.equals, .single), (.notEquals, .single), (.isOneOf, .single), (.has, .multi),
      (.hasAny, .multi):
      break
    }
  }
}
