@testable import SkinQuizTUI

/// Which screen the model shows, for tests that act on one screen.
extension FullScreenModel {
  /// The save dialog, while it is shown.
  var saveDialog: SaveState? {
    if case .save(let state) = screen { state } else { nil }
  }

  /// Whether a question is shown.
  var showsQuestion: Bool {
    if case .question = screen { true } else { false }
  }
}
