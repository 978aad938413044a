import Foundation

/// Keys, bytes and resizes, sent to the pane as a person at the terminal would.
extension Tmux {
  /// Sends keys by their tmux names (`Enter`, `Escape`, `Space`, `Up`, `End`, `C-u`, `3`...).
  public func send(_ keys: String...) throws {
    try send(keys)
  }

  /// Sends keys by their tmux names.
  public func send(_ keys: [String]) throws {
    try tmux(["send-keys", "-t", target] + keys)
  }

  /// Types `text` as it is, with no key names.
  public func type(_ text: String) throws {
    try tmux(["send-keys", "-t", target, "-l", text])
  }

  /// Sends raw bytes to the program, as a terminal would (mouse reports, for instance).
  public func sendRaw(_ bytes: [UInt8]) throws {
    try tmux(["send-keys", "-t", target, "-H"] + bytes.map { String(format: "%02x", $0) })
  }

  /// Resizes the window; the program gets SIGWINCH.
  public func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
  }

  /// Resizes the window and sends keys, in turn, as one tmux command: each key reaches the
  /// program right after its resize, with no wait for the screen to be redrawn.
  public func resizeAndSend(_ steps: [(width: Int, height: Int, keys: [String])]) throws {
    var arguments: [String] = []
    for step in steps {
      if !arguments.isEmpty { arguments.append(";") }
      arguments +=
        [
          "resize-window", "-t", target, "-x", "\(step.width)", "-y", "\(step.height)", ";",
          "send-keys", "-t", target,
        ] + step.keys
    }
    try tmux(arguments)
  }
}
