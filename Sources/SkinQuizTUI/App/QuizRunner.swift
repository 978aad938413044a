import SkinQuizCore

/// Runs the questionnaire on a terminal: shows a frame, waits for a key, and again, until the
/// person finishes or quits.
public enum QuizRunner {
  /// Runs `app` on `terminal` and returns how the session ended.
  ///
  /// - Parameter answersChanged: called after every key that changed the answers, for drafts.
  public static func run(
    _ app: inout QuizApp, on terminal: some Terminal,
    answersChanged: (Answers) -> Void = { _ in }
  ) -> QuizApp.Outcome {
    app.size = terminal.size
    terminal.present(app.render())
    while true {
      let key = terminal.nextKey()
      switch key {
      case .resize: app.size = terminal.size
      case .control("l"): terminal.repaint()
      default: break
      }
      let before = app.quiz.answers
      if let outcome = app.handle(key) { return outcome }
      if app.quiz.answers != before { answersChanged(app.quiz.answers) }
      terminal.present(app.render())
    }
  }
}
