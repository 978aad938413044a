import DrawingSurface
import SkinQuizCore
import TextLayout

/// Saving the result: a file name (the format follows its ending), a confirmation before
/// replacing a file, and any error shown in the dialog, never a crash or a lost result.
extension FullScreenModel {
  /// What the save dialog holds: the name being typed, and the result screen under it.
  struct SaveState: Equatable {
    /// The file name as typed.
    var name: String
    /// Where the cursor is in the name, in characters.
    var cursor: Int
    /// Whether the dialog is asking whether to replace the file the name names.
    var confirmingReplace = false
    /// A mistake, or the question whether to replace a file.
    var message: String?
    /// The result screen under the dialog, shown again when it closes.
    var results: ResultsState
    /// The folder the name puts the file in, looked at when the name last changed.
    var folder: SaveFolder

    /// The name typed, with `~` as the home folder, as a shell would.
    var path: String { Self.path(typed: name) }

    /// The path a typed `name` stands for: without the blanks around it, `~` expanded.
    static func path(typed name: String) -> String {
      TypedPath.expandingHome(TypedPath.trimmed(name))
    }
  }

  /// A file name in the current folder for today's result, as text.
  var defaultSavePath: String {
    let date = result.map { String($0.createdAt.prefix(10)) } ?? "result"
    return "\(quiz.pack.id)-result-\(date).txt"
  }

  /// The dialog over `results`, offering the name typed last time, or a new one.
  func saveScreen(over results: ResultsState) -> Screen {
    let name = lastSaveName.isEmpty ? defaultSavePath : lastSaveName
    return .save(
      SaveState(
        name: name, cursor: name.count, results: results,
        folder: SaveFolder(of: SaveState.path(typed: name), in: workingDirectory)
      ))
  }

  /// What `key` (`command` in the dialog's key map) does: the screen that follows, and the
  /// file to write when the name is complete.
  mutating func handleSave(
    _ state: SaveState, _ key: Key, _ command: KeyCommand?
  ) -> (Screen, Effect?) {
    var state = state
    if state.confirmingReplace {
      if command == .next {
        let effect = saveRequest(&state, replacing: true)
        return (.save(state), effect)
      }
      state.confirmingReplace = false
      state.message = nil
      return (.save(state), nil)
    }
    var name = Array(state.name)
    let cursor = min(state.cursor, name.count)
    switch command {
    case .next?:
      let effect = saveRequest(&state, replacing: false)
      return (.save(state), effect)
    case .back?:
      return (closeSave(state, message: nil), nil)
    case .cursorLeft?: state.cursor = max(0, cursor - 1)
    case .cursorRight?: state.cursor = min(name.count, cursor + 1)
    case .cursorStart?: state.cursor = 0
    case .cursorEnd?: state.cursor = name.count
    case .deleteBack?:
      if cursor > 0 {
        name.remove(at: cursor - 1)
        state.cursor = cursor - 1
      }
    case .deleteForward?:
      if cursor < name.count { name.remove(at: cursor) }
    case .clear?:
      name = []
      state.cursor = 0
    default:
      // Every other character is text here, 'q' and '?' included.
      guard case .character(let character) = key else { return (.save(state), nil) }
      name.insert(character, at: cursor)
      state.cursor = cursor + 1
    }
    if String(name) != state.name {
      state.name = String(name)
      state.message = nil
      state.folder = SaveFolder(of: state.path, in: workingDirectory)
    }
    return (.save(state), nil)
  }

  /// The result screen again, with `message`; the name typed is offered the next time.
  private mutating func closeSave(_ state: SaveState, message: String?) -> Screen {
    lastSaveName = state.name
    var results = state.results
    results.message = message
    return .results(results)
  }

  /// The file to write for the name in `state`, or `nil` with a message saying what is wrong
  /// with the name.
  private func saveRequest(_ state: inout SaveState, replacing: Bool) -> Effect? {
    guard let result else { return nil }
    let path = state.path
    guard !path.isEmpty else {
      state.message = "Type a file name first"
      return nil
    }
    guard let format = ResultFormat(fileName: path) else {
      state.message = "End the name in \(ResultFormat.extensionsInWords) to choose the format"
      return nil
    }
    return .save(SaveRequest(text: format.render(result), path: path, replacing: replacing))
  }

  /// Closes the dialog on a save that worked; otherwise says why not in it, or asks whether to
  /// replace the file.
  mutating func finishSave(_ request: SaveRequest, error: SkinQuizError?) {
    guard case .save(var state) = screen else { return }
    // A save tried may have found the folder changed: the dialog shows it as it is now.
    state.folder = SaveFolder(of: state.path, in: workingDirectory)
    guard let error else {
      if !savedPaths.contains(request.path) { savedPaths.append(request.path) }
      screen = closeSave(state, message: Wording.savedInDialog(request.path))
      return
    }
    switch error {
    case .outputExists:
      state.confirmingReplace = true
      state.message = Wording.replaceQuestion(request.path)
    case .outputNotCreated(_, let reason), .outputFailed(_, let reason):
      // The path is in the field above; the reason is what the person needs.
      state.message = Wording.couldNotSave(reason)
    default:
      state.message = error.description
    }
    screen = .save(state)
  }

  /// The narrowest inside of the dialog that keeps the folder beside its label.
  ///
  /// Narrower, the folder gets a line of its own, so a path is not squeezed into what the label
  /// leaves. It depends on the width alone, so the dialog does not jump while a name is typed.
  static let folderBesideLabelWidth = 60

  func renderSave(_ state: SaveState, into canvas: inout Canvas) {
    renderResults(state.results, into: &canvas, dialogKeys: keyMap)
    // The dialog takes the rows there are, up to what it needs, above the footer.
    let width = min(canvas.size.columns - 2, 72)
    let inner = width - 4
    let folderBeside = inner >= Self.folderBesideLabelWidth
    var formats = TextWrapper(width: inner).wrap(
      "Format from the ending: "
        + ResultFormat.allCases.map { "." + $0.fileExtension }.joined(separator: " "))
    let messageLines = state.message.map { TextWrapper(width: inner).wrap($0) } ?? []
    // The frame, folder, name label and field, the formats and the message; the keys are on
    // the footer, as on every screen. Short of rows, the formats give way to the message.
    let fixed = 2 + (folderBeside ? 3 : 4)
    let messageRows = messageLines.isEmpty ? 0 : messageLines.count + 1
    formats = Array(formats.prefix(max(0, canvas.size.rows - 1 - fixed - messageRows)))
    let height = min(canvas.size.rows - 1, fixed + formats.count + messageRows)
    let row = max(0, (canvas.size.rows - 1 - height) / 2)
    let column = (canvas.size.columns - width) / 2
    canvas.box(row: row, column: column, width: width, height: height, title: "Save your result")
    var y = row + 1
    let label = Canvas.Style(bold: true)
    canvas.put("Folder:", row: y, column: column + 2, style: label)
    let folderColumn = folderBeside ? 8 : 0
    if !folderBeside { y += 1 }
    canvas.put(
      Self.clippedFromStart(state.folder.shown, width: inner - folderColumn), row: y,
      column: column + 2 + folderColumn, width: inner - folderColumn)
    y += 1
    canvas.put("File name:", row: y, column: column + 2, style: label)
    y += 1
    renderNameField(state, into: &canvas, row: y, column: column + 2, width: inner)
    y += 1
    // The formats come first, then the message, while rows last.
    let last = row + height - 1
    for line in formats where y < last {
      canvas.put(line, row: y, column: column + 2, width: inner, style: .init(dim: true))
      y += 1
    }
    if !messageLines.isEmpty { y += 1 }
    for line in messageLines where y < last {
      canvas.put(
        line, row: y, column: column + 2, width: inner,
        style: Canvas.Style(bold: true, color: .warning))
      y += 1
    }
  }

  /// The name being typed, scrolled to keep the cursor in view, with "…" where it goes on, and
  /// the cursor's cell in reverse video.
  private func renderNameField(
    _ state: SaveState, into canvas: inout Canvas, row: Int, column: Int, width: Int
  ) {
    let name = Array(state.name)
    let cursor = min(state.cursor, name.count)
    canvas.fill(row: row, column: column, width: width, style: Canvas.Style(underline: true))
    // The characters from `start` to `end` are shown, with "…" for any hidden on either
    // side, and one cell more for the cursor when it is past the end.
    func columns(_ range: Range<Int>) -> Int {
      name[range].reduce(0) { $0 + DisplayWidth.of(String($1)) }
    }
    func fits(_ start: Int, _ end: Int) -> Bool {
      let markers = (start > 0 ? 1 : 0) + (end < name.count ? 1 : 0)
      let caret = cursor == name.count && end == name.count ? 1 : 0
      return columns(start..<end) + markers + caret <= width
    }
    var start = 0
    while start < cursor, !fits(start, min(name.count, cursor + 1)) { start += 1 }
    var end = min(name.count, cursor + 1)
    while end < name.count, fits(start, end + 1) { end += 1 }
    var x = column
    let field = Canvas.Style(underline: true)
    let cursorStyle = Canvas.Style(reverse: true, underline: true)
    if start > 0 { x += canvas.put("…", row: row, column: x, style: field) }
    for index in start..<end {
      x += canvas.put(
        String(name[index]), row: row, column: x, style: index == cursor ? cursorStyle : field)
    }
    if cursor == name.count {
      canvas.put(" ", row: row, column: x, style: cursorStyle)
    } else if end < name.count {
      canvas.put("…", row: row, column: x, style: field)
    }
  }

  /// `text` cut from its start with "…" to fit `width` columns: the end of a path says most.
  static func clippedFromStart(_ text: String, width: Int) -> String {
    guard DisplayWidth.of(text) > width, width > 1 else { return text }
    var kept = text
    while DisplayWidth.of(kept) + 1 > width, !kept.isEmpty { kept.removeFirst() }
    return "…" + kept
  }
}
