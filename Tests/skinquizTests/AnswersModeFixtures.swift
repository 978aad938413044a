import Foundation
import TestSupport
import Testing

/// The example answers file (Docs/answers-file.md) and helpers to run `skinquiz` on answers.
enum AnswersModeFixtures {
  /// The example answers file of Docs/answers-file.md, byte for byte: the expected messages of
  /// `InvalidAnswersTests` quote its line and column numbers.
  static let example = """
    {"age_band": "22_plus", "concerns": ["acne_scars"], "acne_scar_type": ["rolling"],
     "skin_tone": "burns_then_tans", "active_skin_now": ["none"], \
    "skin_condition_history": ["none"],
     "cold_sore_history": "no", "scarring_history": ["none"], "isotretinoin": "never",
     "pregnancy": "no", "bleeding": ["none"], "health_conditions": ["none"],
     "lesions_in_area": ["none"], "allergies": ["none"], "recent_procedures": ["none"],
     "topicals": ["none"], "setting": "clinic_medical", "microneedling_type": "standard"}
    """

  /// The same answers as YAML.
  static let exampleYAML = """
    age_band: 22_plus
    concerns: [acne_scars]
    acne_scar_type: [rolling]
    skin_tone: burns_then_tans
    active_skin_now: [none]
    skin_condition_history: [none]
    cold_sore_history: no
    scarring_history: [none]
    isotretinoin: never
    pregnancy: no
    bleeding: [none]
    health_conditions: [none]
    lesions_in_area: [none]
    allergies: [none]
    recent_procedures: [none]
    topicals: [none]
    setting: clinic_medical
    microneedling_type: standard

    """

  /// The example's answers, as the JSON result must repeat them.
  static let exampleAnswers: [String: AnswerValue] = [
    "age_band": .one("22_plus"), "concerns": .many(["acne_scars"]),
    "acne_scar_type": .many(["rolling"]), "skin_tone": .one("burns_then_tans"),
    "active_skin_now": .many(["none"]), "skin_condition_history": .many(["none"]),
    "cold_sore_history": .one("no"),
    "scarring_history": .many(["none"]), "isotretinoin": .one("never"), "pregnancy": .one("no"),
    "bleeding": .many(["none"]), "health_conditions": .many(["none"]),
    "lesions_in_area": .many(["none"]), "allergies": .many(["none"]),
    "recent_procedures": .many(["none"]), "topicals": .many(["none"]),
    "setting": .one("clinic_medical"), "microneedling_type": .one("standard"),
  ]

  /// The findings the example fires, in the order the result lists them.
  static let exampleFindings = [
    "benefit_acne_scars", "benefit_topical_absorption", "note_two_sessions_claim",
    "note_acne_scar_rolling_boxcar", "info_expectations_timeline", "aftercare_expected_downtime",
    "aftercare_sun_protection", "aftercare_provider_products_only", "aftercare_makeup_24h",
    "aftercare_avoid_sweat_heat", "aftercare_no_picking", "aftercare_warning_signs",
  ]

  /// Checks that `result` is the JSON result of the example answers: exit 0, nothing on
  /// standard error, and the example's answers, verdict and findings.
  static func expectExampleResult(
    _ result: RunResult, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    #expect(result.status == 0, sourceLocation: sourceLocation)
    #expect(result.stderr == "", sourceLocation: sourceLocation)
    let document = try ResultDocument.decode(result.stdout)
    #expect(document.answers == exampleAnswers, sourceLocation: sourceLocation)
    #expect(document.verdict.id == "good_candidate", sourceLocation: sourceLocation)
    #expect(document.findings.map(\.id) == exampleFindings, sourceLocation: sourceLocation)
  }

  /// The example with `old` replaced by `new`; `old` must occur in it.
  static func example(replacing old: String, with new: String) throws -> String {
    try #require(example.contains(old), "the example has no \(old)")
    return example.replacingOccurrences(of: old, with: new)
  }

  /// Writes `text` to `name` in a new temporary folder and runs `skinquiz --answers name` there,
  /// with `arguments` after it.
  static func run(
    answers text: String, named name: String = "answers.json", _ arguments: [String] = [],
    environment: [String: String] = [:]
  ) throws -> RunResult {
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    return try runSkinquiz(
      ["--answers", name] + arguments, directory: folder, environment: environment)
  }
}
