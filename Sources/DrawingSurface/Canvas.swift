import TextLayout

/// A screen's worth of character cells, drawn by the screens and shown by a ``Terminal``.
///
/// Text is placed and clipped by display width, never by bytes: a wide character takes two
/// cells (the second is a continuation), and one that does not fit is left out.
public struct Canvas: Equatable, Sendable {
  /// How a cell looks.
  ///
  /// Nothing depends on colour alone: every role has a monochrome style too.
  public struct Style: Hashable, Sendable {
    /// Bold text.
    public var bold = false
    /// Reverse video (the selection bar, banners).
    public var reverse = false
    /// Underlined text.
    public var underline = false
    /// Dim text (hints).
    public var dim = false
    /// The colour, when the terminal has colours.
    public var color: Color = .normal

    /// Plain text.
    public static let plain = Style()

    /// Creates a style.
    public init(
      bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false,
      color: Color = .normal
    ) {
      self.bold = bold
      self.reverse = reverse
      self.underline = underline
      self.dim = dim
      self.color = color
    }
  }

  /// The colour roles the screens use; the terminal maps them to real colours.
  public enum Color: Hashable, Sendable, CaseIterable {
    case normal
    case accent
    case danger
    case warning
    case notice
    case good
  }

  /// One cell: a character and its style.
  ///
  /// A wide character's second cell is a continuation.
  public struct Cell: Equatable, Sendable {
    /// The character, or `nil` in the second cell of a wide character.
    public var character: Character?
    /// How it looks.
    public var style: Style
    /// The address the cell links to, for terminals that can open links (OSC 8), or `nil`.
    ///
    /// Not part of the text: a terminal that cannot open links shows the cell as it is.
    public var link: String?

    /// A blank cell.
    public static let blank = Cell(character: " ", style: .plain)
  }

  /// The size.
  public let size: TerminalSize
  /// The cells, row by row.
  public private(set) var cells: [Cell]

  /// A blank canvas of `size`.
  public init(size: TerminalSize) {
    self.size = TerminalSize(columns: max(0, size.columns), rows: max(0, size.rows))
    cells = Array(repeating: .blank, count: self.size.columns * self.size.rows)
  }

  /// The cell at a row and column.
  public subscript(row: Int, column: Int) -> Cell {
    cells[row * size.columns + column]
  }

  /// Writes `text` at a row and column and returns the columns used.
  ///
  /// The text is clipped to `width` columns (by default, to the right edge); control
  /// characters are not drawn.
  @discardableResult
  public mutating func put(
    _ text: String, row: Int, column: Int, width: Int? = nil, style: Style = .plain
  ) -> Int {
    guard row >= 0, row < size.rows, column >= 0, column < size.columns else { return 0 }
    let limit = min(column + (width ?? size.columns), size.columns)
    var x = column
    for character in text {
      let columns = DisplayWidth.of(character)
      if columns == 0 { continue }
      if x + columns > limit { break }
      // Overwriting half of a wide character leaves no half-character behind.
      clearWide(row: row, column: x)
      if columns == 2 { clearWide(row: row, column: x + 1) }
      cells[row * size.columns + x] = Cell(character: character, style: style)
      if columns == 2 { cells[row * size.columns + x + 1] = Cell(character: nil, style: style) }
      x += columns
    }
    return x - column
  }

  /// Paints `style` over a run of cells, keeping their characters (for a selection bar).
  public mutating func fill(row: Int, column: Int, width: Int, style: Style) {
    guard row >= 0, row < size.rows else { return }
    for x in max(0, column)..<min(size.columns, column + width) {
      cells[row * size.columns + x].style = style
    }
  }

  /// Makes a run of cells a link to `url`, keeping their characters and style, so that a URL
  /// cut to fit still opens whole where the terminal can open links.
  ///
  /// Writing over a cell later (an overlay) removes its link.
  public mutating func link(_ url: String, row: Int, column: Int, width: Int) {
    guard row >= 0, row < size.rows else { return }
    for x in max(0, column)..<max(0, min(size.columns, column + width)) {
      cells[row * size.columns + x].link = url
    }
  }

  /// The text of each row, with wide characters once and trailing spaces removed: what a
  /// person would read, for tests.
  public var lines: [String] {
    (0..<size.rows).map { row in
      var line = ""
      for column in 0..<size.columns {
        if let character = self[row, column].character { line.append(character) }
      }
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  /// The rows joined by newlines.
  public var text: String { lines.joined(separator: "\n") }

  private mutating func clearWide(row: Int, column: Int) {
    guard column < size.columns else { return }
    let index = row * size.columns + column
    if cells[index].character == nil, column > 0 {
      cells[index - 1] = .blank  // the cell was the second half of a wide character
    } else if column + 1 < size.columns, cells[index + 1].character == nil,
      DisplayWidth.of(cells[index].character ?? " ") == 2
    {
      cells[index + 1] = .blank
    }
    cells[index] = .blank
  }
}
