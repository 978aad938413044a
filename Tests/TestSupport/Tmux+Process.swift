import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
/// The program as a process: its id, signals, stopping and resuming, and how it ended.
extension Tmux {
  /// Sends `signal` to the program (not to the shell around it).
  public func signal(_ signal: Int32) async throws {
    let pid = try await programPID()
    guard kill(pid, signal) == 0 else {
      throw Failure(description: "kill(\(pid), \(signal)) failed: errno \(errno)")
    }
  }

  /// Waits for the program to stop (Ctrl-Z, SIGTSTP) in a pane started with `jobControl`, and
  /// returns `stty -g` as the shell found the terminal then, that is as the program left it.
  public func waitForStop(timeout: Duration = .seconds(10)) async throws -> String {
    let file = folder.appendingPathComponent("stty-stopped")
    let deadline = ContinuousClock.now + timeout
    while true {
      if let text = try? String(contentsOf: file, encoding: .utf8) {
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
      }
      guard ContinuousClock.now < deadline else {
        throw Failure(
          description: "the program did not stop within \(timeout); the screen was:\n"
            + "\(try screen(scrollback: 200))\n[end of screen]")
      }
      try await Task.sleep(for: .milliseconds(20))
    }
  }

  /// Brings the program stopped in a pane started with `jobControl` back, as `fg` at a prompt
  /// does: the shell hands it the terminal and sends its process group SIGCONT.
  public func resumeInForeground() throws {
    try FileManager.default.removeItem(at: folder.appendingPathComponent("stty-stopped"))
    try send("Enter")  // the line the shell waits for before `fg`
  }

  /// The program's process id, once it has started.
  public func programPID(timeout: Duration = .seconds(10)) async throws -> pid_t {
    let file = folder.appendingPathComponent("pid")
    let deadline = ContinuousClock.now + timeout
    while true {
      if let text = try? String(contentsOf: file, encoding: .utf8),
        let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        return pid
      }
      guard ContinuousClock.now < deadline else {
        throw Failure(description: "the program did not start within \(timeout)")
      }
      try await Task.sleep(for: .milliseconds(20))
    }
  }

  /// Waits for the program to end and returns its exit status, as the pane's shell printed it.
  public func waitForExit(timeout: Duration = .seconds(10)) async throws -> Int32 {
    let screen = try await waitFor("EXIT=<status>", timeout: timeout, scrollback: 5000) {
      Self.exitStatus(in: $0) != nil
    }
    return Self.exitStatus(in: screen) ?? -1
  }

  /// The status in the last `EXIT=<status>` line of `screen`.
  static func exitStatus(in screen: String) -> Int32? {
    screen.split(separator: "\n").reversed().lazy
      .compactMap { line -> Int32? in
        guard let range = line.range(of: "EXIT=") else { return nil }
        return Int32(line[range.upperBound...].prefix { $0.isNumber })
      }
      .first
  }
}
