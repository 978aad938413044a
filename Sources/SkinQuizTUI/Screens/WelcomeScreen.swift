import SkinQuizCore

/// The first screen: what the quiz is and is not, the privacy promise, and how to move.
extension QuizApp {
  mutating func handleWelcome(_ key: Key) -> Outcome? {
    switch key {
    case .enter, .character(" "), .tab, .right:
      if quiz.isComplete { showReview() } else { showQuestion() }
    case .escape:
      overlay = .confirmQuit
    default:
      break
    }
    return nil
  }

  func renderWelcome(into canvas: inout Canvas) {
    let pack = quiz.pack
    canvas.titleBar(pack.title, right: "SkinQuiz")
    let width = min(canvas.size.columns - 4, QuizApp.readingWidth)
    let bottom = canvas.size.rows - 2
    var row = 2
    for (heading, text) in [
      ("About", pack.intro.about), ("Please note", pack.intro.disclaimer),
      ("Your privacy", pack.intro.privacy),
    ] {
      guard row < bottom else { break }
      canvas.put(heading, row: row, column: 2, style: Canvas.Style(bold: true, color: .accent))
      row += 1
      row += canvas.paragraph(text, row: row, column: 2, width: width, maxRows: bottom - row) + 1
    }
    let how =
      "Move with ↑ ↓, choose with Space or a number, Enter to go on, Esc to go back, "
      + "? for why we ask."
    if row < bottom {
      canvas.paragraph(
        how, row: row, column: 2, width: width, maxRows: bottom - row, style: .init(dim: true))
    }
    canvas.hintBar([("Enter", "start"), ("?", "help"), ("q", "quit")])
  }
}
