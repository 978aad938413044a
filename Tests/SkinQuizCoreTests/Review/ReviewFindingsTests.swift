import Testing

@testable import SkinQuizCore

/// Defects found in review, each a failing test until fixed.
@Suite struct ReviewInputReaderTests {
  @Test func a_byte_order_mark_is_no_column() {
    // text(_:) drops the mark, so every other diagnostic counts columns from after it
    // (bom.json:1:2 for a key after "{"); the UTF-8 error counted it and said 1:3 here.
    let problem = InputReader.notUTF8([0xEF, 0xBB, 0xBF, 0x61, 0xFF], file: "x.json")
    #expect(problem.location.column == 2)
  }
}
