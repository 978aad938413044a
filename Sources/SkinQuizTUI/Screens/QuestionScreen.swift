import DrawingSurface
import SkinQuizCore
import TextLayout

/// A question: progress, the question, its options with radio or checkbox marks, a message
/// line and the key hints.
extension FullScreenModel {
  /// What the question screen holds: the highlight and the selection not yet confirmed.
  struct QuestionState: Equatable {
    /// The highlighted option.
    var cursor = 0
    /// The options chosen so far, as a bit set; the answer once confirmed.
    var pending: UInt64 = 0
    /// Whether the person moved the highlight on this question: only then does Enter take the
    /// highlighted option of a single question, so that nothing is ever chosen for them.
    var cursorMoved = false
    /// The first option shown, kept between keys.
    var optionsFirst = 0
    /// A one-line message under the options: a mistake, or what to do.
    var message: String?
    /// The review the person came from to change an answer, to go back to once it is given.
    var returnTo: ReviewState?
    /// The screen laid out when the last key was handled: the frame and the next key (a page,
    /// a click) read it rather than laying the options out again.
    var layout: QuestionLayout?
  }

  /// Where the parts of the question screen go at a size.
  struct QuestionLayout: Equatable {
    /// The terminal size it was laid out for.
    var size: TerminalSize
    /// The first row of options.
    var optionsTop: Int
    /// How many options are shown.
    var visibleOptions: Int
    /// The first option shown (the list scrolls to keep the cursor in view).
    var firstOption: Int
    /// The rows of the wrapped question text.
    var textLines: [String]
    /// Each option's rows: on one row when it fits, else its label and then its hint wrapped
    /// under it, so no word is hidden while there is room.
    var optionLines: [[OptionLine]]

    /// The option drawn on screen row `row`, if any.
    func option(atRow row: Int) -> Int? {
      var top = optionsTop
      for option in firstOption..<(firstOption + visibleOptions) {
        let height = optionLines[option].count
        if row >= top, row < top + height { return option }
        top += height
      }
      return nil
    }
  }

  /// A row of an option: a part of its label (in the option's style), then a part of its hint
  /// (dimmed); either may be empty.
  struct OptionLine: Equatable {
    var label: String
    var hint = ""
  }

  /// An option's rows at `width` columns, starting with its number and mark.
  static func optionLines(_ question: Question, _ option: Int, chosen: Bool, width: Int)
    -> [OptionLine]
  {
    let mark: String
    switch question.kind {
    case .single: mark = chosen ? "(•)" : "( )"
    case .multi: mark = chosen ? "[x]" : "[ ]"
    }
    let prefix = "\(KeyMap.numberKey(option + 1) ?? " ") \(mark) "
    let label = question.options[option].label
    let hint = question.options[option].hint
    let oneRow = OptionLine(label: prefix + label, hint: hint.map { " – " + $0 } ?? "")
    if DisplayWidth.of(oneRow.label + oneRow.hint) <= width { return [oneRow] }
    let indent = String(repeating: " ", count: DisplayWidth.of(prefix))
    let wrapper = TextWrapper(width: width)
    var lines = wrapper.wrap(label, indent: indent, firstIndent: prefix).map {
      OptionLine(label: $0)
    }
    if let hint {
      lines += wrapper.wrap("– " + hint, indent: indent + "  ", firstIndent: indent).map {
        OptionLine(label: "", hint: $0)
      }
    }
    return lines
  }

  /// The question being shown laid out at `size`, or `nil` when no question is shown.
  func questionLayout(size: TerminalSize) -> QuestionLayout? {
    guard case .question(let state) = screen else { return nil }
    return questionLayout(state, size: size)
  }

  /// The current question, in `state`, laid out at `size`: the layout kept in `state` when it
  /// is for that size and `reusing`.
  func questionLayout(_ state: QuestionState, size: TerminalSize, reusing: Bool = true)
    -> QuestionLayout?
  {
    if reusing, let kept = state.layout, kept.size == size { return kept }
    guard let index = quiz.current else { return nil }
    let (pending, cursor) = (state.pending, state.cursor)
    let question = quiz.pack.questions[index]
    let width = min(size.columns - 4, FullScreenModel.readingWidth)
    // Rows: title, progress, blank, text..., blank, options..., message, blank, hints. The
    // question comes first: it takes what it needs, leaving at least two rows of options.
    let maxTextRows = max(1, size.rows - 9)
    let wrapped = TextWrapper(width: width).wrap(question.text)
    var textLines = Array(wrapped.prefix(maxTextRows))
    if wrapped.count > maxTextRows, let last = textLines.last {
      // Cut short on a small screen: say so, rather than end mid-sentence.
      var shortened = last
      while DisplayWidth.of(shortened) + 1 > width, !shortened.isEmpty { shortened.removeLast() }
      textLines[textLines.count - 1] = shortened + "…"
    }
    let optionsTop = 3 + textLines.count + 1
    let rows = max(1, size.rows - optionsTop - 3)
    let optionWidth = size.columns - 4 - 1
    let whole = question.options.indices.map {
      Self.optionLines(question, $0, chosen: pending & (1 << $0) != 0, width: optionWidth)
    }
    let oneRow = question.options.indices.map {
      Self.optionLines(question, $0, chosen: pending & (1 << $0) != 0, width: .max)[0]
    }
    var lines = ListWindow.rows(whole: whole, oneRow: oneRow, rows: rows, cursor: cursor)
    if lines.indices.contains(cursor), lines[cursor].count > rows {
      // Taller than the screen: what is cut says so.
      lines[cursor] = Array(lines[cursor].prefix(rows))
      if lines[cursor][rows - 1].hint.isEmpty {
        lines[cursor][rows - 1].label += "…"
      } else {
        lines[cursor][rows - 1].hint += "…"
      }
    }
    let window = ListWindow(
      heights: lines.map(\.count), rows: rows, cursor: cursor, previous: state.optionsFirst)
    return QuestionLayout(
      size: size, optionsTop: optionsTop, visibleOptions: window.count, firstOption: window.first,
      textLines: textLines, optionLines: lines)
  }

  /// What `key` (`command` in the question's key map) does: the screen that follows.
  mutating func handleQuestion(
    _ state: QuestionState, _ key: Key, _ command: KeyCommand?
  ) -> Screen {
    guard let index = quiz.current else { return reviewScreen(state.returnTo) }
    var state = state
    let question = quiz.pack.questions[index]
    let count = question.options.count
    let page = max(1, (questionLayout(state, size: size).map(\.visibleOptions) ?? 1) - 1)
    if let moved = Self.moved(state.cursor, by: command, last: count - 1, page: page) {
      // Only a highlight that moved counts as pointing at an answer (↑ on the first does not).
      state.cursorMoved = state.cursorMoved || moved != state.cursor
      state.cursor = moved
      return .question(state)
    }
    if case .click(let row, _) = key {
      guard let layout = questionLayout(state, size: size) else { return .question(state) }
      if let option = layout.option(atRow: row) {
        state.cursor = option
        Self.choose(option, in: question, &state)
      }
      return .question(state)
    }
    switch command {
    case .choose?: Self.choose(state.cursor, in: question, &state)
    case .chooseNumber(let number)?:
      guard number >= 1, number <= count else {
        // Only a question of fewer than ten options lacks a number key's option.
        let key = KeyMap.numberKey(number).map(String.init) ?? "\(number)"
        state.message = "There is no option \(key): choose 1 to \(count)"
        return .question(state)
      }
      state.cursor = number - 1
      Self.choose(state.cursor, in: question, &state)
    case .next?:
      return confirm(question, state, takingHighlighted: true)
    case .skip?:
      return confirm(question, state, takingHighlighted: false)
    case .back?:
      if let review = state.returnTo, quiz.isComplete { return reviewScreen(review) }
      return previousScreen(returningTo: state.returnTo)
    default:
      break
    }
    return .question(state)
  }

  /// Picks an option: a single question's one answer, or a multi question's toggle, keeping an
  /// exclusive option alone.
  static func choose(_ option: Int, in question: Question, _ state: inout QuestionState) {
    state.message = nil
    state.pending = question.choosing(option, in: state.pending)
  }

  /// Confirms the selection and moves on, or says what is missing.
  ///
  /// - Parameter takingHighlighted: whether a single question with nothing chosen takes the
  ///   option the person moved the highlight to (Enter does; Tab and → only move on). The
  ///   highlight a question starts on is never taken: nothing is chosen for anyone.
  mutating func confirm(
    _ question: Question, _ state: QuestionState, takingHighlighted: Bool
  ) -> Screen {
    var state = state
    switch question.kind {
    case .single:
      if state.pending == 0, takingHighlighted, state.cursorMoved {
        state.pending = 1 << state.cursor
      }
    case .multi:
      break  // a tick is always the person's own: moving the highlight ticks nothing
    }
    guard state.pending != 0 else {
      switch question.kind {
      case .single:
        state.message = "Choose an answer first: press its number, or ↑↓ to it and Enter"
      case .multi: state.message = "Tick at least one answer (Space or its number), then Enter"
      }
      return .question(state)
    }
    do {
      try quiz.answer(state.pending)
    } catch {
      state.message = error.description
      return .question(state)
    }
    return questionScreen(returningTo: state.returnTo)
  }

  func renderQuestion(_ state: QuestionState, into canvas: inout Canvas) {
    guard let index = quiz.current, let layout = questionLayout(state, size: canvas.size) else {
      return
    }
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
    let bottom = canvas.size.rows - 3  // the message's row
    var y = layout.optionsTop
    for option in layout.firstOption..<(layout.firstOption + layout.visibleOptions) {
      let chosen = state.pending & (1 << option) != 0
      let isCursor = option == state.cursor
      let style = Canvas.Style(bold: chosen, reverse: isCursor)
      let hintStyle = Canvas.Style(reverse: isCursor, dim: !isCursor)
      for (index, line) in layout.optionLines[option].enumerated() where y < bottom {
        if isCursor { canvas.cursorRow(y, style: style, pointer: index == 0) }
        let used = canvas.clipped(line.label, row: y, column: 3, width: width - 1, style: style)
        canvas.clipped(
          line.hint, row: y, column: 3 + used, width: width - 1 - used, style: hintStyle)
        y += 1
      }
    }
    if layout.firstOption > 0 {
      canvas.put(
        "↑ more", row: layout.optionsTop - 1, column: canvas.size.columns - 8,
        style: .init(dim: true))
    }
    if layout.firstOption + layout.visibleOptions < question.options.count {
      canvas.put("↓ more", row: y, column: canvas.size.columns - 8, style: .init(dim: true))
    }
    if let message = state.message {
      // Two rows, the message's and the blank one under it, so a narrow screen keeps it whole.
      canvas.paragraph(
        message, row: canvas.size.rows - 3, column: 2, width: width, maxRows: 2,
        style: Canvas.Style(bold: true, color: .warning))
    }
    // Choosing and going on first: on a narrow screen the later hints give way.
    canvas.hintBar(keyMap.hints)
  }
}
