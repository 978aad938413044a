/// The formats `skinquiz batch` writes, one result per line.
public enum BatchFormat: String, CaseIterable, Sendable {
  /// The JSON result (`skinquiz.result/1`), compact.
  case json
  /// The answers as a FHIR R4 QuestionnaireResponse, compact.
  case fhir

  /// `result` as one line of JSON, without its line break.
  ///
  /// For many results of one pack, `BatchScorer` writes the JSON result faster, with the same
  /// text (`CompactJSONWriter`).
  public func line(_ result: QuizResult) -> String {
    switch self {
    case .json: JSONRenderer().value(result).compactSerialized()
    case .fhir: FHIRRenderer().value(result).compactSerialized()
    }
  }
}
