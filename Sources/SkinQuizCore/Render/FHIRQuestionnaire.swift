/// Renders a pack as a FHIR R4 Questionnaire, with the SDC extensions its skip logic needs.
///
/// One item per question (its `linkId` the question id), its options as `answerOption`s coded as
/// ``FHIRRenderer`` codes answers, so a response agrees with the questionnaire; the help text as
/// a help display item; skip logic as ``FHIRSkipLogic`` says it. Findings and the verdict are
/// not part of a Questionnaire: only SkinQuiz scores a response, found by the `identifier`.
public struct FHIRQuestionnaire: Sendable {
  /// The `identifier` system whose value is the pack's id and version, as `id|version`.
  public static let identifierSystem = "urn:skinquiz:pack"
  /// The `linkId` of the display item with the disclaimer (ids cannot start with `_`).
  public static let disclaimerLinkID = "_disclaimer"

  static let itemControl = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"
  static let optionExclusive =
    "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive"
  static let enableWhenExpression =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression"

  /// Creates a renderer.
  public init() {}

  /// The `linkId` of a question's help item: the question id and `.help` (ids have no dot).
  public static func helpLinkID(_ question: Question) -> String {
    question.id + ".help"
  }

  /// The Questionnaire as a JSON value.
  public func value(_ pack: Pack) -> JSONValue {
    let disclaimer: JSONValue = .object([
      ("linkId", .string(Self.disclaimerLinkID)),
      ("text", .string(pack.intro.disclaimer)),
      ("type", .string("display")),
    ])
    return .object([
      ("resourceType", .string("Questionnaire")),
      ("language", .string(pack.language)),
      ("url", .string(pack.url)),
      (
        "identifier",
        .array([
          .object([
            ("system", .string(Self.identifierSystem)),
            ("value", .string("\(pack.id)|\(pack.version)")),
          ])
        ])
      ),
      ("version", .string(pack.version)),
      ("title", .string(pack.title)),
      ("status", .string("active")),
      ("description", .string(pack.intro.disclaimer)),
      ("item", .array([disclaimer] + pack.questions.map { item($0, in: pack) })),
    ])
  }

  /// The Questionnaire as JSON text.
  public func render(_ pack: Pack) -> String {
    value(pack).serialized()
  }

  private func item(_ question: Question, in pack: Pack) -> JSONValue {
    var members: [(String, JSONValue)] = []
    var skipLogic: [(String, JSONValue)] = []
    switch question.when.map({ FHIRSkipLogic($0, in: pack) }) {
    case nil: break
    case .expression(let expression):
      members.append(("extension", .array([Self.enableWhenExpression(expression)])))
    case .enableWhen(let tests, let behavior):
      skipLogic.append(("enableWhen", .array(tests.map { enableWhen($0, in: pack) })))
      if let behavior { skipLogic.append(("enableBehavior", .string(behavior.rawValue))) }
    }
    members += [
      ("linkId", .string(question.id)),
      ("text", .string(question.text)),
      ("type", .string("choice")),
    ]
    members += skipLogic
    // Every question skip logic asks must be answered (docs/answers-file.md).
    members.append(("required", .bool(true)))
    members.append(("repeats", .bool(question.kind.takesSeveralOptions)))
    members.append(
      ("answerOption", .array(question.options.map { answerOption($0, question, pack) })))
    members.append(("item", .array([help(question)])))
    return .object(members)
  }

  private func answerOption(_ option: Question.Option, _ question: Question, _ pack: Pack)
    -> JSONValue
  {
    let coding = Self.coding(option, of: question, in: pack, display: true)
    guard option.isExclusive else { return .object([("valueCoding", coding)]) }
    let exclusive: JSONValue = .object([
      ("url", .string(Self.optionExclusive)), ("valueBoolean", .bool(true)),
    ])
    return .object([("extension", .array([exclusive])), ("valueCoding", coding)])
  }

  private func enableWhen(_ test: FHIRSkipLogic.Test, in pack: Pack) -> JSONValue {
    let question = pack.questions[test.question]
    let option = question.options[test.option]
    return .object([
      ("question", .string(question.id)),
      ("operator", .string("=")),
      ("answerCoding", Self.coding(option, of: question, in: pack, display: false)),
    ])
  }

  private func help(_ question: Question) -> JSONValue {
    let control: JSONValue = .object([
      (
        "coding",
        .array([
          .object([
            ("system", .string("http://hl7.org/fhir/questionnaire-item-control")),
            ("code", .string("help")),
          ])
        ])
      )
    ])
    return .object([
      (
        "extension",
        .array([.object([("url", .string(Self.itemControl)), ("valueCodeableConcept", control)])])
      ),
      ("linkId", .string(Self.helpLinkID(question))),
      ("text", .string(question.help)),
      ("type", .string("display")),
    ])
  }

  private static func enableWhenExpression(_ expression: String) -> JSONValue {
    let value: JSONValue = .object([
      ("language", .string("text/fhirpath")), ("expression", .string(expression)),
    ])
    return .object([("url", .string(Self.enableWhenExpression)), ("valueExpression", value)])
  }

  /// An option as a Coding, in the code system ``FHIRRenderer`` answers it in.
  private static func coding(
    _ option: Question.Option, of question: Question, in pack: Pack, display: Bool
  ) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("system", .string(FHIRRenderer.system(pack: pack, question: question))),
      ("code", .string(option.id)),
    ]
    if display { members.append(("display", .string(option.label))) }
    return .object(members)
  }
}
