import CNcursesw
import DrawingSurface

/// The colour pairs of the canvas roles: one pair per role, on the terminal's own background
/// where it can keep it.
extension CursesTerminal {
  /// Starts colours when they are wanted and the terminal has them, with a pair for every role.
  ///
  /// - Returns: Whether colours are used, and whether their background is black because the
  ///   terminal cannot keep its own.
  static func startColors(ifWanted wanted: Bool) -> (used: Bool, blackBackground: Bool) {
    guard wanted && has_colors() && start_color() != ERR else { return (false, false) }
    // The terminal's own background where it can keep it; black where it cannot.
    let blackBackground = use_default_colors() != OK
    let background = blackBackground ? Int16(COLOR_BLACK) : Int16(-1)
    for role in Canvas.Color.allCases {
      guard let (pair, foreground) = colorPair(for: role) else { continue }
      init_pair(pair, foreground, background)
    }
    return (true, blackBackground)
  }

  /// The colour pair and foreground for a role; `nil` for the terminal's own colour.
  static func colorPair(for role: Canvas.Color) -> (pair: Int16, foreground: Int16)? {
    switch role {
    case .normal: return nil
    case .accent: return (1, Int16(COLOR_CYAN))
    case .danger: return (2, Int16(COLOR_RED))
    case .warning: return (3, Int16(COLOR_YELLOW))
    case .good: return (4, Int16(COLOR_GREEN))
    case .notice: return (5, Int16(COLOR_MAGENTA))
    }
  }
}
