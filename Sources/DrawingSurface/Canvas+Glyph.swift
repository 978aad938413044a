extension Canvas {
  /// What one cell shows, kept as a number so that cells copy and compare without reference
  /// counting: a character of one scalar, the second cell of a wide character, or a character
  /// of several scalars (a letter with a combining mark, an emoji sequence) that the canvas
  /// keeps aside.
  ///
  /// A glyph of several scalars means something only with its canvas:
  /// ``Canvas/character(of:)`` gives the character.
  public struct Glyph: Hashable, Sendable {
    /// A scalar's value, ``continuationValue``, or above it the place of a cluster.
    @usableFromInline let value: UInt32

    /// The second cell of a wide character.
    public static let continuation = Glyph(value: continuationValue)
    /// A space.
    static let space = Glyph(" ")

    /// Just past the last Unicode scalar.
    @usableFromInline static var continuationValue: UInt32 { 0x11_0000 }

    private init(value: UInt32) {
      self.value = value
    }

    /// The glyph of a character that is one scalar.
    init(_ scalar: Unicode.Scalar) {
      value = scalar.value
    }

    /// The glyph of the canvas's cluster number `index`.
    init(cluster index: Int) {
      value = Self.continuationValue + 1 + UInt32(index)
    }

    /// The character's one scalar, or `nil` for a continuation or a cluster.
    @inlinable public var scalar: Unicode.Scalar? {
      value < Self.continuationValue ? Unicode.Scalar(value) : nil
    }

    /// Whether this is the second cell of a wide character.
    @inlinable public var isContinuation: Bool { value == Self.continuationValue }

    /// The place of the glyph's cluster in its canvas, or `nil`.
    var cluster: Int? {
      value > Self.continuationValue ? Int(value - Self.continuationValue - 1) : nil
    }

    /// Whether two glyphs surely show different characters, without comparing characters.
    ///
    /// A continuation is no character. No scalar below U+0300 is canonically equivalent to
    /// another single scalar, and nothing to a space, which is most of what a frame is compared
    /// with; but U+212A KELVIN SIGN is equivalent to "K", and "e" with U+0301 to "é", so
    /// others are compared as characters, as ``Cell``s compare.
    @inlinable func differsSurely(from other: Glyph) -> Bool {
      guard value != other.value else { return false }
      if isContinuation || other.isContinuation || value == 0x20 || other.value == 0x20 {
        return true
      }
      return value < 0x300 && other.value < 0x300
    }
  }
}
