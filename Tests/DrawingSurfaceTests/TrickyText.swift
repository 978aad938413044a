/// Scalars that test grapheme breaking and display width: controls, combining marks, joiners,
/// variation selectors, emoji modifiers and flags, Prepend scalars, Hangul jamo, an Indic
/// virama, wide and narrow symbols, and a singleton canonical decomposition (KELVIN SIGN).
enum TrickyText {
  static let scalars: [String] = [
    "a", "#", " ", "\u{7}", "\r", "\n", "\u{E9}", "\u{301}", "\u{FE0F}", "\u{200D}",
    "\u{20DD}", "─", "‼", "❤", "👍", "\u{1F3FD}", "\u{1F1EB}", "\u{0600}", "\u{0D4E}",
    "\u{1100}", "\u{1161}", "각", "日", "\u{3099}", "\u{212A}", "क", "\u{94D}", "\u{A9}",
  ]

  /// Every text of one to three of ``scalars``.
  static var upToThree: [String] {
    let pairs = scalars.flatMap { first in scalars.map { first + $0 } }
    return scalars + pairs + pairs.flatMap { pair in scalars.map { pair + $0 } }
  }
}
