import SkinQuizCore

/// A question: progress, the question, its options with radio or checkbox marks, a message
/// line and the key hints.
extension QuizApp {
  /// Where the parts of the question screen go at a size.
  struct QuestionLayout {
    /// The first row of options.
    var optionsTop: Int
    /// How many option rows fit.
    var visibleOptions: Int
    /// The first option shown (the list scrolls to keep the cursor in view).
    var firstOption: Int
    /// The rows of the wrapped question text.
    var textLines: [String]
  }

  func questionLayout(size: TerminalSize) -> QuestionLayout? {
    guard let index = quiz.current else { return nil }
    let question = quiz.pack.questions[index]
    let width = min(size.columns - 4, QuizApp.readingWidth)
    // Rows: title, progress, blank, text..., blank, options..., message, blank, hints.
    let maxTextRows = max(1, (size.rows - 8) / 2)
    let wrapped = TextWrapper(width: width).wrap(question.text)
    var textLines = Array(wrapped.prefix(maxTextRows))
    if wrapped.count > maxTextRows, let last = textLines.last {
      // Cut short on a small screen: say so, rather than end mid-sentence.
      var shortened = last
      while DisplayWidth.of(shortened) + 1 > width, !shortened.isEmpty { shortened.removeLast() }
      textLines[textLines.count - 1] = shortened + "…"
    }
    let optionsTop = 3 + textLines.count + 1
    let visible = max(1, size.rows - optionsTop - 3)
    var first = 0
    if question.options.count > visible {
      first = min(max(0, cursor - visible + 1), question.options.count - visible)
      if cursor < first { first = cursor }
    }
    return QuestionLayout(
      optionsTop: optionsTop, visibleOptions: min(visible, question.options.count),
      firstOption: first, textLines: textLines)
  }

  mutating func handleQuestion(_ key: Key) -> Outcome? {
    guard let index = quiz.current else {
      showReview()
      return nil
    }
    let question = quiz.pack.questions[index]
    let count = question.options.count
    let page = max(1, (questionLayout(size: size).map(\.visibleOptions) ?? 1) - 1)
    if let moved = Self.moved(cursor, by: key, last: count - 1, page: page) {
      // Only a highlight that moved counts as pointing at an answer (↑ on the first does not).
      cursorMoved = cursorMoved || moved != cursor
      cursor = moved
      return nil
    }
    switch key {
    case .character(" "), .character("x"): choose(cursor, in: question)
    case .character(let digit) where digit.isWholeNumber:
      guard let number = digit.wholeNumberValue, number >= 1, number <= count else {
        message = "There is no option \(digit): choose 1 to \(min(count, 9))"
        return nil
      }
      cursor = number - 1
      choose(cursor, in: question)
    case .click(let row, _):
      guard let layout = questionLayout(size: size) else { return nil }
      let option = layout.firstOption + row - layout.optionsTop
      if row >= layout.optionsTop, option < layout.firstOption + layout.visibleOptions {
        cursor = option
        choose(option, in: question)
      }
    case .enter:
      confirm(question, takingHighlighted: true)
    case .tab, .right:
      confirm(question, takingHighlighted: false)
    case .escape, .backspace, .backTab, .left:
      if returnToReview, quiz.isComplete { showReview() } else { goBack() }
    default:
      break
    }
    return nil
  }

  /// Picks an option: a single question's one answer, or a multi question's toggle, keeping an
  /// exclusive option alone.
  mutating func choose(_ option: Int, in question: Question) {
    message = nil
    pending = question.choosing(option, in: pending)
  }

  /// Confirms the selection and moves on, or says what is missing.
  ///
  /// - Parameter takingHighlighted: whether a single question with nothing chosen takes the
  ///   option the person moved the highlight to (Enter does; Tab and → only move on). The
  ///   highlight a question starts on is never taken: nothing is chosen for anyone.
  mutating func confirm(_ question: Question, takingHighlighted: Bool) {
    if pending == 0, question.kind == .single, takingHighlighted, cursorMoved {
      pending = 1 << cursor
    }
    guard pending != 0 else {
      message =
        question.kind == .single
        ? "Choose an answer first: press its number, or ↑↓ to it and Enter"
        : "Tick at least one answer (Space or its number), then Enter"
      return
    }
    do {
      try quiz.answer(pending)
    } catch {
      message = error.description
      return
    }
    if quiz.current == nil { showReview() } else { showQuestion() }
  }

  func renderQuestion(into canvas: inout Canvas) {
    guard let index = quiz.current, let layout = questionLayout(size: canvas.size) else { return }
    let question = quiz.pack.questions[index]
    let progress = quiz.progress
    let counter = "Question \(progress.position) of about \(progress.estimatedTotal)"
    canvas.titleBar(quiz.pack.title, right: counter, keepRight: true)
    canvas.progressBar(
      row: 1, column: 0, width: canvas.size.columns, done: progress.position - 1,
      total: progress.estimatedTotal)
    for (offset, line) in layout.textLines.enumerated() {
      canvas.put(line, row: 3 + offset, column: 2, style: Canvas.Style(bold: true))
    }
    let width = canvas.size.columns - 4
    for row in 0..<layout.visibleOptions {
      let option = layout.firstOption + row
      let chosen = pending & (1 << option) != 0
      let mark =
        question.kind == .single ? (chosen ? "(•)" : "( )") : (chosen ? "[x]" : "[ ]")
      let number = option < 9 ? "\(option + 1)" : " "
      let y = layout.optionsTop + row
      let isCursor = option == cursor
      let style = Canvas.Style(bold: chosen, reverse: isCursor)
      if isCursor { canvas.cursorRow(y, style: style) }
      let used = canvas.clipped(
        "\(number) \(mark) \(question.options[option].label)", row: y, column: 3,
        width: width - 1, style: style)
      if let hint = question.options[option].hint, used + 4 < width - 1 {
        canvas.clipped(
          " – " + hint, row: y, column: 3 + used, width: width - 1 - used,
          style: Canvas.Style(reverse: isCursor, dim: !isCursor))
      }
    }
    if layout.firstOption > 0 {
      canvas.put(
        "↑ more", row: layout.optionsTop - 1, column: canvas.size.columns - 8,
        style: .init(dim: true))
    }
    if layout.firstOption + layout.visibleOptions < question.options.count {
      canvas.put(
        "↓ more", row: layout.optionsTop + layout.visibleOptions, column: canvas.size.columns - 8,
        style: .init(dim: true))
    }
    if let message {
      // Two rows, the message's and the blank one under it, so a narrow screen keeps it whole.
      canvas.paragraph(
        message, row: canvas.size.rows - 3, column: 2, width: width, maxRows: 2,
        style: Canvas.Style(bold: true, color: .warning))
    }
    let choose = question.kind == .single ? "choose" : "tick"
    // Choosing and going on first: on a narrow screen the later hints give way.
    canvas.hintBar([
      ("Space", choose), ("Enter", "next"), ("↑↓", "move"), ("Esc", "back"), ("?", "why we ask"),
      ("q", "quit"),
    ])
  }
}
