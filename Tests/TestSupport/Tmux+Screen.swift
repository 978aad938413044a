import Foundation

/// What the pane shows and what the program wrote, and waiting for the screen to show it.
extension Tmux {
  /// Starts copying everything the program writes to the terminal, escape sequences and all,
  /// for ``output()``; what it wrote before is not copied.
  public func recordOutput() throws {
    let file = folder.appendingPathComponent("output")
    try tmux(["pipe-pane", "-O", "-t", target, "cat >> \(Self.quoted(file.path))"])
  }

  /// What the program has written to the terminal since ``recordOutput()``, as far as it has
  /// reached the file yet.
  public func output() -> String {
    let data = FileManager.default.contents(atPath: folder.appendingPathComponent("output").path)
    return String(decoding: data ?? Data(), as: UTF8.self)
  }

  /// The visible screen as text, without trailing spaces.
  ///
  /// - Parameters:
  ///   - escapes: Keeps the text attributes and colours as escape sequences (`capture-pane -e`).
  ///   - scrollback: Also this many lines of history above the screen, with wrapped lines
  ///     joined (`-S -N -J`).
  public func screen(escapes: Bool = false, scrollback: Int = 0) throws -> String {
    var arguments = ["capture-pane", "-p", "-t", target]
    if escapes { arguments.append("-e") }
    if scrollback > 0 { arguments += ["-J", "-S", "-\(scrollback)"] }
    var text = try tmux(arguments)
    if text.hasSuffix("\n") { text.removeLast() }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
      .joined(separator: "\n")
  }

  /// Polls the screen every 20 ms until it contains `text`; returns that screen, or throws with
  /// the last screen after `timeout`.
  @discardableResult
  public func waitFor(
    _ text: String, timeout: Duration = .seconds(10), scrollback: Int = 0
  ) async throws -> String {
    try await waitFor("'\(text)'", timeout: timeout, scrollback: scrollback) {
      $0.contains(text)
    }
  }

  /// Polls the screen every 20 ms until it contains every one of `texts`; returns that screen,
  /// or throws with the last screen after `timeout`.
  ///
  /// A program redraws a screen piece by piece, so wait for everything a test then checks.
  @discardableResult
  public func waitForAll(
    _ texts: [String], timeout: Duration = .seconds(10), scrollback: Int = 0
  ) async throws -> String {
    let what = texts.map { "'\($0)'" }.joined(separator: ", ")
    return try await waitFor(what, timeout: timeout, scrollback: scrollback) { screen in
      texts.allSatisfy { screen.contains($0) }
    }
  }

  /// Polls the screen every `interval` until `condition` holds for it; returns that screen, or
  /// throws with `what` and the last screen after `timeout`.
  @discardableResult
  public func waitFor(
    _ what: String, timeout: Duration = .seconds(10), scrollback: Int = 0,
    interval: Duration = .milliseconds(20), until condition: (String) -> Bool
  ) async throws -> String {
    let deadline = ContinuousClock.now + timeout
    while true {
      let screen = try self.screen(scrollback: scrollback)
      if condition(screen) { return screen }
      guard ContinuousClock.now < deadline else {
        throw Failure(
          description: "waited \(timeout) for \(what); the screen was:\n\(screen)\n[end of screen]")
      }
      try await Task.sleep(for: interval)
    }
  }
}
