import TextLayout

/// A screen's worth of character cells, drawn by the screens and shown by a ``Terminal``.
///
/// Text is placed and clipped by display width, never by bytes: a wide character takes two
/// cells (the second is a continuation), and one that does not fit is left out.
///
/// Each cell is kept as a ``Glyph``, a style and a link number, all plain values: a frame is
/// drawn and compared with the last one at every key, and cells holding a `Character` and a
/// `String` cost reference counting and grapheme comparisons at each cell. The few characters
/// of several scalars and the link addresses are kept aside, once per canvas.
public struct Canvas: Sendable {
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

  /// A cell as the canvas keeps it.
  @usableFromInline struct Slot: Equatable, Sendable {
    /// What it shows.
    @usableFromInline var glyph: Glyph
    /// How it looks, packed (see ``Style/packed``).
    @usableFromInline var style: UInt8
    /// 0 for no link, else the place of its address in `links` plus one.
    @usableFromInline var link: UInt32

    /// Whether the cell is a scalar without a link: equal slots of two canvases are then
    /// equal cells (a cluster or link number means something only in its own canvas).
    @inlinable var isPlain: Bool { link == 0 && glyph.value <= Glyph.continuationValue }

    /// A blank cell.
    static let blank = Slot(glyph: .space, style: 0, link: 0)
  }

  /// The size.
  public let size: TerminalSize
  /// The cells, row by row.
  @usableFromInline var slots: [Slot]
  /// The characters of several scalars, by cluster number (see ``Glyph``).
  var clusters: [Character] = []
  /// The link addresses, by link number less one.
  var links: [String] = []

  /// A blank canvas of `size`.
  public init(size: TerminalSize) {
    self.size = TerminalSize(columns: max(0, size.columns), rows: max(0, size.rows))
    slots = Array(repeating: .blank, count: self.size.columns * self.size.rows)
  }

  /// The cells, row by row.
  public var cells: [Cell] { slots.indices.map(cell(at:)) }

  /// The cell at a row and column.
  public subscript(row: Int, column: Int) -> Cell {
    cell(at: row * size.columns + column)
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
    let style = style.packed
    var x = column
    GlyphScanner.scan(text) { piece, columns in
      if case .ascii(let bytes) = piece, x + columns > limit {
        // A run of which only a part fits: that part, and no more.
        let fitting = max(0, limit - x)
        putASCII(
          UnsafeBufferPointer(rebasing: bytes.prefix(fitting)), row: row, column: x, style: style)
        x += fitting
        return false
      }
      if columns == 0 { return true }
      if x + columns > limit { return false }
      place(piece, columns: columns, row: row, column: x, style: style)
      x += columns
      return true
    }
    return x - column
  }

  /// Paints `style` over a run of cells, keeping their characters (for a selection bar).
  public mutating func fill(row: Int, column: Int, width: Int, style: Style) {
    guard row >= 0, row < size.rows else { return }
    let style = style.packed
    for x in max(0, column)..<min(size.columns, column + width) {
      slots[row * size.columns + x].style = style
    }
  }

  /// Makes a run of cells a link to `url`, keeping their characters and style, so that a URL
  /// cut to fit still opens whole where the terminal can open links.
  ///
  /// Writing over a cell later (an overlay) removes its link.
  public mutating func link(_ url: String, row: Int, column: Int, width: Int) {
    guard row >= 0, row < size.rows else { return }
    let columns = max(0, column)..<max(0, min(size.columns, column + width))
    guard !columns.isEmpty else { return }
    // Compared byte for byte: the address is sent as it was given.
    let number: UInt32
    if let known = links.firstIndex(where: { $0.utf8.elementsEqual(url.utf8) }) {
      number = UInt32(known + 1)
    } else {
      links.append(url)
      number = UInt32(links.count)
    }
    for x in columns {
      slots[row * size.columns + x].link = number
    }
  }

  /// The text of each row, with wide characters once and trailing spaces removed: what a
  /// person would read, for tests.
  public var lines: [String] {
    (0..<size.rows).map { row in
      var line = ""
      for index in (row * size.columns)..<((row + 1) * size.columns) {
        let glyph = slots[index].glyph
        if let scalar = glyph.scalar {
          line.unicodeScalars.append(scalar)
        } else if let cluster = glyph.cluster {
          line.append(clusters[cluster])
        }
      }
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  /// The rows joined by newlines.
  public var text: String { lines.joined(separator: "\n") }

  /// The glyph at a row and column: what ``Terminal``s compare and draw, without making a
  /// ``Cell``.
  @inlinable public func glyph(row: Int, column: Int) -> Glyph {
    slots[row * size.columns + column].glyph
  }

  /// The style at a row and column.
  @inlinable public func style(row: Int, column: Int) -> Style {
    Style(packed: slots[row * size.columns + column].style)
  }

  /// Whether two cells of a row have the same style.
  @inlinable public func sameStyle(row: Int, _ column: Int, _ otherColumn: Int) -> Bool {
    slots[row * size.columns + column].style == slots[row * size.columns + otherColumn].style
  }

  /// The address the cell at a row and column links to, or `nil`.
  public func linkAddress(row: Int, column: Int) -> String? {
    address(slots[row * size.columns + column].link)
  }

  /// Whether some cell may link somewhere: `false` means that none does.
  public var mayHaveLinks: Bool { !links.isEmpty }

  /// The character `glyph` of this canvas shows, or `nil` for a continuation.
  public func character(of glyph: Glyph) -> Character? {
    if let scalar = glyph.scalar { return Character(scalar) }
    return glyph.cluster.map { clusters[$0] }
  }

  /// The columns `glyph` takes, as ``DisplayWidth`` measured the character.
  func width(of glyph: Glyph) -> Int {
    if let scalar = glyph.scalar { return DisplayWidth.of(scalar) }
    return DisplayWidth.of(character(of: glyph) ?? " ")
  }

  /// The address of link number `number`.
  func address(_ number: UInt32) -> String? {
    number == 0 ? nil : links[Int(number - 1)]
  }

  private func cell(at index: Int) -> Cell {
    let slot = slots[index]
    return Cell(
      character: character(of: slot.glyph), style: Style(packed: slot.style),
      link: address(slot.link))
  }

  /// Writes a grapheme, or a run of them, that fits in `columns` cells from a row and column.
  private mutating func place(
    _ piece: GlyphScanner.Piece, columns: Int, row: Int, column: Int, style: UInt8
  ) {
    let glyph: Glyph
    switch piece {
    case .ascii(let bytes):
      putASCII(bytes, row: row, column: column, style: style)
      return
    case .scalar(let scalar):
      glyph = Glyph(scalar)
    case .cluster(let character):
      glyph = Glyph(cluster: clusters.count)
      clusters.append(character)
    }
    let index = row * size.columns + column
    // Overwriting half of a wide character leaves no half-character behind.
    if columns == 2 || slots[index].glyph.isContinuation
      || (column + 1 < size.columns && slots[index + 1].glyph.isContinuation)
    {
      clearWide(row: row, column: column)
      if columns == 2 { clearWide(row: row, column: column + 1) }
    }
    slots[index] = Slot(glyph: glyph, style: style, link: 0)
    if columns == 2 { slots[index + 1] = Slot(glyph: .continuation, style: style, link: 0) }
  }

  /// Writes printable ASCII characters, which fit, from a row and column: a run at a time,
  /// as most of a screen is.
  private mutating func putASCII(
    _ bytes: UnsafeBufferPointer<UInt8>, row: Int, column: Int, style: UInt8
  ) {
    guard !bytes.isEmpty else { return }
    let start = row * size.columns + column
    let end = start + bytes.count
    let columns = size.columns
    slots.withUnsafeMutableBufferPointer { slots in
      // Overwriting half of a wide character leaves no half-character behind; inside the run
      // both halves are written over.
      if slots[start].glyph.isContinuation, column > 0 { slots[start - 1] = .blank }
      if column + bytes.count < columns, slots[end].glyph.isContinuation { slots[end] = .blank }
      for (index, byte) in zip(start..<end, bytes) {
        slots[index] = Slot(glyph: Glyph(Unicode.Scalar(byte)), style: style, link: 0)
      }
    }
  }

  /// Blanks the cell at `column` and, where it is half of a wide character, the other half.
  private mutating func clearWide(row: Int, column: Int) {
    guard column < size.columns else { return }
    let index = row * size.columns + column
    if slots[index].glyph.isContinuation, column > 0 {
      slots[index - 1] = .blank  // the cell was the second half of a wide character
    } else if column + 1 < size.columns, slots[index + 1].glyph.isContinuation,
      width(of: slots[index].glyph) == 2
    {
      slots[index + 1] = .blank
    }
    slots[index] = .blank
  }
}
