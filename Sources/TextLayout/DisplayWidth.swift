/// How many terminal columns text takes: wide East Asian characters and emoji take two,
/// combining marks and other zero-width scalars none.
public enum DisplayWidth {
  /// The columns `character` takes, measured on its first scalar (later scalars of a grapheme,
  /// such as combining marks or emoji modifiers, add nothing).
  public static func of(_ character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    // An emoji made wide by what follows it (a variation selector, a modifier, a joined
    // sequence). Only on an emoji: a space before a stray U+FE0F stays one column, as its two
    // parts measure apart (found by fuzzing: an indent joined such a line and widened it).
    if character.unicodeScalars.count > 1, scalar.properties.isEmoji,
      character.unicodeScalars.contains(where: {
        $0.properties.isEmojiPresentation || $0 == "\u{FE0F}"
      })
    {
      return 2
    }
    return of(scalar)
  }

  /// The columns one scalar takes.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    if value < 0x300 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if value == 0x200B || (0x1160...0x11FF).contains(value) { return 0 }
    if scalar.properties.isEmojiPresentation { return 2 }
    // The East Asian wide ranges that are not emoji. A switch, not an array of ranges: the
    // array's generic metadata cost more at start-up than every lookup after it.
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }

  /// The columns `text` takes.
  public static func of(_ text: String) -> Int { columns(of: text) }

  /// The columns `text` takes.
  public static func of(_ text: Substring) -> Int { columns(of: text) }

  // Generic only inside this module, where it is specialized for String and Substring: called
  // from another module it ran unspecialized, and its first calls looked up the generic
  // witnesses at run time (0.26 M instructions before the first screen).
  private static func columns(of text: some StringProtocol) -> Int {
    // Printable ASCII, most of what is measured, is a column a byte: no need to find graphemes,
    // which was most of the time spent wrapping the welcome screen.
    if text.utf8.allSatisfy({ (0x20..<0x7F).contains($0) }) { return text.utf8.count }
    return text.reduce(0) { $0 + of($1) }
  }
}
