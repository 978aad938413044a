extension Pack {
  /// Whether question `index` is asked, given the answers to the questions before it.
  public func isAsked(_ index: Int, given answers: Answers) -> Bool {
    questions[index].when?.holds(answers.selections) ?? true
  }

  /// The answers with every answer to a question that skip logic does not ask removed, and the
  /// indices of the questions whose answers were removed.
  ///
  /// Questions are visited in order, so removing one answer can stop a later question from
  /// being asked too.
  public func removingUnasked(_ answers: Answers) -> (answers: Answers, removed: [Int]) {
    var result = answers
    var removed: [Int] = []
    for index in questions.indices where result.isAnswered(index) {
      if !isAsked(index, given: result) {
        result[index] = 0
        removed.append(index)
      }
    }
    return (result, removed)
  }

  /// The questions that are asked but not answered, in order.
  public func unansweredQuestions(_ answers: Answers) -> [Int] {
    questions.indices.filter { !answers.isAnswered($0) && isAsked($0, given: answers) }
  }
}
