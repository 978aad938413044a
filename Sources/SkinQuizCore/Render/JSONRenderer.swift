/// Renders a result as JSON in the `skinquiz.result/1` shape (Docs/result-json.md).
public struct JSONRenderer: Sendable {
  /// The schema id every JSON result carries.
  public static let schema = "skinquiz.result/1"

  /// Creates a renderer.
  public init() {}

  /// The result as a JSON value.
  public func value(_ result: QuizResult) -> JSONValue {
    let pack = result.pack
    let findings = result.findings.map(Self.finding)
    return .object([
      ("schema", .string(Self.schema)),
      ("questionnaire", .object([("id", .string(pack.id)), ("version", .string(pack.version))])),
      ("createdAt", .string(result.createdAt)),
      ("answers", AnswersFile.value(result.answers, pack: pack)),
      (
        "verdict",
        .object([
          ("id", .string(result.verdict.id)),
          ("title", .string(result.verdict.title)),
          ("text", .string(result.verdict.text)),
        ])
      ),
      ("findings", .array(findings)),
    ])
  }

  /// One fired finding as the result lists it.
  public static func finding(_ fired: QuizResult.FiredFinding) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("id", .string(fired.finding.id)),
      ("kind", .string(fired.finding.kind.rawValue)),
      ("title", .string(fired.finding.title)),
      ("text", .string(fired.finding.text)),
      ("because", .array(fired.because.map(JSONValue.string))),
      ("sources", .array(fired.sources.map(Self.source))),
    ]
    if let ask = fired.finding.ask { members.append(("ask", .string(ask))) }
    return .object(members)
  }

  /// The result as JSON text.
  public func render(_ result: QuizResult) -> String {
    value(result).serialized()
  }

  private static func source(_ source: Source) -> JSONValue {
    let optional: [(String, String?)] = [
      ("authors", source.authors), ("citation", source.citation), ("url", source.url),
      ("doi", source.doi), ("pmid", source.pmid), ("pmcid", source.pmcid),
    ]
    return .object(
      [
        ("id", .string(source.id)), ("kind", .string(source.kind.rawValue)),
        ("title", .string(source.title)),
      ] + optional.compactMap { key, value in value.map { (key, JSONValue.string($0)) } })
  }
}
