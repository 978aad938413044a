import DrawingSurface
import SkinQuizCore
import TextLayout

/// Windows over a screen: why we ask, the quit confirmation, and the too-small notice.
extension FullScreenModel {
  mutating func handleOverlay(_ overlay: Overlay, _ key: Key) -> Outcome? {
    switch overlay {
    case .help(let scroll):
      // On a small screen ↑↓ (and the page keys) scroll the panel; any other key closes it.
      let (_, _, rows, _, visible) = helpLayout(size)
      let last = max(0, rows.count - visible)
      if last > 0, key != .endOfInput,
        let moved = Self.moved(
          scroll, by: KeyMap.scrolling.command(for: key), last: last, page: visible)
      {
        self.overlay = .help(scroll: moved)
        return nil
      }
      self.overlay = nil
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

  /// A row of the help panel: keys (in bold, in their column) and what they do, or a row of
  /// text across the panel (`keys` is `nil`).
  struct HelpRow {
    var keys: String?
    var text: String
    var style = Canvas.Style.plain
  }

  /// The help panel's title, rows for a text `width` wide, and the keys column's width: on a
  /// question, why we ask it; then the keys of the screen, read from its key map (on the
  /// welcome, the keys of the questions too, since that is where they are learnt).
  func helpContent(width: Int) -> (title: String, rows: [HelpRow], keysWidth: Int) {
    var rows: [HelpRow] = []
    let heading = Canvas.Style(bold: true, color: .accent)
    var title = "Keys"
    var maps = [("", keyMap)]
    if case .question = screen, let index = quiz.current {
      title = "Why we ask"
      let question = quiz.pack.questions[index]
      // On a screen too small for the whole question, the panel gives it first.
      if let layout = questionLayout(size: size),
        layout.textLines.last?.hasSuffix("…") == true
      {
        rows += TextWrapper(width: width).wrap(question.text).map {
          HelpRow(text: $0, style: Canvas.Style(bold: true))
        }
        rows.append(HelpRow(text: ""))
      }
      rows += TextWrapper(width: width).wrap(question.help).map { HelpRow(text: $0) }
      maps = [("Keys", keyMap)]
    } else if case .welcome = screen {
      maps = [("On this screen", keyMap), ("On each question", .question(.single))]
    }
    let lines = maps.flatMap(\.1.helpLines)
    // The keys get the room their longest entry needs, up to two fifths of the panel.
    let keysWidth = min(lines.map { DisplayWidth.of($0.keys) }.max() ?? 0, max(6, width * 2 / 5))
    for (name, map) in maps {
      if !name.isEmpty {
        if !rows.isEmpty { rows.append(HelpRow(text: "")) }
        rows.append(HelpRow(text: name, style: heading))
      }
      for line in map.helpLines {
        let keys = TextWrapper(width: keysWidth).wrap(line.keys)
        let text = TextWrapper(width: width - keysWidth - 2).wrap(line.action)
        for index in 0..<max(keys.count, text.count) {
          rows.append(
            HelpRow(
              keys: index < keys.count ? keys[index] : "",
              text: index < text.count ? text[index] : ""))
        }
      }
    }
    return (title, rows, keysWidth)
  }

  /// The help panel's frame, rows and how many rows show at `size`: as big as it needs, up to
  /// the rows above the footer.
  func helpLayout(_ size: TerminalSize) -> (
    frame: (row: Int, column: Int, width: Int, height: Int), title: String, rows: [HelpRow],
    keysWidth: Int, visible: Int
  ) {
    let width = min(size.columns, 72)
    let content = helpContent(width: width - 4)
    let height = min(size.rows - 1, content.rows.count + 2)
    let frame = ((size.rows - 1 - height) / 2, (size.columns - width) / 2, width, height)
    return (frame, content.title, content.rows, content.keysWidth, max(1, height - 2))
  }

  func renderHelp(scroll: Int, into canvas: inout Canvas) {
    let (frame, title, rows, keysWidth, visible) = helpLayout(canvas.size)
    let scroll = min(scroll, max(0, rows.count - visible))
    canvas.box(
      row: frame.row, column: frame.column, width: frame.width, height: frame.height, title: title)
    let column = frame.column + 2
    for (offset, row) in rows.dropFirst(scroll).prefix(visible).enumerated() {
      let y = frame.row + 1 + offset
      guard let keys = row.keys else {
        canvas.put(row.text, row: y, column: column, width: frame.width - 4, style: row.style)
        continue
      }
      canvas.put(keys, row: y, column: column, width: keysWidth, style: .init(bold: true))
      canvas.put(
        row.text, row: y, column: column + keysWidth + 2, width: frame.width - 6 - keysWidth)
    }
    // Where the text goes on, an arrow on the frame says so.
    let arrows = Canvas.Style(dim: true)
    if scroll > 0 {
      canvas.put("↑", row: frame.row + 1, column: frame.column + frame.width - 1, style: arrows)
    }
    if scroll + visible < rows.count {
      canvas.put(
        "↓", row: frame.row + visible, column: frame.column + frame.width - 1, style: arrows)
    }
    // The footer says how to leave, as every footer says what its keys do.
    canvas.put(
      String(repeating: " ", count: canvas.size.columns), row: canvas.size.rows - 1, column: 0)
    canvas.hintBar(
      rows.count > visible
        ? [("↑↓", "scroll"), ("other keys", "close")] : [("any key", "close")])
  }

  func renderConfirmQuit(into canvas: inout Canvas) {
    // As tall as the question needs: what it says of the answers is never cut short.
    let rows = TextWrapper(width: overlayFrame(canvas, lines: 0).width - 4).wrap(quitQuestion)
    let frame = overlayFrame(canvas, lines: max(2, rows.count) + 2)
    canvas.box(
      row: frame.row, column: frame.column, width: frame.width, height: frame.height, title: "Quit?"
    )
    canvas.paragraph(
      quitQuestion, row: frame.row + 1,
      column: frame.column + 2, width: frame.width - 4, maxRows: frame.height - 4)
    canvas.put(
      "y  quit      n  keep going", row: frame.row + frame.height - 2, column: frame.column + 2,
      width: frame.width - 4, style: Canvas.Style(bold: true))
  }

  /// The quit question, which says what happens to the answers.
  var quitQuestion: String { Wording.quitQuestion(draftState) }

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
