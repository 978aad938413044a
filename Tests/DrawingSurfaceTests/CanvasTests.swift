import DrawingSurface
import Testing

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
}
