import TextLayout

/// Reads text a grapheme at a time, as the cells it fills: a scalar that is sure to be a
/// grapheme of its own straight from the UTF-8 bytes, any other with Unicode's grapheme breaking.
///
/// Finding graphemes was most of the cost of drawing a screen, and nearly every scalar a screen
/// draws (ASCII, Latin letters, punctuation, box drawing, CJK) stands alone.
enum GlyphScanner {
  /// A grapheme, or a run of them.
  enum Piece {
    /// A scalar of its own.
    case scalar(Unicode.Scalar)
    /// A character of several scalars.
    case cluster(Character)
    /// Printable ASCII characters, a column each; the bytes can be read only during the call.
    case ascii(UnsafeBufferPointer<UInt8>)
  }

  /// Calls `body` with each grapheme of `text` (or run of printable ASCII) and the columns it
  /// takes, until `body` returns false.
  static func scan(_ text: String, _ body: (Piece, Int) -> Bool) {
    var bytes = text  // `withUTF8` needs a variable; a native string is not copied
    bytes.withUTF8 { utf8 in
      var offset = 0
      while offset < utf8.count {
        let run = asciiRun(utf8, from: offset)
        if run > 0 {
          let piece = Piece.ascii(UnsafeBufferPointer(rebasing: utf8[offset..<(offset + run)]))
          guard body(piece, run) else { return }
          offset += run
          continue
        }
        let (value, length) = decode(utf8, at: offset)
        let next = offset + length
        if standsAlone(value), next == utf8.count || startsAlone(utf8, at: next),
          let scalar = Unicode.Scalar(value)
        {
          guard body(.scalar(scalar), DisplayWidth.of(scalar)) else { return }
          offset = next
          continue
        }
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        guard let character = text[start...].first else { return }
        let piece: Piece
        if character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first {
          piece = .scalar(scalar)
        } else {
          piece = .cluster(character)
        }
        guard body(piece, DisplayWidth.of(character)) else { return }
        offset += character.utf8.count
      }
    }
  }

  /// How many bytes from `offset` are printable ASCII characters that are graphemes of their
  /// own: all but a last one that a combining mark (or the like) follows.
  private static func asciiRun(_ utf8: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
    var end = offset
    while end < utf8.count, (0x20..<0x7F).contains(utf8[end]) { end += 1 }
    if end > offset, end < utf8.count, !startsAlone(utf8, at: end) { end -= 1 }
    return end - offset
  }

  /// Whether a grapheme starting with `value` ends there when the next scalar starts alone:
  /// Latin, punctuation, symbols, box drawing, CJK and Hangul syllables; never a Prepend
  /// scalar (Arabic number signs and some Brahmi scripts), which joins what follows, nor a
  /// carriage return, which joins a line feed.
  private static func standsAlone(_ value: UInt32) -> Bool {
    (value < 0x300 && value != 0x0D) || (0x2000..<0x2C00).contains(value)
      || (0x3000..<0xA000).contains(value) || (0xAC00...0xD7A3).contains(value)
  }

  /// Whether the scalar at `offset` never joins the grapheme before it (but for a line feed
  /// after a carriage return): no combining mark, joiner or variation selector, no Hangul
  /// jamo, no regional indicator.
  private static func startsAlone(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    // Below U+0300 (lead bytes up to 0xCB): before the first combining mark.
    if utf8[offset] < 0xCC { return true }
    let value = decode(utf8, at: offset).value
    return (0x2010..<0x2C00).contains(value) && !(0x20D0...0x20FF).contains(value)
      || (0x4E00..<0xA000).contains(value) || (0xAC00...0xD7A3).contains(value)
  }

  /// The scalar value whose UTF-8 starts at `offset`, and its length in bytes.
  private static func decode(
    _ utf8: UnsafeBufferPointer<UInt8>, at offset: Int
  ) -> (value: UInt32, length: Int) {
    let lead = UInt32(utf8[offset])
    func trail(_ position: Int) -> UInt32 { UInt32(utf8[offset + position]) & 0x3F }
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | trail(1), 2) }
    if lead < 0xF0 { return ((lead & 0x0F) << 12 | trail(1) << 6 | trail(2), 3) }
    return ((lead & 0x07) << 18 | trail(1) << 12 | trail(2) << 6 | trail(3), 4)
  }
}
