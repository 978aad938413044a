import DrawingSurface
import SkinQuizCore

/// The full-screen mode's event loop: shows the model's frame on a terminal, waits for a key,
/// hands it to the model, does what the model asks, and again, until the person finishes or
/// quits.
public enum FullScreenLoop {
  /// Runs `model` on `terminal` and returns how the session ended.
  ///
  /// - Parameters:
  ///   - answersChanged: called after every key that changed the answers, for drafts.
  ///   - draftFailure: why the last save of the draft failed, if it did, asked after each
  ///     `answersChanged`.
  ///   - save: writes a result file; the error, if that failed (tests record instead).
  public static func run(
    _ model: inout FullScreenModel, on terminal: some Terminal,
    answersChanged: (Answers) -> Void = { _ in }, draftFailure: () -> String? = { nil },
    save: (FullScreenModel.SaveRequest) -> SkinQuizError? = FullScreenLoop.save
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
      var effects = model.handle(key)
      // The draft is written once per key, after any result file: keys replayed after a resize
      // may change the answers on both sides of a save.
      var changed: Answers?
      func keepDraft() {
        guard let answers = changed else { return }
        answersChanged(answers)
        model.draftSaved(failure: draftFailure())
      }
      while !effects.isEmpty {
        switch effects.removeFirst() {
        case .answersChanged(let answers): changed = answers
        case .save(let request): effects += model.saveFinished(request, error: save(request))
        case .end(let outcome):
          keepDraft()
          return outcome
        }
      }
      keepDraft()
      terminal.present(model.render())
    }
  }

  /// Writes the file `request` asks for; the error, if that failed.
  public static func save(_ request: FullScreenModel.SaveRequest) -> SkinQuizError? {
    do throws(SkinQuizError) {
      try ResultFile.save(request.text, to: request.path, replacing: request.replacing)
      return nil
    } catch {
      return error
    }
  }
}
