/// Renders a result's answers as a FHIR R4 QuestionnaireResponse.
///
/// One item per asked question, its `linkId` the question id, one `valueCoding` answer per
/// chosen option; questions that skip logic did not ask are left out. Findings and the verdict
/// are not part of a QuestionnaireResponse and stay in the JSON result.
public struct FHIRRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The code system of a question's options: the pack's canonical URI and the question id.
  public static func system(pack: Pack, question: Question) -> String {
    pack.url.hasPrefix("urn:") ? "\(pack.url):\(question.id)" : "\(pack.url)/\(question.id)"
  }

  /// The QuestionnaireResponse as a JSON value.
  public func value(_ result: QuizResult) -> JSONValue {
    let pack = result.pack
    let items: [JSONValue] = result.answeredQuestions.map { question, options in
      .object([
        ("linkId", .string(question.id)),
        ("text", .string(question.text)),
        (
          "answer",
          .array(
            options.map { option in
              .object([
                (
                  "valueCoding",
                  .object([
                    ("system", .string(Self.system(pack: pack, question: question))),
                    ("code", .string(option.id)),
                    ("display", .string(option.label)),
                  ])
                )
              ])
            })
        ),
      ])
    }
    return .object([
      ("resourceType", .string("QuestionnaireResponse")),
      ("questionnaire", .string("\(pack.url)|\(pack.version)")),
      ("status", .string("completed")),
      ("authored", .string(result.createdAt)),
      ("item", .array(items)),
    ])
  }

  /// The QuestionnaireResponse as JSON text.
  public func render(_ result: QuizResult) -> String {
    value(result).serialized()
  }
}
