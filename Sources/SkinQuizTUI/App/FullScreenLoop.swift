import SkinQuizCore

/// The full-screen mode's event loop: shows the model's frame on a terminal, waits for a key,
/// hands it to the model, and again, until the person finishes or quits.
public enum FullScreenLoop {
  /// Runs `model` on `terminal` and returns how the session ended.
  ///
  /// - Parameter answersChanged: called after every key that changed the answers, for drafts.
  public static func run(
    _ model: inout FullScreenModel, on terminal: some Terminal,
    answersChanged: (Answers) -> Void = { _ in }
  ) -> FullScreenModel.Outcome {
    model.size = terminal.size
    terminal.present(model.render())
    while true {
      let key = terminal.nextKey()
      switch key {
      case .resize: model.size = terminal.size
      case .control("l"): terminal.repaint()
      default: break
      }
      let before = model.quiz.answers
      if let outcome = model.handle(key) { return outcome }
      if model.quiz.answers != before { answersChanged(model.quiz.answers) }
      terminal.present(model.render())
    }
  }
}
