/// What the full-screen mode and the plain mode say about quitting and saving, in one place, so
/// that a promise about someone's answers is made in the same words.
///
/// Where the modes still word a thing differently, both wordings are here, side by side. What
/// only the command says is in the command (`Sources/skinquiz`).
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

  /// Asks whether to replace the file at `path` (as the mode shows paths).
  public static func replaceQuestion(_ path: String) -> String {
    "\(path) already exists. Replace it? (y/n)"
  }

  /// The full-screen dialog's confirmation.
  public static func savedInDialog(_ path: String) -> String {
    "Saved to \(path) (\(readableOnlyByYou))"
  }

  /// The plain mode's confirmation, a sentence of its own.
  public static func savedInPlain(_ path: String) -> String {
    "Saved your result to \(path) (\(readableOnlyByYou))."
  }

  /// Why a result file could not be saved, in both modes: the reason alone where the path is
  /// in view (the dialog's field), else the whole error.
  public static func couldNotSave(_ why: String) -> String {
    "Could not save: \(why)"
  }
}
