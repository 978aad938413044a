extension Canvas {
  /// How a cell looks.
  ///
  /// Nothing depends on colour alone: every role has a monochrome style too.
  ///
  /// Kept in one byte, so that comparing two cells' styles, at every cell of every frame, is
  /// comparing two bytes.
  public struct Style: Hashable, Sendable {
    /// Bold, reverse, underline and dim in the low bits, the colour's number above.
    @usableFromInline var bits: UInt8

    /// Bold text.
    public var bold: Bool {
      get { bits & 1 != 0 }
      set { setFlag(1, newValue) }
    }
    /// Reverse video (the selection bar, banners).
    public var reverse: Bool {
      get { bits & 2 != 0 }
      set { setFlag(2, newValue) }
    }
    /// Underlined text.
    public var underline: Bool {
      get { bits & 4 != 0 }
      set { setFlag(4, newValue) }
    }
    /// Dim text (hints).
    public var dim: Bool {
      get { bits & 8 != 0 }
      set { setFlag(8, newValue) }
    }
    /// The colour, when the terminal has colours.
    public var color: Color {
      get { Color(rawValue: bits >> 4) ?? .normal }
      set { bits = bits & 0x0F | newValue.rawValue << 4 }
    }

    /// Plain text.
    public static let plain = Style()

    /// Creates a style.
    public init(
      bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false,
      color: Color = .normal
    ) {
      bits = 0
      self.bold = bold
      self.reverse = reverse
      self.underline = underline
      self.dim = dim
      self.color = color
    }

    private mutating func setFlag(_ flag: UInt8, _ on: Bool) {
      bits = on ? bits | flag : bits & ~flag
    }
  }

  /// The colour roles the screens use; the terminal maps them to real colours.
  public enum Color: UInt8, Hashable, Sendable, CaseIterable {
    case normal
    case accent
    case danger
    case warning
    case notice
    case good
  }
}
