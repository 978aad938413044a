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

extension Key {
  /// The key as the help names it: "Enter", "Space", "Ctrl-L", "→", "q".
  public var name: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let character): return String(character)
    case .control(let letter): return "Ctrl-" + letter.uppercased()
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .backspace: return "Backspace"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .click: return "a click"
    case .resize: return "a resize"
    case .endOfInput: return "the end of input"
    }
  }

  /// Keys named in a row, with the digits 1 to 9 as "1–9".
  public static func names(_ keys: [Key]) -> String {
    let digits = (1...9).map { Key.character(Character(String($0))) }
    if Set(digits).isSubset(of: Set(keys)) {
      return (["1–9"] + keys.filter { !digits.contains($0) }.map(\.name)).joined(separator: " ")
    }
    return keys.map(\.name).joined(separator: " ")
  }
}
