import Foundation
import SkinQuizCore

/// Saving the result: a file name (the format follows its ending), a confirmation before
/// replacing a file, and any error shown in the dialog, never a crash or a lost result.
extension FullScreenModel {
  /// A file name in the current folder for today's result, as text.
  var defaultSavePath: String {
    let date = result.map { String($0.createdAt.prefix(10)) } ?? "result"
    return "\(quiz.pack.id)-result-\(date).txt"
  }

  mutating func startSave() {
    mode = .save
    savePath = savePath.isEmpty ? defaultSavePath : savePath
    saveCursor = savePath.count
    confirmReplace = false
    message = nil
  }

  mutating func handleSave(_ key: Key, _ command: Command?) -> Outcome? {
    if confirmReplace {
      if command == .next {
        save(replacing: true)
      } else {
        confirmReplace = false
        message = nil
      }
      return nil
    }
    var name = Array(savePath)
    let cursor = min(saveCursor, name.count)
    switch command {
    case .next?: save(replacing: false)
    case .back?:
      mode = .results
      message = nil
    case .cursorLeft?: saveCursor = max(0, cursor - 1)
    case .cursorRight?: saveCursor = min(name.count, cursor + 1)
    case .cursorStart?: saveCursor = 0
    case .cursorEnd?: saveCursor = name.count
    case .deleteBack?:
      if cursor > 0 {
        name.remove(at: cursor - 1)
        saveCursor = cursor - 1
      }
    case .deleteForward?:
      if cursor < name.count { name.remove(at: cursor) }
    case .clear?:
      name = []
      saveCursor = 0
    default:
      // Every other character is text here, 'q' and '?' included.
      guard case .character(let character) = key else { return nil }
      name.insert(character, at: cursor)
      saveCursor = cursor + 1
    }
    if mode == .save, String(name) != savePath {
      savePath = String(name)
      message = nil
    }
    return nil
  }

  /// The name typed, with "~/" as the home folder, as a shell would.
  private var expandedSavePath: String {
    let path = savePath.trimmingSpaces
    if path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
      return home + path.dropFirst(1)
    }
    return path
  }

  /// The folder the file goes to, as an absolute path, so the person knows where to find it.
  var saveFolder: String {
    let path = expandedSavePath
    let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
    let absolute =
      folder.hasPrefix("/") || path.hasPrefix("/") ? "/" + folder : workingDirectory + "/" + folder
    // As the system will find it: through links, and only if it is there.
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder), isFolder.boolValue
    {
      return Self.tidied(URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path)
    }
    // Not there: ".." stays, since the system cannot go up from a folder that is missing.
    return Self.tidied(absolute, parents: false) + " (no such folder)"
  }

  /// `path` without "." parts or doubled slashes, and without "name/.." pairs if `parents`.
  static func tidied(_ path: String, parents: Bool = true) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/") {
      switch part {
      case ".": continue
      case ".." where parents: _ = parts.popLast()
      default: parts.append(part)
      }
    }
    return "/" + parts.joined(separator: "/")
  }

  private mutating func save(replacing: Bool) {
    guard let result else { return }
    let path = expandedSavePath
    guard !path.isEmpty else {
      message = "Type a file name first"
      return
    }
    guard let format = ResultFormat(fileName: path) else {
      message = "End the name in \(ResultFormat.extensionsInWords) to choose the format"
      return
    }
    do {
      try ResultFile.save(format.render(result), to: path, replacing: replacing)
      if !savedPaths.contains(path) { savedPaths.append(path) }
      mode = .results
      message = "Saved to \(path) (readable only by you)"
    } catch {
      switch error {
      case .outputExists:
        confirmReplace = true
        message = "\(path) already exists. Replace it? (y/n)"
      case .outputNotCreated(_, let reason), .outputFailed(_, let reason):
        // The path is in the field above; the reason is what the person needs.
        message = "Cannot save there: \(reason)"
      default:
        message = error.description
      }
    }
  }

  func renderSave(into canvas: inout Canvas) {
    renderResults(into: &canvas)
    // The dialog takes the rows there are, up to what it needs, above the footer.
    let width = min(canvas.size.columns - 2, 72)
    let inner = width - 4
    let formats = TextWrapper(width: inner).wrap(
      "Format from the ending: "
        + ResultFormat.allCases.map { "." + $0.fileExtension }.joined(separator: " "))
    let messageLines = message.map { TextWrapper(width: inner).wrap($0) } ?? []
    // The frame, folder, name label and field, the formats and the message; the keys are on
    // the footer, as on every screen.
    let wanted = 2 + 3 + formats.count + (messageLines.isEmpty ? 0 : messageLines.count + 1)
    let height = min(canvas.size.rows - 1, wanted)
    let row = max(0, (canvas.size.rows - 1 - height) / 2)
    let column = (canvas.size.columns - width) / 2
    canvas.box(row: row, column: column, width: width, height: height, title: "Save your result")
    var y = row + 1
    let label = Canvas.Style(bold: true)
    canvas.put("Folder:", row: y, column: column + 2, style: label)
    canvas.put(
      Self.clippedFromStart(saveFolder, width: inner - 8), row: y, column: column + 10,
      width: inner - 8)
    y += 1
    canvas.put("File name:", row: y, column: column + 2, style: label)
    y += 1
    renderNameField(into: &canvas, row: y, column: column + 2, width: inner)
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
  private func renderNameField(into canvas: inout Canvas, row: Int, column: Int, width: Int) {
    let name = Array(savePath)
    let cursor = min(saveCursor, name.count)
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

extension String {
  /// The string without spaces at either end.
  var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
