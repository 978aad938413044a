import DrawingSurface
import SkinQuizCore
import TextLayout

/// Drawing pieces every screen shares: bars, wrapped text, boxes.
extension Canvas {
  /// The title bar on the top row: `left` at the start, `right` at the end, in reverse video.
  ///
  /// On a narrow screen `right` gives way to the title, unless it matters more (`keepRight`).
  mutating func titleBar(
    _ left: String, right: String = "", keepRight: Bool = false, color: Color = .accent
  ) {
    let style = Style(bold: true, reverse: true, color: color)
    fill(row: 0, column: 0, width: size.columns, style: style)
    let fits = DisplayWidth.of(right) + 2 <= size.columns / 2
    let rightWidth = fits || keepRight ? DisplayWidth.of(right) : 0
    let room = size.columns - (rightWidth > 0 ? rightWidth + 2 : 0)
    // A title that must give way says so with "…".
    clipped(" " + left, row: 0, column: 0, width: max(0, room), style: style)
    if rightWidth > 0, rightWidth + 1 < size.columns {
      put(right, row: 0, column: size.columns - rightWidth - 1, style: style)
    }
  }

  /// The key hints on the bottom row: each key with what it does, most important first.
  ///
  /// A key alone says nothing, so on a narrow screen the last hints give way, but the `?` hint
  /// stays: its panel says more.
  mutating func hintBar(_ hints: [(key: String, action: String)]) {
    let row = size.rows - 1
    func width(_ hint: (key: String, action: String)) -> Int {
      DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.action)
    }
    var shown: [(key: String, action: String)] = []
    var used = 0
    for hint in hints where used + width(hint) <= size.columns {
      shown.append(hint)
      used += width(hint) + 2
    }
    if let help = hints.first(where: { $0.key == "?" }), !shown.contains(where: { $0.key == "?" }) {
      while !shown.isEmpty, shown.reduce(0, { $0 + width($1) + 2 }) + width(help) > size.columns {
        shown.removeLast()
      }
      shown.append(help)
    }
    var column = 0
    for (key, action) in shown {
      put(key, row: row, column: column, style: Style(bold: true, reverse: true))
      put(action, row: row, column: column + DisplayWidth.of(key) + 1, style: Style(dim: true))
      column += width((key, action)) + 2
    }
  }

  /// Writes `text` wrapped to `width` columns from `row`, at most `maxRows` rows; returns the
  /// rows used.
  @discardableResult
  mutating func paragraph(
    _ text: String, row: Int, column: Int, width: Int, maxRows: Int, style: Style = .plain
  ) -> Int {
    guard width > 0, maxRows > 0 else { return 0 }
    let lines = TextWrapper(width: width).wrap(text)
    for (index, line) in lines.prefix(maxRows).enumerated() {
      put(line, row: row + index, column: column, width: width, style: style)
    }
    return min(lines.count, maxRows)
  }

  /// A framed box with a title, its inside cleared.
  mutating func box(row: Int, column: Int, width: Int, height: Int, title: String) {
    guard width >= 4, height >= 3 else { return }
    for y in row..<(row + height) {
      put(String(repeating: " ", count: width), row: y, column: column)
    }
    let horizontal = String(repeating: "─", count: width - 2)
    put("┌" + horizontal + "┐", row: row, column: column)
    put("└" + horizontal + "┘", row: row + height - 1, column: column)
    for y in (row + 1)..<(row + height - 1) {
      put("│", row: y, column: column)
      put("│", row: y, column: column + width - 1)
    }
    put(" \(title) ", row: row, column: column + 2, width: width - 4, style: Style(bold: true))
  }

  /// Writes `text` clipped to `width` columns, ending in "…" when it had to be cut.
  @discardableResult
  mutating func clipped(
    _ text: String, row: Int, column: Int, width: Int, style: Style = .plain
  ) -> Int {
    guard DisplayWidth.of(text) > width, width > 1 else {
      return put(text, row: row, column: column, width: width, style: style)
    }
    let used = put(text, row: row, column: column, width: width - 1, style: style)
    return used + put("…", row: row, column: column + used, width: 1, style: style)
  }

  /// Highlights the row under the cursor: reverse video across it and a "›" pointer in
  /// column 1, so the cursor shows without colour or reverse video too.
  ///
  /// An item of several rows has the pointer on its first (`pointer` false on the others).
  mutating func cursorRow(_ row: Int, style: Style, pointer: Bool = true) {
    fill(row: row, column: 1, width: size.columns - 2, style: style)
    if pointer { put("›", row: row, column: 1, style: style) }
  }

  /// A progress bar of `width` columns, `done` out of `total` filled.
  mutating func progressBar(row: Int, column: Int, width: Int, done: Int, total: Int) {
    guard width > 0, total > 0 else { return }
    let filled = min(width, width * done / total)
    put(
      String(repeating: "█", count: filled), row: row, column: column, style: Style(color: .accent))
    put(
      String(repeating: "░", count: width - filled), row: row, column: column + filled,
      style: Style(dim: true))
  }
}
