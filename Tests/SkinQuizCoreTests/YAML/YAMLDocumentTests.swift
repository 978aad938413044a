import TestSupport
import Testing

@testable import SkinQuizCore

/// Positions inside values: through quotes, block scalars and folded lines, many at once.
@Suite struct YAMLDocumentTests {
  static let text = """
    plain: goals has smooth and nope has x
    quoted: 'goals has smooth and nope has x'
    folded: >-
      goals has smooth
      and nope has x
        or  more has y
    crlf: "a or\r\n  b or c"
    """

  private func document() -> YAMLDocument {
    var diagnostics: [Diagnostic] = []
    let document = YAMLDocument(file: "a.yaml", text: Self.text, diagnostics: &diagnostics)
    #expect(diagnostics.isEmpty)
    return document
  }

  @Test(arguments: ["plain", "quoted", "folded", "crlf"])
  func many_positions_at_once_match_each_found_alone(_ key: String) throws {
    let document = document()
    let node = try #require(document.topLevelValue(key))
    // Every offset of the value and past its end (which points just after it), in any order.
    let offsets = Array(0...60).reversed() + [3, 3, 0]
    let together = document.locations(ofOffsets: Array(offsets), in: node)
    let alone = offsets.map { document.location(ofOffset: $0, in: node) }
    #expect(together == alone)
    #expect(document.locations(ofOffsets: [], in: node).isEmpty)
  }

  @Test func positions_are_where_the_words_are_written() throws {
    let document = document()
    let folded = try #require(document.topLevelValue("folded"))
    // "goals has smooth and nope has x or more has y": 'nope' at 21, 'more' at 38.
    let found = document.locations(ofOffsets: [38, 21, 0], in: folded)
    #expect(found.map(\.description) == ["a.yaml:6:9", "a.yaml:5:7", "a.yaml:4:3"])
  }

  @Test func ten_thousand_problems_in_one_condition_are_each_located() throws {
    // Each unknown question is reported where it is written (one walk through the condition,
    // however many there are; before, each problem split the file and walked the value anew).
    let terms = (0..<10_000).map { "q\($0) has x" }.joined(separator: " or ")
    let files = MiniPack.files(
      in: "findings.yaml", replacing: "when: goals has smooth\n", with: "when: \(terms)\n")
    let diagnostics = PackLoader.load(files).diagnostics.filter {
      $0.message.contains("unknown question 'q")
    }
    #expect(diagnostics.count == 10_000)
    // The condition starts at column 11 ("    when: "); the last term is its last 11 characters.
    #expect(diagnostics.last?.location.column == 11 + terms.count - "q9999 has x".count)
  }
}
