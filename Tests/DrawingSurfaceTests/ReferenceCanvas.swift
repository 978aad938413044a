import TextLayout

@testable import DrawingSurface

/// The canvas as it was before cells became glyphs, kept to check that the faster canvas fills
/// exactly the same cells.
///
/// A `Character` and a `String` in every cell, written a grapheme at a time.
struct ReferenceCanvas {
  let size: TerminalSize
  private(set) var cells: [Canvas.Cell]

  init(size: TerminalSize) {
    self.size = size
    cells = Array(repeating: .blank, count: size.columns * size.rows)
  }

  @discardableResult
  mutating func put(
    _ text: String, row: Int, column: Int, width: Int? = nil, style: Canvas.Style = .plain
  ) -> Int {
    guard row >= 0, row < size.rows, column >= 0, column < size.columns else { return 0 }
    let limit = min(column + (width ?? size.columns), size.columns)
    var x = column
    for character in text {
      let columns = DisplayWidth.of(character)
      if columns == 0 { continue }
      if x + columns > limit { break }
      clearWide(row: row, column: x)
      if columns == 2 { clearWide(row: row, column: x + 1) }
      cells[row * size.columns + x] = Canvas.Cell(character: character, style: style)
      if columns == 2 {
        cells[row * size.columns + x + 1] = Canvas.Cell(character: nil, style: style)
      }
      x += columns
    }
    return x - column
  }

  mutating func fill(row: Int, column: Int, width: Int, style: Canvas.Style) {
    guard row >= 0, row < size.rows else { return }
    for x in max(0, column)..<min(size.columns, column + width) {
      cells[row * size.columns + x].style = style
    }
  }

  mutating func link(_ url: String, row: Int, column: Int, width: Int) {
    guard row >= 0, row < size.rows else { return }
    for x in max(0, column)..<max(0, min(size.columns, column + width)) {
      cells[row * size.columns + x].link = url
    }
  }

  var lines: [String] {
    (0..<size.rows).map { row in
      var line = ""
      for column in 0..<size.columns {
        if let character = cells[row * size.columns + column].character { line.append(character) }
      }
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  private mutating func clearWide(row: Int, column: Int) {
    guard column < size.columns else { return }
    let index = row * size.columns + column
    if cells[index].character == nil, column > 0 {
      cells[index - 1] = .blank
    } else if column + 1 < size.columns, cells[index + 1].character == nil,
      DisplayWidth.of(cells[index].character ?? " ") == 2
    {
      cells[index + 1] = .blank
    }
    cells[index] = .blank
  }
}
