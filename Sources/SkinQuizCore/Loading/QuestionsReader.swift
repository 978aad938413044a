/// Reads `questions.yaml`: the questions, their options, and then their skip logic, which can
/// be resolved only once `pack.yaml` has named the verdicts.
struct QuestionsReader {
  /// A question as read, with its skip logic still unparsed.
  typealias Entry = (question: Question, when: Node?)

  let reader: YAMLReader

  /// The questions in file order; one with an invalid or duplicate id is left out.
  func read() -> [Entry] {
    let result = reader.entries(under: "questions", question(in:seen:))
    if result.isEmpty, !reader.log.hasProblems(in: reader.document.file) {
      reader.error(reader.document.root, "the pack has no questions")
    }
    return result
  }

  private func question(in node: Node, seen: inout [String: FileLocation]) -> Entry? {
    guard let mapping = reader.mapping(node, "a question") else { return nil }
    let idNode = reader.value("id", in: mapping, of: "a question")
    guard let id = reader.id(idNode, "question", seen: &seen) else { return nil }
    let owner = "question \(Quoted.value(id))"
    reader.checkKeys(
      mapping, allowed: ["id", "kind", "text", "help", "when", "options"], of: owner)
    if id == ConditionResolver.verdictName
      || ["not", "count", "answered", "and", "or"].contains(id)
    {
      reader.error(
        idNode,
        "\(Quoted.value(id)) is a word of the condition language and cannot be a question id")
    }
    let kind = reader.kind(Question.Kind.self, in: mapping, of: owner) ?? .single
    let text = reader.text(reader.value("text", in: mapping, of: owner), "the text of \(owner)")
    let help = reader.text(reader.value("help", in: mapping, of: owner), "the help of \(owner)")
    let options = self.options(
      in: reader.value("options", in: mapping, of: owner), of: owner, kind: kind)
    let question = Question(
      id: id, kind: kind, text: text ?? "", help: help ?? "", options: options,
      location: reader.document.location(of: node),
      helpLocation: reader.document.location(of: mapping["help"] ?? node))
    return (question, mapping["when"])
  }

  /// The options in `node`; at most 64, since answers are kept as bit sets.
  private func options(in node: Node?, of owner: String, kind: Question.Kind) -> [Question.Option] {
    guard let list = reader.sequence(node, "the options of \(owner)") else { return [] }
    var options: [Question.Option] = []
    var seen: [String: FileLocation] = [:]
    for item in list {
      if let option = option(in: item, of: owner, kind: kind, seen: &seen) {
        options.append(option)
      }
    }
    if options.isEmpty, let node {
      reader.error(node, "\(owner) has no options")
    } else if options.count > 64 {
      reader.error(node, "\(owner) has \(options.count) options; a question can have at most 64")
      return Array(options.prefix(64))
    }
    return options
  }

  private func option(
    in item: Node, of owner: String, kind: Question.Kind, seen: inout [String: FileLocation]
  ) -> Question.Option? {
    guard let mapping = reader.mapping(item, "an option of \(owner)") else { return nil }
    guard
      let id = reader.id(
        reader.value("id", in: mapping, of: "an option of \(owner)"), "option", seen: &seen)
    else { return nil }
    let optionOwner = "option \(Quoted.value(id)) of \(owner)"
    reader.checkKeys(mapping, allowed: ["id", "label", "hint", "exclusive"], of: optionOwner)
    let label = reader.text(
      reader.value("label", in: mapping, of: optionOwner), "the label of \(optionOwner)")
    let hint = mapping["hint"].flatMap { reader.text($0, "the hint of \(optionOwner)") }
    var exclusive = false
    if let node = mapping["exclusive"], let text = reader.string(node, "'exclusive'") {
      switch text {
      case "true": exclusive = true
      case "false": exclusive = false
      default:
        reader.error(
          node, "\(optionOwner): 'exclusive' must be true or false, found \(Quoted.value(text))")
      }
      if exclusive, !kind.takesSeveralOptions {
        reader.error(
          node,
          "\(optionOwner): only options of multi questions can be exclusive; "
            + "a single question's options already exclude each other")
      }
    }
    return Question.Option(
      id: id, label: label ?? "", hint: hint, isExclusive: exclusive,
      location: reader.document.location(of: item))
  }

  // MARK: - Skip logic

  /// The questions with their skip logic resolved, and whether any of it is invalid or out of
  /// order (then nothing that depends on it is checked).
  func resolveSkipLogic(
    of entries: [Entry], resolver: ConditionResolver
  ) -> (questions: [Question], broken: Bool) {
    var questions = entries.map(\.question)
    var broken = false
    for (index, entry) in entries.enumerated() {
      guard let node = entry.when else { continue }
      questions[index].when = reader.condition(
        node, of: "skip logic of '\(questions[index].id)'", resolver: resolver,
        verdictRule: "skip logic is decided before the verdict exists")
      if questions[index].when == nil { broken = true }
    }
    let before = reader.log.count
    checkOrder(questions, whenNodes: entries.map(\.when))
    if reader.log.count > before { broken = true }
    return (questions, broken)
  }

  /// Reports skip logic that reads a later question, and cycles, naming their members.
  private func checkOrder(_ questions: [Question], whenNodes: [Node?]) {
    let reads = questions.map { ($0.when?.slots ?? []).filter { $0 < questions.count } }
    let cycles = Cycles.find(in: reads)
    var inCycle = Set<Int>()
    for cycle in cycles {
      inCycle.formUnion(cycle)
      let path = (cycle + [cycle[0]]).map { "'\(questions[$0].id)'" }.joined(separator: " → ")
      reader.error(
        whenNodes[cycle[0]],
        "skip logic cycle: \(path); each question's skip logic must read only earlier questions")
    }
    for (index, slots) in reads.enumerated() where !inCycle.contains(index) {
      for slot in slots.sorted() where slot >= index {
        reader.error(
          whenNodes[index],
          "skip logic of '\(questions[index].id)' reads '\(questions[slot].id)', which is asked "
            + "later (question \(slot + 1) of \(questions.count)); skip logic can read only "
            + "earlier questions")
      }
    }
  }
}
