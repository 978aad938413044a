import Testing

@testable import DrawingSurface

@Suite struct CanvasStyleTests {
  @Test func every_style_packs_into_a_byte_of_its_own_and_back() {
    var bytes: Set<UInt8> = []
    for effects in 0..<16 {
      for color in Canvas.Color.allCases {
        let style = Canvas.Style(
          bold: effects & 1 != 0, reverse: effects & 2 != 0, underline: effects & 4 != 0,
          dim: effects & 8 != 0, color: color)
        #expect(Canvas.Style(packed: style.packed) == style)
        bytes.insert(style.packed)
      }
    }
    #expect(bytes.count == 16 * Canvas.Color.allCases.count)
    #expect(Canvas.Style.plain.packed == 0)
  }

  @Test func a_canvas_gives_back_the_style_it_was_given() {
    var canvas = Canvas(size: TerminalSize(columns: 3, rows: 1))
    let warning = Canvas.Style(bold: true, underline: true, color: .warning)
    canvas.put("ab", row: 0, column: 0, style: warning)
    canvas.fill(row: 0, column: 1, width: 2, style: Canvas.Style(dim: true, color: .good))
    #expect(canvas.style(row: 0, column: 0) == warning && canvas[0, 0].style == warning)
    #expect(canvas.style(row: 0, column: 2) == Canvas.Style(dim: true, color: .good))
  }
}
