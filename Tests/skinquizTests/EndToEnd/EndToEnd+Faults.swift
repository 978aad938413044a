import Foundation
import TestSupport
import Testing

extension EndToEnd {
  // The steps and checks the fault suites share (SuspendTests, ResizeStormTests, CrashTests,
  // ClosedStreamTests): each takes the program to a question, does it harm, and expects the
  // terminal back as it was.

  /// What a test does on a screen and what it then waits for.
  typealias Step = (keys: [String], until: [String])

  /// From the welcome to question 1 with its second option chosen.
  static let toAge: [Step] = [
    (["Enter"], ["How old are you?"]),
    (["Down", "Space"], [" › 2 (•) 18 to 21", "Space choose"]),
  ]

  /// From the welcome to question 2 with options 1 and 4 ticked, the cursor on 4.
  static let toConcerns: [Step] = [
    (["Enter"], ["How old are you?"]),
    (["3", "Enter"], ["Which concerns would you like to improve?", "Space tick"]),
    (["1", "4"], ["1 [x] Acne scars", " › 4 [x] Sun damage"]),
  ]

  /// Waits for the welcome, then takes `steps`; returns the screen once it has settled.
  static func take(_ steps: [Step], on tmux: Tmux) async throws -> String {
    try await tmux.waitFor(welcomeHint)
    for step in steps {
      try tmux.send(step.keys)
      try await tmux.waitForAll(step.until)
    }
    return try await settled(tmux)
  }

  /// The screen a new `skinquiz` draws at `width` by `height` after `steps`: what a redrawn
  /// screen must be, to the cell.
  static func freshScreen(width: Int, height: Int, after steps: [Step]) async throws -> String {
    let tmux = try Tmux()
    try tmux.startSkinquiz(width: width, height: height)
    let screen = try await take(steps, on: tmux)
    try tmux.send("q", "y")
    try await expectEnded(tmux, with: 1)
    return screen
  }

  /// Polls `condition` every 20 ms until it holds, or throws with `what` after `timeout`.
  static func poll(
    _ what: String, timeout: Duration = .seconds(10), until condition: () throws -> Bool
  ) async throws {
    let deadline = ContinuousClock.now + timeout
    while try !condition() {
      guard ContinuousClock.now < deadline else {
        throw Tmux.Failure(description: "waited \(timeout) for \(what)")
      }
      try await Task.sleep(for: .milliseconds(20))
    }
  }

  /// Checks that the program ended with `status`, with `stty -g` and the pane's other modes
  /// as before.
  static func expectRestored(
    _ tmux: Tmux, with status: Int32, sourceLocation: SourceLocation = #_sourceLocation
  ) async throws {
    try await expectEnded(tmux, with: status, sourceLocation: sourceLocation)
    let modes = try tmux.paneModesAroundProgram()
    #expect(
      modes.before.hasPrefix("alternate screen 0, keypad 00"), "\(modes.before)",
      sourceLocation: sourceLocation)
    #expect(
      modes.after == modes.before, "the pane's modes after the program",
      sourceLocation: sourceLocation)
  }
}
