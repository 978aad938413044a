import DrawingSurface
import SkinQuizCore
import TextLayout

/// The result: the verdict as a banner, then the findings by section, each opening to show why
/// it appeared and its sources; scrollable.
extension FullScreenModel {
  /// What the result screen holds: the highlighted finding, the scroll, the open findings.
  struct ResultsState: Equatable {
    /// The highlighted finding, by its index in the result.
    var findingCursor = 0
    /// The first row of the document shown.
    var scroll = 0
    /// The findings opened to show why they appear and their sources.
    var opened: Set<Int> = []
    /// A one-line message above the footer (that the result was saved).
    var message: String?
    /// The review the result was reached from, to go back to.
    var review: ReviewState
  }

  /// One row of the results document.
  struct ResultRow {
    var text: String
    var column: Int
    var style: Canvas.Style
    /// For a finding's title row, the finding's index in the result.
    var finding: Int?
    /// Whether the text is kept on its one row, cut with "…" when wider (a link, which
    /// wrapped could neither be clicked nor copied), instead of having been wrapped.
    var clips = false
    /// The address the row links to, whole even when the text is cut (OSC 8, where the
    /// terminal can open links).
    var link: String?
  }

  /// The rows of the results document for the current width, with `state`'s open findings.
  func resultRows(_ state: ResultsState) -> [ResultRow] {
    guard let result else { return [] }
    let width = min(size.columns - 4, FullScreenModel.readingWidth)
    var rows: [ResultRow] = []
    func add(_ text: String, indent: Int = 0, style: Canvas.Style = .plain) {
      for line in TextWrapper(width: width - indent).wrap(text) {
        rows.append(ResultRow(text: line, column: 2 + indent, style: style))
      }
    }
    add(result.verdict.text)
    var index = 0
    for section in result.sections {
      rows.append(ResultRow(text: "", column: 2, style: .plain))
      add(section.title.uppercased(), style: Canvas.Style(bold: true, color: .accent))
      let shared = section.sharedBecause
      if let shared {
        add("Why these appear: " + shared.joined(separator: "; "), style: .init(dim: true))
      }
      for fired in section.findings {
        let isOpen = state.opened.contains(index)
        let kind = section.showsKinds ? " (\(result.label(of: fired.finding)))" : ""
        let color = fired.finding.floor.map(color(ofVerdict:)) ?? .normal
        for (offset, line) in TextWrapper(width: width - 2).wrap(fired.finding.title + kind)
          .enumerated()
        {
          rows.append(
            ResultRow(
              text: (offset == 0 ? (isOpen ? "▾ " : "▸ ") : "  ") + line, column: 2,
              style: Canvas.Style(bold: true, color: color), finding: offset == 0 ? index : nil))
        }
        if isOpen {
          add(fired.finding.text, indent: 2)
          if let ask = fired.finding.ask { add("Ask: " + ask, indent: 2) }
          if shared == nil {
            add(
              "Why this appears: " + fired.because.joined(separator: "; "), indent: 2,
              style: .init(dim: true))
          }
          for source in fired.sources {
            add("\(source.citedAs) · \(source.reference)", indent: 2, style: .init(dim: true))
            if let url = source.url {
              rows.append(
                ResultRow(
                  text: url, column: 6, style: .init(underline: true, dim: true), clips: true,
                  link: url))
            }
          }
        }
        index += 1
      }
    }
    rows.append(ResultRow(text: "", column: 2, style: .plain))
    add(quiz.pack.intro.disclaimer, style: .init(dim: true))
    return rows
  }

  /// The verdict banner's lines: the verdict's title, wrapped to at most two rows.
  var bannerLines: [String] {
    guard let result else { return [] }
    return Array(TextWrapper(width: size.columns - 4).wrap(result.verdict.title).prefix(2))
  }

  /// The first row of the scrolling document, below the title bar and the banner.
  var resultTop: Int { 2 + bannerLines.count + 1 }

  /// How many document rows fit between the banner and the hints.
  var resultViewHeight: Int { max(1, size.rows - resultTop - 2) }

  /// Whether the highlighted finding's title is on screen (on a small screen the verdict's
  /// text can fill it at first).
  func findingCursorInView(_ state: ResultsState, in rows: [ResultRow]) -> Bool {
    guard let row = rows.firstIndex(where: { $0.finding == state.findingCursor }) else {
      return true
    }
    let scroll = min(state.scroll, max(0, rows.count - resultViewHeight))
    return row >= scroll && row < scroll + resultViewHeight
  }

  /// Scrolls so that the highlighted finding's title is in view, in the document `rows`.
  func scrollToFindingCursor(_ state: inout ResultsState, in rows: [ResultRow]) {
    guard let row = rows.firstIndex(where: { $0.finding == state.findingCursor }) else { return }
    if row < state.scroll { state.scroll = row }
    if row >= state.scroll + resultViewHeight { state.scroll = row - resultViewHeight + 1 }
  }

  /// The result's keys, in the words that fit `state`, whose document is `rows`.
  func resultsKeyMap(_ state: ResultsState, rows: [ResultRow]) -> KeyMap {
    .results(
      open: state.opened.contains(state.findingCursor),
      inView: findingCursorInView(state, in: rows))
  }

  /// What `key` (`command` in the result's key map) does: the screen that follows, and what
  /// the runner is to do, if anything.
  mutating func handleResults(
    _ state: ResultsState, _ key: Key, _ command: KeyCommand?
  ) -> (Screen, Effect?) {
    var state = state
    let count = result?.findings.count ?? 0
    let rows = resultRows(state)
    let maxScroll = max(0, rows.count - resultViewHeight)
    if case .click(let row, _) = key {
      let index = state.scroll + row - resultTop
      if row >= resultTop, index < rows.count, let finding = rows[index].finding {
        state.findingCursor = finding
        toggle(finding, &state)
      }
      return (.results(state), nil)
    }
    // While the highlighted finding is out of sight, ↓ and Enter first bring it into view:
    // nothing is opened, and no finding skipped, that the person has not seen.
    if command == .down || command == .next, !findingCursorInView(state, in: rows) {
      scrollToFindingCursor(&state, in: rows)
      return (.results(state), nil)
    }
    switch command {
    case .up?:
      state.findingCursor = max(0, state.findingCursor - 1)
      scrollToFindingCursor(&state, in: rows)
    case .down?:
      state.findingCursor = min(max(0, count - 1), state.findingCursor + 1)
      scrollToFindingCursor(&state, in: rows)
    case .pageUp?, .pageDown?:
      let step = command == .pageUp ? -resultViewHeight : resultViewHeight
      state.scroll = min(maxScroll, max(0, state.scroll + step))
      // Keep the highlight on a finding that is in view.
      let visible = rows[state.scroll..<min(rows.count, state.scroll + resultViewHeight)]
      if let first = visible.compactMap(\.finding).first { state.findingCursor = first }
    case .first?:
      state.findingCursor = 0
      state.scroll = 0
    case .last?:
      state.findingCursor = max(0, count - 1)
      state.scroll = maxScroll
    case .next?:
      toggle(state.findingCursor, &state)
    case .save?:
      return (saveScreen(over: state), nil)
    case .finish?:
      return (.results(state), .end(.finished(savedTo: savedPaths)))
    case .back?:
      return (reviewScreen(state.review), nil)
    default:
      break
    }
    return (.results(state), nil)
  }

  private func toggle(_ finding: Int, _ state: inout ResultsState) {
    guard finding < result?.findings.count ?? 0 else { return }
    // Opening or closing changes the document, so its rows are laid out again.
    if state.opened.contains(finding) {
      state.opened.remove(finding)
      scrollToFindingCursor(&state, in: resultRows(state))
    } else {
      state.opened.insert(finding)
      // Bring the title to the top so what opened is in view.
      let rows = resultRows(state)
      if let row = rows.firstIndex(where: { $0.finding == finding }) {
        state.scroll = min(row, max(0, rows.count - resultViewHeight))
      }
    }
  }

  /// The colour of the verdict banner.
  var verdictColor: Canvas.Color {
    guard let result, let index = quiz.pack.verdictIndex(result.verdict.id) else { return .normal }
    return color(ofVerdict: index)
  }

  /// The colour of a verdict, and of the findings that lead to it: its tone (see
  /// ``VerdictTone``), in red, yellow, magenta (not the cyan of the headings), green or plain.
  public func color(ofVerdict index: Int) -> Canvas.Color {
    switch quiz.pack.tone(ofVerdict: index) {
    case .severe: return .danger
    case .warning: return .warning
    case .notice: return .notice
    case .good: return .good
    case .neutral: return .normal
    }
  }

  /// Draws the result in `state`; under a dialog, its message gives way and the footer is
  /// `dialogKeys`'.
  func renderResults(_ state: ResultsState, into canvas: inout Canvas, dialogKeys: KeyMap? = nil) {
    guard result != nil else { return }
    canvas.titleBar("Your result", right: quiz.pack.title)
    let banner = Canvas.Style(bold: true, reverse: true, color: verdictColor)
    for (offset, line) in bannerLines.enumerated() {
      canvas.fill(row: 2 + offset, column: 1, width: canvas.size.columns - 2, style: banner)
      canvas.put(line, row: 2 + offset, column: 2, width: canvas.size.columns - 4, style: banner)
    }
    let rows = resultRows(state)
    let top = resultTop
    // After a resize the rows are fewer or more: never scroll past the end.
    let resultScroll = min(state.scroll, max(0, rows.count - resultViewHeight))
    for (offset, row) in rows.dropFirst(resultScroll).prefix(resultViewHeight).enumerated() {
      let isCursor = row.finding == state.findingCursor
      var style = row.style
      style.reverse = isCursor
      if isCursor { canvas.cursorRow(top + offset, style: style) }
      let width = canvas.size.columns - row.column - 2
      if row.clips {
        let used = canvas.clipped(
          row.text, row: top + offset, column: row.column, width: width, style: style)
        if let link = row.link {
          canvas.link(link, row: top + offset, column: row.column, width: used)
        }
      } else {
        canvas.put(row.text, row: top + offset, column: row.column, width: width, style: style)
      }
    }
    if resultScroll > 0 {
      canvas.put("↑", row: top, column: canvas.size.columns - 1, style: .init(dim: true))
    }
    if resultScroll + resultViewHeight < rows.count {
      canvas.put(
        "↓", row: top + resultViewHeight - 1, column: canvas.size.columns - 1,
        style: .init(dim: true))
    }
    if let message = state.message, dialogKeys == nil {
      canvas.put(
        message, row: canvas.size.rows - 2, column: 2, width: canvas.size.columns - 4,
        style: Canvas.Style(bold: true, color: .good))
    }
    // The rows laid out above say whether the highlighted finding is in sight; under the save
    // dialog the footer is the dialog's.
    let keys = dialogKeys ?? resultsKeyMap(state, rows: rows)
    canvas.hintBar(keys.hints)
  }
}
