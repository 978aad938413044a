import DrawingSurface
import SkinQuizCore
import TextLayout

/// Every answer in one list; choosing one changes it, and the last row shows the result.
extension FullScreenModel {
  /// What the review holds: the highlighted row (the last row is "See my result").
  struct ReviewState: Equatable {
    /// The highlighted row.
    var cursor: Int
    /// The first row shown, kept between keys.
    var first = 0
  }

  /// What `key` (`command` in the review's key map) does: the screen that follows.
  mutating func handleReview(_ state: ReviewState, _ key: Key, _ command: KeyCommand?) -> Screen {
    var state = state
    let items = quiz.review
    let last = items.count  // the "See my result" row
    let page = max(1, size.rows - 6)
    if let moved = Self.moved(state.cursor, by: command, last: last, page: page) {
      state.cursor = moved
      return .review(state)
    }
    if case .click(let row, _) = key {
      guard let item = reviewLayout(state).item(atRow: row) else { return .review(state) }
      state.cursor = item
      return openReviewItem(items, state)
    }
    switch command {
    case .next?: return openReviewItem(items, state)
    case .back?: return previousScreen(returningTo: nil)
    default: return .review(state)
    }
  }

  /// The highlighted row opened: its question, to change the answer, or the result.
  private mutating func openReviewItem(
    _ items: [(question: Question, options: [Question.Option])], _ state: ReviewState
  ) -> Screen {
    guard state.cursor < items.count else { return resultsScreen(from: state) }
    guard let index = quiz.pack.questionIndex(items[state.cursor].question.id),
      (try? quiz.revisit(index)) != nil
    else { return .review(state) }
    return questionScreen(returningTo: state)
  }

  /// How the review is laid out at the current size: where the list starts, each item's rows,
  /// and which items are shown.
  struct ReviewLayout {
    /// The first row of the list.
    var top: Int
    /// Each item's rows, "See my result" last: the question (up to two rows), and the answer
    /// beside its first row or on a row of its own, at `column` from the question's.
    var items: [[(question: String, answer: String, column: Int)]]
    /// The items shown.
    var window: ListWindow

    /// The item drawn on screen row `row`, if any.
    func item(atRow row: Int) -> Int? {
      var y = top
      for item in window.first..<(window.first + window.count) {
        if row >= y, row < y + items[item].count { return item }
        y += items[item].count
      }
      return nil
    }
  }

  func reviewLayout(_ state: ReviewState) -> ReviewLayout {
    let top = 4
    let width = size.columns - 4
    let review = quiz.review
    let answers = review.map { $0.options.map(\.label).joined(separator: ", ") }
    // Side by side where the questions get 30 columns or more: the answers get the width of
    // the longest one (up to half the row), the questions the rest. Else each answer goes under
    // its question.
    let longest = answers.map(DisplayWidth.of).max() ?? 0
    let questionWidth = max(min(width / 2, 36), width - longest - 1)
    let sideBySide = questionWidth - 2 >= 30
    var whole: [[(question: String, answer: String, column: Int)]] = []
    for (item, answer) in zip(review, answers) {
      let wrapped = TextWrapper(width: (sideBySide ? questionWidth : width) - 2).wrap(
        item.question.text)
      var rows = wrapped.prefix(2).map { (question: $0, answer: "", column: 0) }
      if wrapped.count > 2 { rows[1].question += "…" }
      if sideBySide {
        (rows[0].answer, rows[0].column) = (answer, questionWidth - 1)
      } else {
        rows.append((question: "", answer: answer, column: 2))
      }
      whole.append(rows)
    }
    whole.append([(question: "See my result", answer: "", column: 0)])
    // One row: the question cut to its column, the answer beside it.
    let compactColumn = max(min(width / 2, 36), width - longest - 1)
    var oneRow = zip(review, answers).map { item, answer in
      var question = item.question.text
      if DisplayWidth.of(question) > compactColumn - 2 {
        while DisplayWidth.of(question) + 1 > compactColumn - 2, !question.isEmpty {
          question.removeLast()
        }
        question += "…"
      }
      return (question: question, answer: answer, column: compactColumn - 1)
    }
    oneRow.append((question: "See my result", answer: "", column: 0))
    let rows = max(1, size.rows - top - 2)
    let items = ListWindow.rows(whole: whole, oneRow: oneRow, rows: rows, cursor: state.cursor)
    let window = ListWindow(
      heights: items.map(\.count), rows: rows, cursor: state.cursor, previous: state.first)
    return ReviewLayout(top: top, items: items, window: window)
  }

  func renderReview(_ state: ReviewState, into canvas: inout Canvas) {
    canvas.titleBar("Review your answers", right: "\(quiz.review.count) answered", keepRight: true)
    let width = canvas.size.columns - 4
    canvas.paragraph(
      "Choose an answer to change it, or go on to see your result.", row: 2, column: 2,
      width: width, maxRows: 2, style: .init(dim: true))
    let layout = reviewLayout(state)
    var y = layout.top
    let bottom = canvas.size.rows - 2
    for item in layout.window.first..<(layout.window.first + layout.window.count) {
      let isCursor = item == state.cursor
      let isResult = item == layout.items.count - 1
      let style = Canvas.Style(bold: isResult, reverse: isCursor)
      for (index, row) in layout.items[item].enumerated() where y < bottom {
        if isCursor { canvas.cursorRow(y, style: style, pointer: index == 0) }
        canvas.clipped(row.question, row: y, column: 3, width: width - 1, style: style)
        if !row.answer.isEmpty {
          let column = 3 + row.column
          canvas.clipped(
            row.answer, row: y, column: column, width: width + 2 - column,
            style: Canvas.Style(bold: true, reverse: isCursor))
        }
        y += 1
      }
    }
    // Where the list goes on, above or below, it says so, as the questions' lists do.
    let marker = Canvas.Style(dim: true)
    if layout.window.first > 0 {
      canvas.put("↑ more", row: layout.top - 1, column: canvas.size.columns - 8, style: marker)
    }
    if layout.window.first + layout.window.count < layout.items.count {
      canvas.put("↓ more", row: min(y, bottom), column: canvas.size.columns - 8, style: marker)
    }
    canvas.hintBar(keyMap.hints)
  }
}
