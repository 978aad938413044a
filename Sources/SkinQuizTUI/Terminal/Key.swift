/// A key press (or terminal event) as the screens see it, whatever terminal produced it.
public enum Key: Hashable, Sendable {
  /// A printable character, including space and digits.
  case character(Character)
  /// A control character typed with Ctrl, as its lowercase letter (Ctrl-L is `.control("l")`).
  case control(Character)
  case enter
  case escape
  case backspace
  case tab
  case backTab
  case up
  case down
  case left
  case right
  case pageUp
  case pageDown
  case home
  case end
  /// A mouse click at a cell (0-based row and column).
  case click(row: Int, column: Int)
  /// The terminal changed size; the screen must be laid out again.
  case resize
  /// Standard input ended; no more keys will come.
  case endOfInput
}
