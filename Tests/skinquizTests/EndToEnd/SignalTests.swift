import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension EndToEnd {
  /// Ending the full screen with a signal restores the terminal and gives 128 + the signal.
  @Suite(EndToEnd.needsTmux) struct SignalTests {
    /// How the program is stopped.
    enum Ending: String, CaseIterable, CustomTestStringConvertible {
      case controlC = "Ctrl-C"
      case sigterm = "SIGTERM"
      case sighup = "SIGHUP"

      var testDescription: String { rawValue }

      var status: Int32 {
        switch self {
        case .controlC: return 130
        case .sigterm: return 143
        case .sighup: return 129
        }
      }
    }

    @Test(arguments: Ending.allCases)
    func a_signal_mid_question_exits_128_plus_the_signal_with_the_terminal_as_it_was(
      _ ending: Ending
    ) async throws {
      let tmux = try Tmux()
      try tmux.startSkinquiz()
      try await tmux.waitFor(welcomeHint)
      try tmux.send("Enter")
      try await tmux.waitFor("How old are you?")
      try tmux.send("Down", "Space")
      try await tmux.waitFor(" › 2 (•) 18 to 21")
      switch ending {
      case .controlC: try tmux.send("C-c")
      case .sigterm: try await tmux.signal(SIGTERM)
      case .sighup: try await tmux.signal(SIGHUP)
      }
      try await expectEnded(tmux, with: ending.status)
      // The shell printed both `stty -g` lines on the normal screen, around the run.
      let after = try tmux.screen(scrollback: 200)
      let modes = try tmux.terminalModes()
      #expect(after.contains("STTY-BEFORE=\(modes.before)\n"), "\(after)")
      #expect(after.contains("STTY-AFTER=\(modes.after)\nEXIT=\(ending.status)"), "\(after)")
      #expect(!after.contains("How old are you?"), "the alternate screen is gone:\n\(after)")
    }
  }
}
