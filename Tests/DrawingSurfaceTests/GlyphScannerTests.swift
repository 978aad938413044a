import Testing
import TextLayout

@testable import DrawingSurface

@Suite struct GlyphScannerTests {
  /// What the scanner reads from `text`: each grapheme as a string, with its columns.
  func scanned(_ text: String) -> [(String, Int)] {
    var pieces: [(String, Int)] = []
    GlyphScanner.scan(text) { piece, columns in
      switch piece {
      case .scalar(let scalar): pieces.append((String(Character(scalar)), columns))
      case .cluster(let character): pieces.append((String(character), columns))
      case .ascii(let bytes):
        #expect(columns == bytes.count)
        pieces += bytes.map { (String(UnicodeScalar($0)), 1) }
      }
      return true
    }
    return pieces
  }

  @Test func printable_ascii_takes_a_column_as_display_width_says() {
    for value in UInt32(0x20)..<0x7F {
      #expect(Unicode.Scalar(value).map(DisplayWidth.of) == 1)
    }
  }

  @Test func reads_the_graphemes_and_widths_that_string_iteration_finds() {
    for text in TrickyText.upToThree + ["Hello, wörld…", "日本語 ─┐", "👨‍👩‍👧 🇫🇷🇩🇪 1️⃣"] {
      let expected = text.map { (String($0), DisplayWidth.of($0)) }
      let actual = scanned(text)
      #expect(
        actual.map(\.0) == expected.map(\.0) && actual.map(\.1) == expected.map(\.1),
        "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
  }

  @Test func keeps_a_grapheme_of_one_scalar_as_a_scalar() {
    var kinds: [String] = []
    GlyphScanner.scan("a─e\u{301}日abc\u{301} !\n") { piece, _ in
      switch piece {
      case .scalar: kinds.append("scalar")
      case .cluster: kinds.append("cluster")
      case .ascii(let bytes): kinds.append(String(decoding: bytes, as: UTF8.self))
      }
      return true
    }
    #expect(kinds == ["a", "scalar", "cluster", "scalar", "ab", "cluster", " !", "scalar"])
  }

  @Test func stops_when_told() {
    var seen = 0
    GlyphScanner.scan("日本語") { _, _ in
      seen += 1
      return seen < 2
    }
    #expect(seen == 2)
  }
}
