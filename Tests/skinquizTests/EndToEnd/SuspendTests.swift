import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension EndToEnd {
  /// Suspending the full screen: with job control it stops and `fg` repaints it; without, the
  /// stop cannot happen and it carries on.
  ///
  /// Every test ends with the terminal as it was: `stty -g` as before, and so are the modes
  /// `stty` does not show (alternate screen, keypad, mouse, cursor).
  @Suite(EndToEnd.needsTmux) struct SuspendTests {
    /// How the program is suspended.
    enum Suspension: String, CaseIterable, CustomTestStringConvertible {
      case controlZ = "Ctrl-Z, then fg"
      case sigtstpAndResize = "SIGTSTP, a resize while stopped, then fg"

      var testDescription: String { rawValue }
    }

    @Test(arguments: Suspension.allCases)
    func suspended_it_gives_the_terminal_back_and_fg_repaints_the_question_and_keys_work(
      _ suspension: Suspension
    ) async throws {
      // With job control, as at an interactive prompt: the program has a process group of its
      // own, so the stop really happens, and the shell takes the terminal while it lasts.
      let tmux = try Tmux()
      try tmux.start(command: [Paths.executable.path], jobControl: true)
      let question = try await take(toAge, on: tmux)
      let fullScreenModes = try tmux.paneModes()
      switch suspension {
      case .controlZ: try tmux.send("C-z")
      case .sigtstpAndResize: try await tmux.signal(SIGTSTP)
      }
      // The shell saw the program stop (status 148: SIGTSTP), with the terminal as before.
      let stoppedModes = try await tmux.waitForStop()
      try await tmux.waitFor("STOPPED=148", scrollback: 200)
      let modesWhileStopped = try tmux.paneModes()

      var expected = question
      if suspension == .sigtstpAndResize {
        // Only the shell, in the foreground, hears of this resize.
        try tmux.resize(width: 100, height: 30)
        expected = try await freshScreen(width: 100, height: 30, after: toAge)
      }
      try tmux.resumeInForeground()
      try await tmux.waitFor("the question as it was, drawn whole again") { $0 == expected }
      // Keypad mode is back (tmux now sends the arrows as ESC O A...), and the mouse.
      try await poll("the full screen's modes") { try tmux.paneModes() == fullScreenModes }
      try tmux.send("Up")
      try await tmux.waitForAll([" › 1 ( ) Under 18", "   2 (•) 18 to 21"])
      try tmux.send("Down", "Down")
      try await tmux.waitFor(" › 3 ( ) 22 or older")
      try tmux.send("q", "y")
      try await expectRestored(tmux, with: 1)
      let stty = try tmux.terminalModes()
      #expect(stoppedModes == stty.before, "stty -g while stopped")
      let modes = try tmux.paneModesAroundProgram()
      #expect(modesWhileStopped == modes.before, "the pane's modes while stopped")
    }

    /// How the program is sent SIGTSTP where nothing can stop it.
    enum StopWithoutJobControl: String, CaseIterable, CustomTestStringConvertible {
      case controlZ = "Ctrl-Z"
      case signals = "SIGTSTP, then SIGCONT"

      var testDescription: String { rawValue }
    }

    @Test(arguments: StopWithoutJobControl.allCases)
    func without_job_control_a_suspend_cannot_stop_it_and_keys_still_work(
      _ way: StopWithoutJobControl
    ) async throws {
      // A script's shell has no job control: the program is in the shell's process group, which
      // is orphaned, so the kernel discards the stop ncurses' SIGTSTP handler sends itself after
      // ending curses mode, and the handler goes straight on to repaint. Ctrl-Z reaches the whole
      // group (the shell's own stop is discarded the same way), SIGTSTP only the program; both
      // must leave the program as it was, not half suspended. The suspend test above has the
      // job control that makes Ctrl-Z a real stop.
      let tmux = try Tmux()
      try tmux.startSkinquiz()
      let question = try await take(toAge, on: tmux)
      let fullScreenModes = try tmux.paneModes()
      try tmux.recordOutput()
      switch way {
      case .controlZ: try tmux.send("C-z")
      case .signals: try await tmux.signal(SIGTSTP)
      }
      // The program left the alternate screen and came back to it (xterm's rmcup and smcup):
      // the suspend was handled, and the terminal is in the program's modes again, so keys can
      // be sent. (Sent earlier, they could be flushed with the typeahead, or read half in the
      // shell's modes.)
      try await poll("the program to leave and re-enter the full screen") {
        let output = tmux.output()
        guard let left = output.range(of: "\u{1B}[?1049l") else { return false }
        return output[left.upperBound...].contains("\u{1B}[?1049h")
      }
      // Only now: a SIGCONT discards a SIGTSTP still waiting to be handled.
      if way == .signals { try await tmux.signal(SIGCONT) }
      try await tmux.waitFor("the question as it was") { $0 == question }
      try await poll("the full screen's modes") { try tmux.paneModes() == fullScreenModes }
      try tmux.send("Up")
      try await tmux.waitForAll([" › 1 ( ) Under 18", "   2 (•) 18 to 21"])
      try tmux.send("End")
      try await tmux.waitFor(" › 3 ( ) 22 or older")
      try tmux.send("q", "y")
      try await expectRestored(tmux, with: 1)
    }
  }
}
