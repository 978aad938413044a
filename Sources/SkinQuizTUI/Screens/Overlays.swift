import SkinQuizCore

/// Windows over a screen: why we ask, the quit confirmation, and the too-small notice.
extension QuizApp {
  mutating func handleOverlay(_ overlay: Overlay, _ key: Key) -> Outcome? {
    switch overlay {
    case .help:
      self.overlay = nil  // any key closes it
      // The end of input keeps a result that was reached, as on any screen.
      return key == .endOfInput ? endOfInputOutcome : nil
    case .confirmQuit:
      switch key {
      case .character("y"), .character("Y"):
        return .quit
      case .endOfInput:
        return endOfInputOutcome
      case .character("n"), .character("N"), .escape, .enter:
        self.overlay = nil
      default:
        break
      }
      return nil
    }
  }

  /// The centred box overlays use, for `lines` rows inside the frame.
  private func overlayFrame(_ canvas: Canvas, lines: Int) -> (
    row: Int, column: Int, width: Int, height: Int
  ) {
    let width = min(canvas.size.columns - 4, 64)
    let height = min(canvas.size.rows - 2, lines + 2)
    return ((canvas.size.rows - height) / 2, (canvas.size.columns - width) / 2, width, height)
  }

  func renderHelp(into canvas: inout Canvas) {
    let (title, text): (String, String)
    if mode == .question, let index = quiz.current {
      title = "Why we ask"
      text = quiz.pack.questions[index].help
    } else if mode == .results {
      title = "Keys"
      text =
        "↑ ↓ or k j move between findings. Enter opens one to show why it appeared and its "
        + "sources. PgUp and PgDn scroll. s saves your result to a file. Esc goes back to your "
        + "answers. q finishes: your summary is printed when the screen closes."
    } else if mode == .review {
      title = "Keys"
      text =
        "↑ ↓ or k j move. Enter on an answer asks that question again; Enter on the last row "
        + "shows your result. Esc goes back to the last question. q quits."
    } else {
      title = "Keys"
      text =
        "↑ ↓ or k j move. Space or a number chooses; Enter goes on, taking the option you "
        + "moved to. Esc or Backspace goes "
        + "back. Tab and Shift-Tab move between questions. ? shows why we ask a question. "
        + "Ctrl-L redraws the screen. q quits."
    }
    let textLines = TextWrapper(width: min(canvas.size.columns - 4, 64) - 4).wrap(text).count
    let frame = overlayFrame(canvas, lines: textLines + 2)
    canvas.box(
      row: frame.row, column: frame.column, width: frame.width, height: frame.height, title: title)
    canvas.paragraph(
      text, row: frame.row + 1, column: frame.column + 2, width: frame.width - 4,
      maxRows: frame.height - 3)
    canvas.put(
      "Press any key to close", row: frame.row + frame.height - 2, column: frame.column + 2,
      width: frame.width - 4, style: .init(dim: true))
  }

  func renderConfirmQuit(into canvas: inout Canvas) {
    let frame = overlayFrame(canvas, lines: 4)
    canvas.box(
      row: frame.row, column: frame.column, width: frame.width, height: frame.height, title: "Quit?"
    )
    canvas.paragraph(
      quitQuestion, row: frame.row + 1,
      column: frame.column + 2, width: frame.width - 4, maxRows: 2)
    canvas.put(
      "y  quit      n  keep going", row: frame.row + frame.height - 2, column: frame.column + 2,
      width: frame.width - 4, style: Canvas.Style(bold: true))
  }

  /// The quit question, which says what happens to the answers.
  var quitQuestion: String {
    keepsDraft
      ? "Quit without finishing? Your answers so far stay in your draft file."
      : "Quit without finishing? Your answers will not be saved."
  }

  func renderTooSmall(into canvas: inout Canvas) {
    let minimum = Self.minimumSize
    // The quit window does not fit here, so its question takes the notice's place.
    let text =
      overlay == .confirmQuit
      ? quitQuestion + " y quits, n goes on."
      : "Please enlarge the terminal to \(minimum.columns)x\(minimum.rows) (now \(canvas.size))"
    canvas.paragraph(
      text, row: 0, column: 0, width: canvas.size.columns, maxRows: canvas.size.rows,
      style: Canvas.Style(bold: true))
  }
}
