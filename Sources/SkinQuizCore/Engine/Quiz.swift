/// A quiz in progress: the API every front end uses to ask the questions in turn.
///
/// The quiz keeps the answers consistent with skip logic: changing an answer drops the answers
/// to questions that are no longer asked, and questions it brings in are asked next.
public struct Quiz: Sendable {
  /// Where the person is, as "question n of about m".
  public struct Progress: Equatable, Sendable {
    /// The position of the current question among the questions asked so far (from 1).
    public var position: Int
    /// How many questions are likely to be asked in all, given the answers so far.
    public var estimatedTotal: Int

    /// Creates a progress value.
    public init(position: Int, estimatedTotal: Int) {
      self.position = position
      self.estimatedTotal = estimatedTotal
    }
  }

  /// The pack being asked.
  ///
  /// Its rules are compiled into an ``Engine`` only when a result is asked for: asking the
  /// questions needs none of them, and the first screen should not wait for them.
  public let pack: Pack
  /// The answers so far.
  public private(set) var answers: Answers
  /// The question being asked, as an index into `pack.questions`; `nil` once every question
  /// that skip logic asks is answered (the review).
  public private(set) var current: Int?

  /// Starts a quiz, optionally with answers given beforehand (only the missing ones are asked).
  ///
  /// A given answer that is not valid for its question (two options for a single question, an
  /// exclusive option with others, an option the question does not have) is dropped, so that
  /// question is asked again.
  public init(pack: Pack, answers: Answers? = nil) {
    self.pack = pack
    var given = answers ?? Answers(questionCount: pack.questions.count)
    for index in pack.questions.indices where !pack.isValidSelection(given[index], for: index) {
      given[index] = 0
    }
    self.answers = pack.removingUnasked(given).answers
    current = pack.unansweredQuestions(self.answers).first
  }

  /// The question being asked, if any.
  public var currentQuestion: Question? { current.map { pack.questions[$0] } }

  /// Whether every question that skip logic asks has an answer.
  public var isComplete: Bool { pack.unansweredQuestions(answers).isEmpty }

  /// The questions asked with the current answers, in order.
  public var askedQuestions: [Int] {
    pack.questions.indices.filter { pack.isAsked($0, given: answers) }
  }

  /// Every question asked so far with the options chosen, in order, for the review screen.
  public var review: [(question: Question, options: [Question.Option])] {
    pack.answered(answers)
  }

  /// Answers the current question with `selection` (a bit set of option indices) and moves to
  /// the next question that is asked and not yet answered.
  ///
  /// - Throws: `SkinQuizError.invalidSelection` when the selection is not a valid answer.
  public mutating func answer(_ selection: UInt64) throws(SkinQuizError) {
    guard let index = current else {
      throw .invalidSelection("there is no question to answer: the quiz is complete")
    }
    let question = pack.questions[index]
    guard pack.isValidSelection(selection, for: index) else {
      let exclusive = selection & question.exclusiveMask
      let rule =
        switch question.kind {
        case .single: "choose exactly one option"
        case .multi:
          exclusive != 0 && selection.nonzeroBitCount > 1
            ? "'\(question.options[exclusive.trailingZeroBitCount].id)' must be chosen alone"
            : "choose one or more options"
        }
      throw .invalidSelection(
        "not a valid answer to '\(question.id)': \(rule); valid: \(AnswersReader.choices(question))"
      )
    }
    answers[index] = selection
    answers = pack.removingUnasked(answers).answers
    let unanswered = pack.unansweredQuestions(answers)
    current = unanswered.first { $0 > index } ?? unanswered.first
  }

  /// Answers the current question by option ids.
  ///
  /// - Throws: `SkinQuizError.invalidSelection` for an unknown option or an invalid answer.
  public mutating func answer(optionIDs: [String]) throws(SkinQuizError) {
    guard let index = current else {
      throw .invalidSelection("there is no question to answer: the quiz is complete")
    }
    let question = pack.questions[index]
    var selection: UInt64 = 0
    for id in optionIDs {
      guard let option = question.optionIndex(id) else {
        let ids = question.options.map(\.id)
        throw .invalidSelection(
          "\(Quoted.value(id)) is not an option of '\(question.id)'\(Suggestion.hint(for: id, among: ids)); "
            + "valid: \(AnswersReader.choices(question))")
      }
      selection |= 1 << option
    }
    try answer(selection)
  }

  /// Goes back to the question asked before the current one (from the review, to the last
  /// question); returns `false` at the first question.
  @discardableResult
  public mutating func back() -> Bool {
    let asked = askedQuestions
    let previous = current.map { index in asked.last { $0 < index } } ?? asked.last
    guard let previous else { return false }
    current = previous
    return true
  }

  /// Asks question `index` again, for example when the person chooses it in the review.
  ///
  /// - Throws: `SkinQuizError.invalidSelection` when skip logic does not ask that question.
  public mutating func revisit(_ index: Int) throws(SkinQuizError) {
    guard pack.questions.indices.contains(index), pack.isAsked(index, given: answers) else {
      throw .invalidSelection("that question is not asked with the current answers")
    }
    current = index
  }

  /// Leaves a revisited question unchanged and goes back to the review (no current question);
  /// does nothing while a question that is asked still has no answer.
  public mutating func returnToReview() {
    if isComplete { current = nil }
  }

  /// "Question n of about m": recomputed whenever skip logic changes the path.
  public var progress: Progress {
    var partial = PartialAnswers(slots: answers.selections.map { $0 == 0 ? .unknown : .known($0) })
    var total = 0
    for index in pack.questions.indices {
      let asked = pack.questions[index].when.map { partial.evaluate($0) } ?? true
      if asked != false { total += 1 }
      if asked == false { partial.slots[index] = .known(0) }
    }
    let asked = askedQuestions
    let position = current.map { index in asked.filter { $0 < index }.count + 1 } ?? asked.count
    return Progress(position: position, estimatedTotal: max(total, position))
  }

  /// The result for the answers so far (complete them first for a meaningful result).
  ///
  /// The rules are compiled for each call, for a front end that asks once (an answers file,
  /// the plain mode); one that may ask again keeps an ``Engine`` and asks it.
  public func result(createdAt: String) -> QuizResult {
    Engine(pack: pack).result(for: answers, createdAt: createdAt)
  }
}
