import Fixtures

@testable import SkinQuizCore

extension Pack {
  /// Complete answers drawn at random: each question asked gets one of its valid selections.
  func randomCompleteAnswers(_ random: inout SplitMix64) -> Answers {
    var answers = Answers(questionCount: questions.count)
    for index in questions.indices where isAsked(index, given: answers) {
      let valid = validSelections(for: index)
      answers[index] = valid[random.below(UInt64(valid.count))]
    }
    return answers
  }
}
