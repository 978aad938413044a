/// What the full-screen mode, the plain mode and the command say about quitting and saving,
/// in one place, so that a promise about someone's answers is made in the same words.
///
/// Where the modes still word a thing differently, both wordings are here, side by side.
public enum Wording {
  /// How saved files are kept.
  public static let readableOnlyByYou = "readable only by you"

  /// The question before quitting, which says what happens to the answers.
  public static func quitQuestion(_ draft: DraftState) -> String {
    switch draft {
    case .none: "Quit without finishing? Your answers will not be saved."
    case .upToDate: "Quit without finishing? Your answers so far stay in your draft file."
    case .behind: "Quit without finishing? \(draftBehind)"
    }
  }

  /// What the plain mode says once the person has quit.
  public static func quitDone(_ draft: DraftState) -> String {
    switch draft {
    case .none: "You quit the quiz. Your answers were not saved."
    case .upToDate:
      "You quit the quiz. Your answers so far are in your draft file; start again with it to "
        + "carry on."
    case .behind: "You quit the quiz. \(draftBehind)"
    }
  }

  /// Said of a draft whose last save failed, instead of a promise that it keeps the answers.
  static let draftBehind =
    "Your draft file could not be saved, so it does not hold your latest answers."

  /// What the command notes on standard error when the person quit before the end.
  ///
  /// - Parameter answers: Where the answers are (see ``answersLeft(draft:draftFailure:otherwise:)``).
  public static func quitNote(_ answers: String) -> String {
    "you quit before the end; \(answers)"
  }

  /// What became of the answers of a quiz left before the end: in the draft, not in it when
  /// saving it failed (`draftFailure`, why), or `otherwise` without a draft.
  public static func answersLeft(draft: String?, draftFailure: String?, otherwise: String)
    -> String
  {
    guard let draft else { return otherwise }
    if let draftFailure {
      return "your draft \(draft) could not be saved (\(draftFailure)), so it does not hold your "
        + "latest answers"
    }
    return "your answers so far are in \(draft)"
  }

  /// Asks whether to replace the file at `path` (as the mode shows paths).
  public static func replaceQuestion(_ path: String) -> String {
    "\(path) already exists. Replace it? (y/n)"
  }

  /// The full-screen dialog's confirmation.
  public static func savedInDialog(_ path: String) -> String {
    "Saved to \(path) (\(readableOnlyByYou))"
  }

  /// The plain mode's confirmation, worded apart from the others.
  public static func savedInPlain(_ path: String) -> String {
    "Saved your result to \(path) (only you can read it)."
  }

  /// The command's note on standard error.
  public static func savedNote(_ path: String) -> String {
    "saved your result to \(path) (\(readableOnlyByYou))"
  }
}
