extension FullScreenModel {
  /// The screen being shown, with the state that only it has: a field exists while its screen
  /// does, and a screen that is left is made afresh, or restored from what was kept of it.
  enum Screen: Equatable {
    /// What the quiz is and is not, and the privacy promise; `returningTo` is the review the
    /// person left to change an answer, kept if they go back this far.
    case welcome(returningTo: ReviewState?)
    /// One question.
    case question(QuestionState)
    /// Every answer, and the way to the result.
    case review(ReviewState)
    /// The result.
    case results(ResultsState)
    /// The save dialog, over the result it saves.
    case save(SaveState)
  }
}
