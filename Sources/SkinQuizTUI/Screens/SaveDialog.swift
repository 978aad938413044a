import Foundation
import SkinQuizCore

/// Saving the result: a file name (the format follows its ending), a confirmation before
/// replacing a file, and any error shown in the dialog, never a crash or a lost result.
extension QuizApp {
  /// A file name in the current folder for today's result, as text.
  var defaultSavePath: String {
    let date = result.map { String($0.createdAt.prefix(10)) } ?? "result"
    return "\(quiz.pack.id)-result-\(date).txt"
  }

  mutating func startSave() {
    mode = .save
    savePath = savePath.isEmpty ? defaultSavePath : savePath
    confirmReplace = false
    message = nil
  }

  mutating func handleSave(_ key: Key) -> Outcome? {
    if confirmReplace {
      switch key {
      case .character("y"), .character("Y"): save(replacing: true)
      default:
        confirmReplace = false
        message = nil
      }
      return nil
    }
    switch key {
    case .character(let character):
      savePath.append(character)  // every character is text here, 'q' included
      message = nil
    case .backspace:
      if !savePath.isEmpty { savePath.removeLast() }
      message = nil
    case .control("u"):
      savePath = ""
    case .enter:
      save(replacing: false)
    case .escape:
      mode = .results
      message = nil
    default:
      break
    }
    return nil
  }

  private mutating func save(replacing: Bool) {
    guard let result else { return }
    var path = savePath.trimmingSpaces
    // As a shell would: "~/" is the home folder.
    if path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
      path = home + path.dropFirst(1)
    }
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
    let width = min(canvas.size.columns - 4, 70)
    let height = 10
    let row = (canvas.size.rows - height) / 2
    let column = (canvas.size.columns - width) / 2
    canvas.box(row: row, column: column, width: width, height: height, title: "Save your result")
    canvas.put("File name:", row: row + 1, column: column + 2, style: Canvas.Style(bold: true))
    // Show the end of a long name: that is where the typing happens.
    let fieldWidth = width - 4
    var shown = savePath + "▏"
    while DisplayWidth.of(shown) > fieldWidth { shown.removeFirst() }
    canvas.put(
      shown, row: row + 2, column: column + 2, width: fieldWidth,
      style: Canvas.Style(underline: true))
    canvas.paragraph(
      "Format from the ending: "
        + ResultFormat.allCases.map { "." + $0.fileExtension }.joined(separator: " "), row: row + 3,
      column: column + 2,
      width: fieldWidth, maxRows: 1, style: .init(dim: true))
    if let message {
      canvas.paragraph(
        message, row: row + 5, column: column + 2, width: fieldWidth, maxRows: 3,
        style: Canvas.Style(bold: true, color: .warning))
    }
    canvas.put(
      confirmReplace ? "y replace   any other key: keep it" : "Enter save   Esc cancel",
      row: row + height - 2, column: column + 2, width: fieldWidth, style: .init(dim: true))
  }
}

extension String {
  /// The string without spaces at either end.
  var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
