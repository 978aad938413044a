import SkinQuizTUI

/// What only the command says, on standard error, about the answers and the result: kept with
/// the command, beside the words the modes share.
extension Wording {
  /// What the command notes on standard error when the person quit before the end.
  ///
  /// - Parameter answers: Where the answers are (see ``answersLeft(draft:draftFailure:otherwise:)``).
  static func quitNote(_ answers: String) -> String {
    "you quit before the end; \(answers)"
  }

  /// What became of the answers of a quiz left before the end: in the draft, not in it when
  /// saving it failed (`draftFailure`, why), or `otherwise` without a draft.
  static func answersLeft(draft: String?, draftFailure: String?, otherwise: String)
    -> String
  {
    guard let draft else { return otherwise }
    if let draftFailure {
      return "your draft \(draft) could not be saved (\(draftFailure)), so it does not hold your "
        + "latest answers"
    }
    return "your answers so far are in \(draft)"
  }

  /// The command's note on standard error.
  static func savedNote(_ path: String) -> String {
    "saved your result to \(path) (\(readableOnlyByYou))"
  }
}
