extension Canvas {
  /// How a cell looks.
  ///
  /// Nothing depends on colour alone: every role has a monochrome style too.
  public struct Style: Hashable, Sendable {
    /// Bold text.
    public var bold = false
    /// Reverse video (the selection bar, banners).
    public var reverse = false
    /// Underlined text.
    public var underline = false
    /// Dim text (hints).
    public var dim = false
    /// The colour, when the terminal has colours.
    public var color: Color = .normal

    /// Plain text.
    public static let plain = Style()

    /// Creates a style.
    public init(
      bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false,
      color: Color = .normal
    ) {
      self.bold = bold
      self.reverse = reverse
      self.underline = underline
      self.dim = dim
      self.color = color
    }

    /// The style in a byte, as a canvas keeps it, so that comparing two cells' styles at
    /// every cell of every frame is comparing two bytes: the effects in the low bits, the
    /// colour above.
    @inlinable var packed: UInt8 {
      let effects: UInt8 = (bold ? 1 : 0) | (reverse ? 2 : 0) | (underline ? 4 : 0)
      return effects | (dim ? 8 : 0) | color.rawValue << 4
    }

    /// The style packed in `byte` (see ``packed``).
    @inlinable init(packed byte: UInt8) {
      self.init(
        bold: byte & 1 != 0, reverse: byte & 2 != 0, underline: byte & 4 != 0,
        dim: byte & 8 != 0, color: Color(rawValue: byte >> 4) ?? .normal)
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
