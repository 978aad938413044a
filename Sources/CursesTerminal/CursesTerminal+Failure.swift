extension CursesTerminal {
  /// Why the terminal cannot be opened.
  public enum Failure: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal, and there is no controlling terminal to
    /// draw on instead.
    case notATerminal
    /// `TERM` is not set.
    case noTerminalType
    /// `TERM` names a terminal that terminfo does not know or that cannot move the cursor.
    case unsupportedTerminal(String)
    /// Another ``CursesTerminal`` is still open.
    case alreadyOpen
    /// ncurses itself refused to start.
    case startFailed(String)

    public var description: String {
      switch self {
      case .notATerminal:
        return "standard input or output is not a terminal, and there is no /dev/tty"
      case .noTerminalType:
        return "the terminal type is unknown: TERM is not set"
      case .unsupportedTerminal(let name):
        return "the terminal type '\(name)' cannot show full-screen text"
      case .alreadyOpen:
        return "the terminal is already in use by another screen"
      case .startFailed(let name):
        return "ncurses could not start on the terminal type '\(name)'"
      }
    }
  }
}
