import DrawingSurface
import SkinQuizCore
import TextLayout

/// The first screen: what the quiz is and is not, the privacy promise, and how to move.
///
/// On a short terminal the text scrolls, so the disclaimer and the privacy promise can always
/// be read before the first question.
extension FullScreenModel {
  /// Scrolls the text, or goes on to the first question still to answer.
  ///
  /// - Parameter review: The review the person left to change an answer, if they did.
  mutating func handleWelcome(_ command: KeyCommand?, returningTo review: ReviewState?) -> Screen {
    let lastScroll = max(0, welcomeRows().count - welcomeViewHeight)
    if let moved = Self.moved(welcomeScroll, by: command, last: lastScroll, page: welcomeViewHeight)
    {
      welcomeScroll = moved
    } else if command == .next {
      return quiz.isComplete ? reviewScreen(review) : questionScreen(returningTo: review)
    }
    return .welcome(returningTo: review)
  }

  /// How many rows of text fit between the title bar and the hints.
  var welcomeViewHeight: Int { max(1, size.rows - 4) }

  /// The welcome text as rows: each heading, its wrapped paragraph and a blank line.
  func welcomeRows() -> [(text: String, style: Canvas.Style)] {
    let intro = quiz.pack.intro
    let width = min(size.columns - 4, FullScreenModel.readingWidth)
    var rows: [(String, Canvas.Style)] = []
    var paragraphs = [
      ("About", intro.about), ("Please note", intro.disclaimer), ("Your privacy", intro.privacy),
    ]
    if let back = Resumption.welcomeBack(quiz) {
      paragraphs.insert((keepsDraft ? "Welcome back" : "Your answers so far", back), at: 0)
    }
    if let draftPath { paragraphs.append(("Your draft", Resumption.draftNote(draftPath))) }
    for (heading, text) in paragraphs {
      rows.append((heading, Canvas.Style(bold: true, color: .accent)))
      rows += TextWrapper(width: width).wrap(text).map { ($0, .plain) }
      rows.append(("", .plain))
    }
    let how =
      "Move with ↑ ↓, choose with Space or a number, Enter to go on, Esc to go back, "
      + "? for why we ask."
    rows += TextWrapper(width: width).wrap(how).map { ($0, Canvas.Style(dim: true)) }
    return rows
  }

  func renderWelcome(into canvas: inout Canvas) {
    canvas.titleBar(quiz.pack.title, right: "SkinQuiz")
    let rows = welcomeRows()
    let scroll = min(welcomeScroll, max(0, rows.count - welcomeViewHeight))
    for (offset, row) in rows.dropFirst(scroll).prefix(welcomeViewHeight).enumerated() {
      canvas.put(row.text, row: 2 + offset, column: 2, style: row.style)
    }
    let more = scroll + welcomeViewHeight < rows.count
    if more {
      canvas.put(
        "↓", row: 1 + welcomeViewHeight, column: canvas.size.columns - 1, style: .init(dim: true))
    }
    canvas.hintBar(KeyMap.welcome(more: more).hints)
  }
}
