/// The seam between the screens and a real terminal: all the screens need, and all a test
/// terminal has to provide.
///
/// The ncurses terminal implements it for people; an in-memory terminal implements it for tests.
public protocol Terminal: AnyObject {
  /// The current size.
  var size: TerminalSize { get }
  /// Whether colours may be used (a colour terminal and no `NO_COLOR` or `--no-color`).
  var usesColor: Bool { get }
  /// Shows `canvas`, drawing only what changed since the last one.
  func present(_ canvas: Canvas)
  /// Waits for the next key or event.
  func nextKey() -> Key
  /// Redraws everything on the next `present`, for Ctrl-L after the screen was disturbed.
  func repaint()
}
