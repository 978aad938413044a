import Testing

@testable import DrawingSurface

@Suite struct CanvasTests {
  @Test func puts_text_clipped_by_display_width() {
    var canvas = Canvas(size: TerminalSize(columns: 6, rows: 2))
    #expect(canvas.put("abcdefgh", row: 0, column: 1) == 5)
    #expect(canvas.put("日本語", row: 1, column: 0, width: 5) == 4)
    #expect(canvas.lines == [" abcde", "日本"])
  }

  @Test func a_wide_character_that_does_not_fit_is_left_out() {
    var canvas = Canvas(size: TerminalSize(columns: 3, rows: 1))
    #expect(canvas.put("a日", row: 0, column: 1) == 1)
    #expect(canvas.lines == [" a"])
  }

  @Test func overwriting_half_a_wide_character_clears_the_other_half() {
    var canvas = Canvas(size: TerminalSize(columns: 4, rows: 1))
    canvas.put("日本", row: 0, column: 0)
    canvas.put("x", row: 0, column: 1)
    #expect(canvas.lines == [" x本"])
    canvas.put("y", row: 0, column: 2)
    #expect(canvas.lines == [" xy"])
  }

  @Test func drawing_outside_the_canvas_does_nothing() {
    var canvas = Canvas(size: TerminalSize(columns: 2, rows: 1))
    #expect(canvas.put("x", row: 1, column: 0) == 0)
    #expect(canvas.put("x", row: 0, column: 5) == 0)
    #expect(canvas.put("x", row: -1, column: 0) == 0)
    #expect(Canvas(size: TerminalSize(columns: 0, rows: 0)).lines == [])
  }

  @Test func combining_and_control_characters_take_no_cell() {
    var canvas = Canvas(size: TerminalSize(columns: 5, rows: 1))
    #expect(canvas.put("e\u{301}a\u{7}b", row: 0, column: 0) == 3)
    #expect(canvas.lines == ["e\u{301}ab"])
  }

  @Test func fill_changes_style_but_keeps_text() {
    var canvas = Canvas(size: TerminalSize(columns: 3, rows: 1))
    canvas.put("abc", row: 0, column: 0)
    canvas.fill(row: 0, column: 1, width: 5, style: Canvas.Style(reverse: true))
    #expect(canvas.lines == ["abc"])
    #expect(canvas[0, 0].style.reverse == false)
    #expect(canvas[0, 2].style.reverse == true)
  }

  /// A row's cells as (character, bold, link), for the grids below.
  func row(_ canvas: Canvas, _ row: Int = 0) -> [(Character?, Bool, String?)] {
    (0..<canvas.size.columns).map {
      let cell = canvas[row, $0]
      return (cell.character, cell.style.bold, cell.link)
    }
  }

  func expectRow(
    _ canvas: Canvas, _ expected: [(Character?, Bool, String?)],
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let actual = row(canvas)
    #expect(actual.map(\.0) == expected.map(\.0), sourceLocation: sourceLocation)
    #expect(actual.map(\.1) == expected.map(\.1), sourceLocation: sourceLocation)
    #expect(actual.map(\.2) == expected.map(\.2), sourceLocation: sourceLocation)
  }

  @Test func a_combining_mark_stays_with_its_letter_in_one_cell() {
    var canvas = Canvas(size: TerminalSize(columns: 3, rows: 1))
    #expect(canvas.put("e\u{301}x", row: 0, column: 0) == 2)
    expectRow(canvas, [("e\u{301}", false, nil), ("x", false, nil), (" ", false, nil)])
    #expect(canvas.glyph(row: 0, column: 0).scalar == nil)
    #expect(canvas.glyph(row: 0, column: 1).scalar == "x")
  }

  @Test func a_wide_character_takes_a_cell_and_a_continuation() {
    var canvas = Canvas(size: TerminalSize(columns: 4, rows: 1))
    let bold = Canvas.Style(bold: true)
    #expect(canvas.put("日", row: 0, column: 1, style: bold) == 2)
    expectRow(canvas, [(" ", false, nil), ("日", true, nil), (nil, true, nil), (" ", false, nil)])
    #expect(canvas.glyph(row: 0, column: 2) == .continuation)
  }

  @Test func an_emoji_with_a_variation_selector_is_wide_and_whole() {
    var canvas = Canvas(size: TerminalSize(columns: 3, rows: 1))
    #expect(canvas.put("❤\u{FE0F}a", row: 0, column: 0) == 3)
    expectRow(canvas, [("❤\u{FE0F}", false, nil), (nil, false, nil), ("a", false, nil)])
    #expect(canvas.lines == ["❤\u{FE0F}a"])
  }

  @Test func ascii_over_half_a_wide_character_blanks_the_other_half_in_plain_style() {
    var canvas = Canvas(size: TerminalSize(columns: 4, rows: 1))
    canvas.put("日本", row: 0, column: 0, style: Canvas.Style(bold: true))
    canvas.put("x", row: 0, column: 1)
    expectRow(canvas, [(" ", false, nil), ("x", false, nil), ("本", true, nil), (nil, true, nil)])
    canvas.put("y", row: 0, column: 3)
    expectRow(canvas, [(" ", false, nil), ("x", false, nil), (" ", false, nil), ("y", false, nil)])
  }

  @Test func a_link_run_keeps_text_and_style_and_loses_the_link_where_written_over() {
    var canvas = Canvas(size: TerminalSize(columns: 5, rows: 1))
    canvas.put("abcd", row: 0, column: 0, style: Canvas.Style(bold: true))
    canvas.link("https://a.example", row: 0, column: 1, width: 3)
    canvas.link("https://b.example", row: 0, column: 3, width: 9)
    canvas.put("X", row: 0, column: 2)
    let a = "https://a.example"
    let b = "https://b.example"
    expectRow(
      canvas,
      [("a", true, nil), ("b", true, a), ("X", false, nil), ("d", true, b), (" ", false, b)])
    #expect(
      canvas.linkAddress(row: 0, column: 1) == a && canvas.linkAddress(row: 0, column: 0) == nil)
  }

  @Test func fills_the_same_cells_as_the_canvas_of_characters_did() {
    // Random writes, fills and links of tricky text on a small canvas, checked after each.
    let size = TerminalSize(columns: 7, rows: 2)
    var canvas = Canvas(size: size)
    var reference = ReferenceCanvas(size: size)
    var state: UInt64 = 0x5EED
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let texts = TrickyText.scalars
    let styles = [Canvas.Style.plain, Canvas.Style(bold: true), Canvas.Style(color: .danger)]
    for step in 0..<3_000 {
      let (row, column, width) = (next(4) - 1, next(8), next(4))
      let style = styles[next(styles.count)]
      switch next(6) {
      case 0:
        canvas.fill(row: row, column: column, width: width, style: style)
        reference.fill(row: row, column: column, width: width, style: style)
      case 1:
        let url = ["https://a.example", "https://b.example"][next(2)]
        canvas.link(url, row: row, column: column, width: width)
        reference.link(url, row: row, column: column, width: width)
      default:
        let text = (0..<next(5)).map { _ in texts[next(texts.count)] }.joined()
        let limit: Int? = next(3) == 0 ? width : nil
        let used = canvas.put(text, row: row, column: column, width: limit, style: style)
        let expected = reference.put(text, row: row, column: column, width: limit, style: style)
        #expect(used == expected)
      }
      guard canvas.cells == reference.cells, canvas.lines == reference.lines else {
        Issue.record("step \(step): \(canvas.lines) instead of \(reference.lines)")
        return
      }
    }
  }
}
