import Fixtures
import SkinQuizCore
import TestSupport
import Testing

/// The findings table and verdict rules of Docs/microneedling-pack.md, checked against the
/// shipped pack: the answers its suites build on, and the suites themselves, nested here so
/// that `swift test --filter EngineContract` runs them all.
enum EngineContract {
  /// Question id → option ids; in a change, an empty list removes the question's answer.
  typealias Changes = [String: [String]]

  /// The example answers file (Docs/answers-file.md): a good candidate with acne scars.
  static let candidate = Changes(
    uniqueKeysWithValues: contractExample.map { ($0.question, $0.options) })

  /// The same person without a goal: only `info_no_target_concern` fires, the verdict is
  /// `no_matching_goal`.
  static let neutral = merged(candidate, ["concerns": ["none_of_these"], "acne_scar_type": []])

  /// `base` with `changes` applied; an empty list removes an answer.
  static func merged(_ base: Changes, _ changes: Changes) -> Changes {
    base.merging(changes) { $1 }.filter { !$0.value.isEmpty }
  }

  /// Builds answers by ids, and checks that they are a complete, consistent answer set: every
  /// option valid, every asked question answered and no answer to a question that is not asked.
  static func answers(
    _ pack: Pack, _ base: Changes, _ changes: Changes = [:],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> Answers {
    let given = merged(base, changes)
    let answers = try pack.answers(given, sourceLocation: sourceLocation)
    for (questionID, optionIDs) in given {
      let index = try #require(pack.questionIndex(questionID), sourceLocation: sourceLocation)
      #expect(
        pack.isValidSelection(answers[index], for: index),
        "invalid fixture answer \(questionID): \(optionIDs)", sourceLocation: sourceLocation)
    }
    let unasked = pack.removingUnasked(answers).removed.map { pack.questions[$0].id }
    #expect(unasked == [], "fixture answers unasked questions", sourceLocation: sourceLocation)
    let missing = pack.unansweredQuestions(answers).map { pack.questions[$0].id }
    #expect(missing == [], "fixture leaves asked questions out", sourceLocation: sourceLocation)
    return answers
  }

  /// The verdict id and the ids of the findings that fire.
  static func evaluate(_ pack: Pack, _ answers: Answers) -> (verdict: String, fired: [String]) {
    let evaluation = Engine(pack: pack).evaluate(answers)
    return (pack.verdicts[evaluation.verdict].id, evaluation.fired.map { pack.findings[$0].id })
  }
}
