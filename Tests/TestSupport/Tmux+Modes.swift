import Foundation

/// The terminal modes around the program: `stty -g`, and the modes `stty` does not show.
extension Tmux {
  /// `stty -g` before and after the program, as the pane's shell recorded them; call it after
  /// ``waitForExit(timeout:)``.
  public func terminalModes() throws -> (before: String, after: String) {
    func read(_ name: String) throws -> String {
      try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        .trimmingCharacters(in: .whitespacesAndNewlines)
    }
    return (try read("stty-before"), try read("stty-after"))
  }

  /// The value of a tmux format for the pane (`#{pane_width}`, `#{alternate_on}`...; FORMATS in
  /// tmux(1)).
  public func format(_ format: String) throws -> String {
    try tmux(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .newlines)
  }

  /// The pane's terminal modes that a full-screen program changes and `stty` does not show.
  ///
  /// The alternate screen, keypad mode (application cursor keys and keypad), mouse reporting
  /// and the cursor's visibility, as in `alternate screen 0, keypad 00, mouse 0000, cursor 1`
  /// (a shell's).
  public func paneModes() throws -> String {
    try format(Self.paneModesFormat)
  }

  /// ``paneModes()`` before and after the program, as the pane's shell recorded them; call it
  /// after ``waitForExit(timeout:)``.
  public func paneModesAroundProgram() throws -> (before: String, after: String) {
    func read(_ name: String) throws -> String {
      try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        .trimmingCharacters(in: .whitespacesAndNewlines)
    }
    return (try read("modes-before"), try read("modes-after"))
  }

  /// The tmux format of ``paneModes()``.
  static let paneModesFormat =
    "alternate screen #{alternate_on}, keypad #{keypad_cursor_flag}#{keypad_flag}, mouse "
    + "#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_sgr_flag}, "
    + "cursor #{cursor_flag}"
}
