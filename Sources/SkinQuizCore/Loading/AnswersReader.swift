/// Reads a mapping of question ids to option ids into ``Answers``, checking every answer against
/// the pack: ids, shapes, exclusive options, skip logic and, if asked for, completeness.
///
/// Used for answers files and for the answers of the pack's own tests.
struct AnswersReader {
  /// The pack the answers are for.
  var pack: Pack

  /// One answer as written: the question id and its value, each with where it stands.
  struct Written {
    /// The value of an answer, as far as its format has read it.
    enum Value {
      /// A value not yet read: an option id, or a list of them (an answers file).
      case node(Node)
      /// The option ids already read out of their own structure (a QuestionnaireResponse's
      /// codings), with the node that holds them all.
      case options([(id: String, node: Node)], in: Node)
      /// A value whose format's own error is reported already: the question counts as given,
      /// so that it is not reported again as missing.
      case invalid(Node)

      /// Where the value stands.
      var node: Node {
        switch self {
        case .node(let node), .options(_, in: let node), .invalid(let node): node
        }
      }
    }

    /// The question id's node, where an unknown question is reported.
    var key: Node
    /// The question id.
    var id: String
    /// The answer.
    var value: Value
  }

  /// Reads `node`, a mapping of question ids to answers, into answers, appending every problem
  /// to `reader`'s diagnostics.
  ///
  /// - Returns: the answers, and the questions that are asked but not answered (the caller
  ///   decides whether that is an error: on a terminal the quiz asks them).
  func read(_ node: Node, with reader: YAMLReader) -> (answers: Answers, missing: [Int]) {
    guard let mapping = reader.mapping(node, "the answers") else {
      return (Answers(questionCount: pack.questions.count), [])
    }
    let written = mapping.compactMap { key, value in
      reader.string(key, "a question id").map { Written(key: key, id: $0, value: .node(value)) }
    }
    return read(written, with: reader)
  }

  /// Checks answers already read out of their format, as ``read(_:with:)-(Node,_)`` checks an
  /// answers file's: every format's answers go through these same checks.
  func read(_ written: [Written], with reader: YAMLReader) -> (answers: Answers, missing: [Int]) {
    var answers = Answers(questionCount: pack.questions.count)
    var valueNodes: [Int: Node] = [:]
    var invalid = Set<Int>()
    var misspelt = Set<Int>()
    for answer in written {
      let (key, id) = (answer.key, answer.id)
      guard let index = pack.questionIndex(id) else {
        let ids = pack.questions.map(\.id)
        // A misspelt question is reported once, not again as missing.
        if let meant = Suggestion.closest(to: id, among: ids), let index = pack.questionIndex(meant)
        {
          misspelt.insert(index)
        }
        reader.error(
          key,
          "unknown question \(Quoted.value(id))\(Suggestion.hint(for: id, among: ids)); "
            + "questions: \(ids.joined(separator: ", "))")
        continue
      }
      valueNodes[index] = answer.value.node
      if pack.questions[index].options.isEmpty {
        invalid.insert(index)  // reported where the question is defined
        continue
      }
      if let selection = selection(of: answer.value, for: pack.questions[index], with: reader) {
        answers[index] = selection
      } else {
        invalid.insert(index)
      }
    }
    let (kept, removed) = pack.removingUnasked(answers)
    for index in removed {
      let question = pack.questions[index]
      // Whether it is asked hangs on an answer already reported as invalid.
      if !(question.when?.slots ?? []).isDisjoint(with: invalid) { continue }
      let rule = question.when.map { $0.description(in: pack) } ?? ""
      let given = pack.chosenOptionIDs(answers, question: index).joined(separator: ", ")
      reader.error(
        valueNodes[index],
        "'\(question.id)' is asked only when \(rule), which these answers do not meet, "
          + "so it must be left out (found \(given))")
    }
    let missing = pack.unansweredQuestions(kept).filter { index in
      // An answer that was given but invalid is reported already, and so is anything whose
      // skip logic hangs on one.
      valueNodes[index] == nil && !misspelt.contains(index)
        && (pack.questions[index].when?.slots ?? []).isDisjoint(with: invalid)
    }
    return (kept, missing)
  }

  /// "no answer for 'q' (the question); valid: ...".
  static func missingMessage(_ question: Question) -> String {
    "no answer for '\(question.id)' (\(question.text)); valid: \(choices(question))"
  }

  /// The option ids of a question, for "valid:" lists.
  static func choices(_ question: Question) -> String {
    switch question.kind {
    case .single: return question.options.map(\.id).joined(separator: ", ")
    case .multi: break
    }
    let shared = question.options.filter { !$0.isExclusive }.map(\.id)
    let alone = question.options.filter(\.isExclusive).map(\.id)
    let list = "a list of \(shared.joined(separator: ", "))"
    return alone.isEmpty ? list : "\(list) (or \(alone.joined(separator: " or ")) alone)"
  }

  private func selection(
    of value: Written.Value, for question: Question, with reader: YAMLReader
  ) -> UInt64? {
    let node: Node
    switch value {
    case .node(let written): node = written
    case .options(let items, in: let list):
      return selection(of: items, in: list, for: question, with: reader)
    case .invalid: return nil
    }
    switch (question.kind, node) {
    case (.single, .scalar(let scalar)):
      return mask(of: [(scalar.string, node)], for: question, with: reader)
    case (.single, _):
      reader.error(
        node,
        "'\(question.id)' takes one option, found \(YAMLReader.describe(node)); valid: \(Self.choices(question))"
      )
      return nil
    case (.multi, .sequence(let sequence)):
      var items: [(String, Node)] = []
      for item in sequence {
        guard let id = item.scalar?.string else {
          reader.error(
            item,
            "each answer to '\(question.id)' must be an option id, found "
              + "\(YAMLReader.describe(item)); valid: \(Self.choices(question))")
          return nil
        }
        items.append((id, item))
      }
      if items.isEmpty {
        reader.error(
          node, "'\(question.id)' needs at least one option; valid: \(Self.choices(question))")
        return nil
      }
      return mask(of: items, for: question, with: reader)
    case (.multi, _):
      reader.error(
        node,
        "'\(question.id)' takes a list of options, found \(YAMLReader.describe(node)); "
          + "valid: \(Self.choices(question))")
      return nil
    }
  }

  /// The selection of option ids read out of their own structure: one for a single question,
  /// at least one for a multi question.
  private func selection(
    of items: [(id: String, node: Node)], in list: Node, for question: Question,
    with reader: YAMLReader
  ) -> UInt64? {
    if items.isEmpty {
      reader.error(
        list, "'\(question.id)' needs at least one option; valid: \(Self.choices(question))")
      return nil
    }
    if question.kind == .single, items.count > 1 {
      reader.error(
        items[1].node,
        "'\(question.id)' takes one option, found \(items.count) answers ("
          + items.map { Quoted.value($0.id) }.joined(separator: ", ")
          + "); valid: \(Self.choices(question))")
      return nil
    }
    return mask(of: items, for: question, with: reader)
  }

  private func mask(
    of items: [(id: String, node: Node)], for question: Question, with reader: YAMLReader
  ) -> UInt64? {
    var mask: UInt64 = 0
    var failed = false
    for item in items {
      guard let index = question.optionIndex(item.id) else {
        let ids = question.options.map(\.id)
        reader.error(
          item.node,
          "\(Quoted.value(item.id)) is not an option of '\(question.id)'"
            + "\(Suggestion.hint(for: item.id, among: ids)); valid: \(Self.choices(question))")
        failed = true
        continue
      }
      if mask & (1 << index) != 0 {
        reader.error(
          item.node,
          "\(Quoted.value(item.id)) is given twice for '\(question.id)'; valid: \(Self.choices(question))"
        )
        failed = true
      }
      mask |= 1 << index
    }
    if !failed, items.count > 1,
      let exclusive = items.first(where: {
        question.options[question.optionIndex($0.id) ?? 0].isExclusive
      })
    {
      let others = items.filter { $0.id != exclusive.id }.map { "\(Quoted.value($0.id))" }
      reader.error(
        exclusive.node,
        "\(Quoted.value(exclusive.id)) must be chosen alone for '\(question.id)', "
          + "but it is given with \(others.joined(separator: ", ")); valid: "
          + Self.choices(question))
      failed = true
    }
    return failed ? nil : mask
  }
}
