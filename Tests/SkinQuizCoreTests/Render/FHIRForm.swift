import Foundation

/// A FHIR form's view of a Questionnaire: which question items it enables for a response,
/// deciding each `enableWhen` as FHIR R4 defines it, from the JSON alone.
///
/// It knows nothing of SkinQuiz's conditions, so agreeing with the engine proves the export.
/// Items with an `enableWhenExpression` need a FHIRPath engine: they are left undecided here
/// and decided by `.ci/validate_fhir.py`.
struct FHIRForm {
  /// What the form found for one response.
  struct Enabled: Equatable {
    /// The question items enabled, by `linkId`.
    var enabled: Set<String>
    /// The question items whose enabling is an `enableWhenExpression`.
    var undecided: Set<String>
  }

  /// Something in the JSON that FHIR does not allow, or that this form cannot decide.
  struct Unreadable: Error, CustomStringConvertible {
    var description: String
  }

  private var items: [[String: Any]]

  /// Reads the question items (type `choice`) of a Questionnaire in JSON.
  init(questionnaire json: String) throws {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let all = object?["item"] as? [[String: Any]] ?? []
    items = all.filter { $0["type"] as? String == "choice" }
  }

  /// The items enabled for a QuestionnaireResponse in JSON, in questionnaire order; an item
  /// that is not enabled keeps no answer, as FHIR says, so what depends on it is decided so.
  func enabled(by response: String) throws -> Enabled {
    let object = try JSONSerialization.jsonObject(with: Data(response.utf8)) as? [String: Any]
    var given: [String: [[String: String]]] = [:]
    for item in object?["item"] as? [[String: Any]] ?? [] {
      let answers = item["answer"] as? [[String: Any]] ?? []
      given[item["linkId"] as? String ?? ""] = answers.compactMap {
        $0["valueCoding"] as? [String: String]
      }
    }
    var result = Enabled(enabled: [], undecided: [])
    var kept: [String: [[String: String]]] = [:]
    for item in items {
      let linkId = item["linkId"] as? String ?? ""
      if Self.hasExpression(item) {
        result.undecided.insert(linkId)
        kept[linkId] = given[linkId]
      } else if try Self.isEnabled(item, answers: kept) {
        result.enabled.insert(linkId)
        kept[linkId] = given[linkId]
      }
    }
    return result
  }

  private static func hasExpression(_ item: [String: Any]) -> Bool {
    let extensions = item["extension"] as? [[String: Any]] ?? []
    return extensions.contains { ($0["url"] as? String ?? "").hasSuffix("enableWhenExpression") }
  }

  /// FHIR R4: no `enableWhen`, enabled; one, its value; several, `enableBehavior` (required).
  private static func isEnabled(_ item: [String: Any], answers: [String: [[String: String]]])
    throws -> Bool
  {
    guard let conditions = item["enableWhen"] as? [[String: Any]] else { return true }
    let values = try conditions.map { condition in
      guard condition["operator"] as? String == "=",
        let coding = condition["answerCoding"] as? [String: String]
      else { throw Unreadable(description: "enableWhen this form cannot decide: \(condition)") }
      // `=` on a Coding: some answer has the same system and code.
      let question = condition["question"] as? String ?? ""
      return (answers[question] ?? []).contains {
        $0["system"] == coding["system"] && $0["code"] == coding["code"]
      }
    }
    switch (values.count, item["enableBehavior"] as? String) {
    case (0, _): throw Unreadable(description: "an empty enableWhen: \(item)")
    case (1, _): return values[0]
    case (_, "all"?): return values.allSatisfy { $0 }
    case (_, "any"?): return values.contains(true)
    default: throw Unreadable(description: "several enableWhen without enableBehavior: \(item)")
    }
  }
}
