import Foundation
import TestSupport
import Testing

extension EndToEnd {
  /// The driver itself: what the other end-to-end tests rely on can also fail.
  @Suite(EndToEnd.needsTmux) struct TmuxDriverTests {
    @Test func the_pane_has_only_the_test_environment_and_a_changed_terminal_is_noticed()
      async throws
    {
      let tmux = try Tmux()
      try tmux.start(
        command: [
          "/bin/sh", "-c",
          #"echo "env: TERM=$TERM LANG=$LANG PACK=${SKINQUIZ_PACK-unset} "#
            + #"EPOCH=$SOURCE_DATE_EPOCH BT=$SWIFT_BACKTRACE X=$X"; stty -echo; exit 3"#,
        ], width: 100, height: 10, environment: ["X": "it's"])
      #expect(try await tmux.waitForExit() == 3)
      let screen = try tmux.screen()
      #expect(
        screen.contains(
          "env: TERM=xterm-256color LANG=C.UTF-8 PACK=unset EPOCH=1767261600 "
            + "BT=interactive=no X=it's"), "\(screen)")
      let modes = try tmux.terminalModes()
      #expect(!modes.before.isEmpty)
      #expect(modes.before != modes.after, "stty -echo must show")
      await #expect(throws: Tmux.Failure.self) {
        try await tmux.waitFor("never shown", timeout: .milliseconds(100))
      }
    }
  }
}
