/// Reads a FHIR R4 QuestionnaireResponse, as `--format fhir` writes it (``FHIRRenderer``), into
/// the answers an answers file gives.
///
/// Only its structure is read here: the resource type, the questionnaire it answers, and each
/// item's `linkId` and `valueCoding` codes. The answers then go through ``AnswersReader``'s
/// checks, the same as an answers file's, located in the resource.
struct QuestionnaireResponseReader {
  /// The pack the answers are for.
  var pack: Pack

  /// The members an item may have; `text` and the rest are read by nobody.
  private static let itemKeys = ["linkId", "text", "answer", "definition", "id", "extension"]
  /// The members an answer may have, besides its `value[x]`.
  private static let answerKeys = ["valueCoding", "id", "extension"]
  /// The members a `valueCoding` may have.
  private static let codingKeys = [
    "system", "version", "code", "display", "userSelected", "id", "extension",
  ]

  /// Whether `node` is a FHIR resource (a mapping with a `resourceType`), not an answers file.
  static func isResource(_ node: Node) -> Bool {
    node.mapping?["resourceType"] != nil
  }

  /// The canonical reference with its version that a response to this pack names.
  var questionnaire: String { "\(pack.url)|\(pack.version)" }

  /// Reads `node`, a FHIR resource, into answers, appending every problem to `reader`'s
  /// diagnostics.
  ///
  /// - Returns: as ``AnswersReader/read(_:with:)-(Node,_)``; nothing when the resource is not a
  ///   QuestionnaireResponse of this pack's questionnaire, whose answers would mean nothing.
  func read(_ node: Node, with reader: YAMLReader) -> (answers: Answers, missing: [Int]) {
    let answersReader = AnswersReader(pack: pack)
    guard let resource = node.mapping, isResponse(resource, with: reader),
      isForThisPack(resource, with: reader), isScorable(resource, with: reader)
    else { return (Answers(questionCount: pack.questions.count), []) }
    guard let itemsNode = resource["item"] else { return answersReader.read([], with: reader) }
    guard let items = reader.sequence(itemsNode, "the QuestionnaireResponse's 'item'") else {
      return (Answers(questionCount: pack.questions.count), [])
    }
    var written: [AnswersReader.Written] = []
    var seen: [String: Node] = [:]
    for item in items {
      guard let answer = answer(of: item, with: reader) else { continue }
      if let first = seen[answer.id] {
        reader.error(
          answer.key,
          "item \(Quoted.value(answer.id)) appears more than once (first on line "
            + "\(first.mark.line)); give each question one item with all its answers")
        continue
      }
      seen[answer.id] = answer.key
      written.append(answer)
    }
    return answersReader.read(written, with: reader)
  }

  /// Whether the resource is a QuestionnaireResponse, after reporting what it is instead.
  private func isResponse(_ resource: Node.Mapping, with reader: YAMLReader) -> Bool {
    guard let node = resource["resourceType"],
      let type = reader.string(node, "'resourceType'")
    else { return false }
    if type == "QuestionnaireResponse" { return true }
    reader.error(
      node,
      "expected a FHIR QuestionnaireResponse, found a resource of type \(Quoted.value(type)); "
        + "only a QuestionnaireResponse holds answers")
    return false
  }

  /// Whether nothing in the response says it must not be read as plain answers, after
  /// reporting what does.
  ///
  /// FHIR asks a reader to refuse a resource whose `modifierExtension` or `implicitRules` it
  /// does not know, as they change what the rest means; and a response `entered-in-error` was
  /// made by mistake. Items and answers refuse such members as unknown keys.
  private func isScorable(_ resource: Node.Mapping, with reader: YAMLReader) -> Bool {
    var scorable = true
    for member in ["modifierExtension", "implicitRules"] {
      guard let key = resource.keys.first(where: { $0.string == member }) else { continue }
      reader.error(
        key,
        "the QuestionnaireResponse has \(Quoted.value(member)), which changes what its "
          + "answers mean in a way SkinQuiz cannot know, so it is not scored")
      scorable = false
    }
    if let node = resource["status"], node.string == "entered-in-error" {
      reader.error(
        node,
        "the QuestionnaireResponse's status is 'entered-in-error': it was made by mistake, "
          + "so it is not scored")
      scorable = false
    }
    return scorable
  }

  /// Whether the response answers this pack's questionnaire, this version, after reporting
  /// which questionnaire it answers instead.
  private func isForThisPack(_ resource: Node.Mapping, with reader: YAMLReader) -> Bool {
    guard
      let node = reader.value("questionnaire", in: resource, of: "the QuestionnaireResponse"),
      let value = reader.string(node, "the QuestionnaireResponse's 'questionnaire'")
    else { return false }
    if value == questionnaire { return true }
    let parts = value.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
    let expected = Quoted.value(questionnaire)
    if parts[0] != pack.url {
      reader.error(
        node,
        "the QuestionnaireResponse answers the questionnaire \(Quoted.value(value)), not this "
          + "pack's \(expected)")
    } else if parts.count == 1 {
      reader.error(
        node,
        "the QuestionnaireResponse's questionnaire \(Quoted.value(value)) names no version; "
          + "expected \(expected)")
    } else {
      reader.error(
        node,
        "the QuestionnaireResponse answers version \(Quoted.value(String(parts[1]))) of this "
          + "questionnaire, but the pack is version \(Quoted.value(pack.version)); expected "
          + "\(expected), or score it with that version's pack (--pack FOLDER)")
    }
    return false
  }

  /// The answer an item gives, or `nil` when it has no `linkId` to name a question by (or no
  /// `answer`: FHIR's way to leave a question unanswered, though its `linkId` must still name
  /// a question).
  private func answer(of node: Node, with reader: YAMLReader) -> AnswersReader.Written? {
    guard let item = reader.mapping(node, "an item of the QuestionnaireResponse") else {
      return nil
    }
    guard let key = reader.value("linkId", in: item, of: "an item of the QuestionnaireResponse"),
      let id = text(key, "an item's 'linkId'", with: reader)
    else { return nil }
    let owner = "item \(Quoted.value(id))"
    reader.checkKeys(item, allowed: Self.itemKeys, of: owner)
    guard let answerNode = item["answer"] else {
      // Given to the answers' checks only to report the unknown question.
      return pack.questionIndex(id) == nil
        ? AnswersReader.Written(key: key, id: id, value: .invalid(node)) : nil
    }
    guard let entries = reader.sequence(answerNode, "the 'answer' of \(owner)") else {
      return AnswersReader.Written(key: key, id: id, value: .invalid(answerNode))
    }
    let question = pack.questionIndex(id).map { pack.questions[$0] }
    var codes: [(id: String, node: Node)] = []
    for entry in entries {
      guard let code = code(of: entry, in: owner, question: question, with: reader) else {
        return AnswersReader.Written(key: key, id: id, value: .invalid(answerNode))
      }
      codes.append(code)
    }
    return AnswersReader.Written(key: key, id: id, value: .options(codes, in: answerNode))
  }

  /// The option id an answer's `valueCoding` gives, or `nil` after reporting what is wrong.
  private func code(
    of entry: Node, in owner: String, question: Question?, with reader: YAMLReader
  ) -> (id: String, node: Node)? {
    let what = "an answer of \(owner)"
    guard let answer = reader.mapping(entry, what) else { return nil }
    if let other = answer.keys.first(where: {
      ($0.string ?? "").hasPrefix("value") && $0.string != "valueCoding"
    }) {
      reader.error(
        other,
        "\(what) must be a valueCoding whose code is an option id, found "
          + "\(Quoted.value(other.string ?? ""))")
      return nil
    }
    reader.checkKeys(answer, allowed: Self.answerKeys, of: what)
    guard let codingNode = reader.value("valueCoding", in: answer, of: what),
      let coding = reader.mapping(codingNode, "the valueCoding of \(what)")
    else { return nil }
    reader.checkKeys(coding, allowed: Self.codingKeys, of: "the valueCoding of \(what)")
    if let question, let systemNode = coding["system"],
      let system = text(systemNode, "the system of \(what)", with: reader)
    {
      let expected = FHIRRenderer.system(pack: pack, question: question)
      if system != expected {
        reader.error(
          systemNode,
          "the code system \(Quoted.value(system)) is not that of the options of "
            + "'\(question.id)'; expected \(Quoted.value(expected))")
        return nil
      }
    }
    guard let codeNode = reader.value("code", in: coding, of: "the valueCoding of \(what)"),
      let code = text(codeNode, "the code of \(what)", with: reader)
    else { return nil }
    return (code, codeNode)
  }

  /// The text of a JSON string member, or `nil` after reporting what it is instead.
  ///
  /// JSON's `null` is read as the plain word, which would otherwise be taken for an id named
  /// "null"; FHIR leaves a member out rather than writing `null`.
  private func text(_ node: Node, _ what: String, with reader: YAMLReader) -> String? {
    if let scalar = node.scalar, scalar.style == .plain, scalar.string == "null" {
      reader.error(node, "\(what) is null; FHIR leaves out a member that has no value")
      return nil
    }
    return reader.string(node, what)
  }
}
