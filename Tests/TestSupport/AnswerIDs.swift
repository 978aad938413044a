import SkinQuizCore
import Testing

/// The example answers file of Docs/answers-file.md, in the order the quiz asks: an adult with
/// rolling acne scars and nothing that calls for caution, so a good candidate.
public let contractExample: [(question: String, options: [String])] = [
  ("age_band", ["22_plus"]), ("concerns", ["acne_scars"]), ("acne_scar_type", ["rolling"]),
  ("skin_tone", ["burns_then_tans"]), ("active_skin_now", ["none"]),
  ("skin_condition_history", ["none"]), ("cold_sore_history", ["no"]),
  ("scarring_history", ["none"]), ("isotretinoin", ["never"]), ("pregnancy", ["no"]),
  ("bleeding", ["none"]), ("health_conditions", ["none"]), ("lesions_in_area", ["none"]),
  ("allergies", ["none"]), ("recent_procedures", ["none"]), ("topicals", ["none"]),
  ("setting", ["clinic_medical"]), ("microneedling_type", ["standard"]),
]

extension Pack {
  /// Answers from question ids and their option ids, exactly as given: an unknown id fails the
  /// test, and nothing else is checked (skip logic, exclusive options), so tests can build
  /// invalid answers on purpose.
  public func answers(
    _ given: [(question: String, options: [String])],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> Answers {
    var answers = Answers(questionCount: questions.count)
    for (questionID, optionIDs) in given {
      let index = try #require(
        questionIndex(questionID), "no question '\(questionID)'", sourceLocation: sourceLocation)
      for optionID in optionIDs {
        let option = try #require(
          questions[index].optionIndex(optionID), "no option '\(optionID)' in '\(questionID)'",
          sourceLocation: sourceLocation)
        answers[index] |= 1 << option
      }
    }
    return answers
  }

  /// Answers from a mapping of question ids to option ids; see the list form.
  public func answers(
    _ given: [String: [String]], sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> Answers {
    try answers(given.map { ($0.key, $0.value) }, sourceLocation: sourceLocation)
  }
}
