import SkinQuizCore

/// Every answer in one list; choosing one changes it, and the last row shows the result.
extension QuizApp {
  mutating func handleReview(_ key: Key) -> Outcome? {
    let items = quiz.review
    let last = items.count  // the "See my result" row
    let page = max(1, size.rows - 6)
    if let moved = Self.moved(reviewCursor, by: key, last: last, page: page) {
      reviewCursor = moved
      return nil
    }
    switch key {
    case .click(let row, _):
      let (top, first, visible) = reviewWindow()
      let item = first + row - top
      guard row >= top, item < first + visible else { return nil }
      reviewCursor = item
      openReviewItem(items)
    case .enter, .character(" "), .right:
      openReviewItem(items)
    case .escape, .backspace, .left, .backTab:
      goBack()
    default:
      break
    }
    return nil
  }

  private mutating func openReviewItem(_ items: [(question: Question, options: [Question.Option])])
  {
    guard reviewCursor < items.count else { return showResults() }
    guard let index = quiz.pack.questionIndex(items[reviewCursor].question.id),
      (try? quiz.revisit(index)) != nil
    else { return }
    returnToReview = true
    showQuestion()
  }

  /// The first row of the list, the first item shown and how many fit.
  func reviewWindow() -> (top: Int, first: Int, visible: Int) {
    let top = 4
    let visible = max(1, size.rows - top - 2)
    let count = quiz.review.count + 1
    let first = min(max(0, reviewCursor - visible + 1), max(0, count - visible))
    return (top, first, min(visible, count))
  }

  func renderReview(into canvas: inout Canvas) {
    canvas.titleBar("Review your answers", right: "\(quiz.review.count) answered", keepRight: true)
    let width = canvas.size.columns - 4
    canvas.paragraph(
      "Choose an answer to change it, or go on to see your result.", row: 2, column: 2,
      width: width, maxRows: 2, style: .init(dim: true))
    let items = quiz.review
    let (top, first, visible) = reviewWindow()
    // The answers get the width of the longest one (up to half the row less the gap), the
    // questions the rest, so a wide terminal shows both whole.
    let longest =
      items.map { DisplayWidth.of($0.options.map(\.label).joined(separator: ", ")) }
      .max() ?? 0
    let questionWidth = max(min(width / 2, 36), width - longest - 1)
    for row in 0..<visible {
      let item = first + row
      let y = top + row
      let isCursor = item == reviewCursor
      let style = Canvas.Style(reverse: isCursor)
      if isCursor { canvas.cursorRow(y, style: style) }
      guard item < items.count else {
        canvas.put(
          "See my result", row: y, column: 3, width: width - 1,
          style: Canvas.Style(bold: true, reverse: isCursor))
        continue
      }
      let (question, options) = items[item]
      canvas.clipped(question.text, row: y, column: 3, width: questionWidth - 2, style: style)
      canvas.clipped(
        options.map(\.label).joined(separator: ", "), row: y, column: 2 + questionWidth,
        width: width - questionWidth, style: Canvas.Style(bold: true, reverse: isCursor))
    }
    canvas.hintBar([
      ("↑↓", "move"), ("Enter", "change / result"), ("Esc", "back"), ("?", "keys"), ("q", "quit"),
    ])
  }
}
