import Testing

@testable import DrawingSurface

@Suite struct CanvasComparingTests {
  let size = TerminalSize(columns: 6, rows: 2)

  @Test func canvases_with_the_same_cells_drawn_in_another_order_are_equal() {
    var first = Canvas(size: size)
    first.put("e\u{301}", row: 0, column: 0)
    first.put("👍🏽", row: 1, column: 0)
    first.link("https://a.example", row: 0, column: 0, width: 1)
    first.link("https://b.example", row: 1, column: 0, width: 2)
    var second = Canvas(size: size)
    second.put("👍🏽", row: 1, column: 0)
    second.put("e\u{301}", row: 0, column: 0)
    second.link("https://b.example", row: 1, column: 0, width: 2)
    second.link("https://a.example", row: 0, column: 0, width: 1)
    #expect(first == second)
    #expect(first.sameRow(0, as: second) && first.sameCell(row: 1, column: 1, as: second))
    second.link("https://c.example", row: 1, column: 1, width: 1)
    #expect(first != second)
    #expect(!first.sameRow(1, as: second) && !first.sameCell(row: 1, column: 1, as: second))
    #expect(first.sameCell(row: 1, column: 0, as: second))
  }

  @Test func clusters_and_links_of_the_same_number_in_two_canvases_are_compared_as_text() {
    var first = Canvas(size: size)
    first.put("e\u{301}", row: 0, column: 0)
    first.link("https://a.example", row: 1, column: 0, width: 1)
    var second = Canvas(size: size)
    second.put("a\u{301}", row: 0, column: 0)
    second.link("https://b.example", row: 1, column: 0, width: 1)
    #expect(!first.sameCell(row: 0, column: 0, as: second))
    #expect(!first.sameCell(row: 1, column: 0, as: second))
    #expect(first != second)
  }

  @Test func cells_compare_as_characters_do() {
    // U+212A KELVIN SIGN is canonically equivalent to "K", and "é" to "e" with U+0301.
    var first = Canvas(size: size)
    first.put("K\u{E9}xé", row: 0, column: 0)
    var second = Canvas(size: size)
    second.put("\u{212A}e\u{301}yé", row: 0, column: 0)
    #expect(first.sameCell(row: 0, column: 0, as: second))
    #expect(first.sameCell(row: 0, column: 1, as: second))
    #expect(!first.sameCell(row: 0, column: 2, as: second))
    #expect(first.sameCell(row: 0, column: 3, as: second))
    #expect((0..<4).map { first[0, $0] == second[0, $0] } == [true, true, false, true])
  }

  @Test func style_and_continuations_count() {
    var first = Canvas(size: size)
    first.put("日x", row: 0, column: 0)
    var second = first
    #expect(first == second)
    second.fill(row: 0, column: 2, width: 1, style: Canvas.Style(dim: true))
    #expect(first != second && first.sameCell(row: 0, column: 1, as: second))
    #expect(!first.sameCell(row: 0, column: 2, as: second))
    var third = Canvas(size: size)
    third.put("日", row: 0, column: 1)
    #expect(!first.sameCell(row: 0, column: 1, as: third))
    #expect(Canvas(size: size) != Canvas(size: TerminalSize(columns: 5, rows: 2)))
  }
}
