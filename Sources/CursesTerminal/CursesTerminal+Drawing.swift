import CNcursesw
import DrawingSurface

/// Showing canvases: only the cells that changed since the last one, a run of cells with the same
/// style at a time, then the hyperlinks ncurses does not know.
extension CursesTerminal {
  /// Shows `canvas`, drawing only the cells that changed since the last one.
  ///
  /// A canvas of another size than the last one, or the first after ``repaint()``, is drawn
  /// whole. Cells beyond the screen are left out.
  public func present(_ canvas: Canvas) {
    guard screen != nil else { return }
    let base: Canvas
    let redrawsWhole = needsFullRedraw || shown?.size != canvas.size
    if redrawsWhole {
      // Erase, then draw what differs from a blank canvas: the same as drawing everything.
      werase(window)
      clearok(window, true)
      base = Canvas(size: canvas.size)
    } else {
      base = shown ?? Canvas(size: canvas.size)
    }
    let rows = min(canvas.size.rows, Int(getmaxy(window)))
    let columns = min(canvas.size.columns, Int(getmaxx(window)))
    for row in 0..<rows {
      draw(row: row, of: canvas, over: base, columns: columns)
    }
    wattr_set(window, skinquiz_a_normal(), 0, nil)
    wrefresh(window)
    if usesHyperlinks {
      // After ncurses has written everything: the cleared screen of a whole redraw has no
      // links left to undo.
      writeToTerminal(
        Self.hyperlinkOutput(
          for: canvas, over: redrawsWhole ? nil : shown, rows: rows, columns: columns,
          usesColor: usesColor, blackBackground: blackBackground))
    }
    shown = canvas
    needsFullRedraw = false
  }

  /// Writes `bytes` to the terminal as they are, past ncurses (which has flushed its own).
  private func writeToTerminal(_ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes {
        write(outputDescriptor, $0.baseAddress, $0.count)
      }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { return }  // a terminal gone: the next read notices
      offset += written
    }
  }

  /// Draws the changed cells of one row, a run of cells with the same style at a time.
  private func draw(row: Int, of canvas: Canvas, over base: Canvas, columns: Int) {
    // Most rows of a frame are as they were (under a dialog, away from the cursor bar).
    guard !canvas.sameRow(row, as: base) else { return }
    var run: [wchar_t] = []
    run.reserveCapacity(columns + 1)  // a character a column, and the 0 after
    var runColumn = 0

    func flush() {
      guard !run.isEmpty else { return }
      let (attributes, pair) = cursesStyle(canvas.style(row: row, column: runColumn))
      wattr_set(window, attributes, pair, nil)
      // ncurses reads `str[n]` before it checks `n` (`while (str[i] != 0 && i < n)`), one
      // element past the run: end it with a 0 so that read stays inside the buffer
      // (AddressSanitizer caught it faulting at the end of a page).
      let count = Int32(run.count)
      run.append(0)
      // Writing the bottom-right cell returns ERR (the cursor cannot move on without
      // scrolling) but the cell is written, so the result is ignored.
      _ = mvwaddnwstr(window, Int32(row), Int32(runColumn), run, count)
      run.removeAll(keepingCapacity: true)
    }

    var column = 0
    while column < columns {
      let glyph = canvas.glyph(row: row, column: column)
      let wide =
        !glyph.isContinuation && column + 1 < canvas.size.columns
        && canvas.glyph(row: row, column: column + 1).isContinuation
      let width = wide ? 2 : 1
      guard column + width <= columns else { break }  // half a wide character does not fit
      let changed =
        !canvas.sameCell(row: row, column: column, as: base)
        || (wide && !canvas.sameCell(row: row, column: column + 1, as: base))
      if !changed {
        flush()
      } else {
        if !run.isEmpty && !canvas.sameStyle(row: row, column, runColumn) { flush() }
        if run.isEmpty { runColumn = column }
        Self.appendGlyph(glyph, of: canvas, columns: width, to: &run)
      }
      column += width
    }
    flush()
  }

  /// Appends the wide characters that draw `glyph` of `canvas` in exactly `columns` cells.
  static func appendGlyph(
    _ glyph: Canvas.Glyph, of canvas: Canvas, columns: Int, to run: inout [wchar_t]
  ) {
    guard let scalar = glyph.scalar else {
      appendGlyph(canvas.character(of: glyph), columns: columns, to: &run)
      return
    }
    // Printable ASCII takes a column for the canvas and the C library alike: nothing to check.
    if columns == 1, (0x20..<0x7F).contains(scalar.value) {
      run.append(wchar_t(scalar.value))
    } else {
      append(base: scalar, marks: EmptyCollection(), columns: columns, to: &run)
    }
  }

  /// Appends the wide characters that draw `character` in exactly `columns` cells.
  static func appendGlyph(_ character: Character?, columns: Int, to run: inout [wchar_t]) {
    guard let character, let base = character.unicodeScalars.first else {
      run.append(wchar_t(UInt8(ascii: " ")))  // a stray continuation cell: show a blank
      return
    }
    append(base: base, marks: character.unicodeScalars.dropFirst(), columns: columns, to: &run)
  }

  /// Appends a character's first scalar and the marks that follow it, in exactly `columns`
  /// cells.
  ///
  /// The canvas measures width itself; where the C library disagrees (a character it thinks
  /// narrower, wider or unprintable), padding or `?` keep the rest of the row in place.
  private static func append(
    base: Unicode.Scalar, marks: some Sequence<Unicode.Scalar>, columns: Int,
    to run: inout [wchar_t]
  ) {
    let baseWidth = Int(wcwidth(wchar_t(bitPattern: base.value)))
    guard baseWidth == columns || (baseWidth == 1 && columns == 2) else {
      run.append(contentsOf: repeatElement(wchar_t(UInt8(ascii: "?")), count: columns))
      return
    }
    run.append(wchar_t(bitPattern: base.value))
    // Combining marks and variation selectors go into the same cell; anything that would take
    // a cell of its own (the rest of an emoji sequence) is dropped, and so is the joiner.
    var count = 0
    for scalar in marks where count < Int(CCHARW_MAX) - 1 {
      let value = wchar_t(bitPattern: scalar.value)
      guard scalar.value != 0x200D, wcwidth(value) == 0 else { continue }
      run.append(value)
      count += 1
    }
    if baseWidth < columns {
      run.append(wchar_t(UInt8(ascii: " ")))
    }
  }

  /// The curses attributes and colour pair for a canvas style.
  private func cursesStyle(_ style: Canvas.Style) -> (attr_t, Int16) {
    var attributes = skinquiz_a_normal()
    if style.bold { attributes |= skinquiz_a_bold() }
    if style.reverse { attributes |= skinquiz_a_reverse() }
    if style.underline { attributes |= skinquiz_a_underline() }
    if style.dim { attributes |= skinquiz_a_dim() }
    let pair = usesColor ? Self.colorPair(for: style.color)?.pair ?? 0 : 0
    return (attributes, pair)
  }
}
