import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension EndToEnd {
  /// Standard streams that go away under a running quiz: standard error closed from the start,
  /// and a pipe whose reader leaves.
  ///
  /// Every test ends with the terminal as it was: `stty -g` as before, and so are the modes
  /// `stty` does not show (alternate screen, keypad, mouse, cursor).
  @Suite(EndToEnd.needsTmux) struct ClosedStreamTests {
    @Test func with_standard_error_closed_the_screens_run_and_the_draft_is_kept() async throws {
      let folder = try Paths.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let tmux = try Tmux()
      try tmux.start(
        command: [
          "/bin/sh", "-c", #"exec "$0" --draft d.json 2>&-"#, Paths.executable.path,
        ], directory: folder)
      _ = try await take(toConcerns, on: tmux)
      // The note that says where the answers are cannot be shown; the run ends as it would.
      try tmux.send("q", "y")
      try await expectRestored(tmux, with: 1)
      let draft = try String(contentsOf: folder.appendingPathComponent("d.json"), encoding: .utf8)
      // The ticks on the question shown are not an answer until Enter: question 1's is kept.
      #expect(draft.contains(#""age_band": "22_plus""#), "\(draft)")
      // Nothing went into a file opened in standard error's place (the draft's lock).
      for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
      where name.hasPrefix(".skinquiz-lock-") {
        let size =
          try FileManager.default.attributesOfItem(
            atPath: folder.appendingPathComponent(name).path)[.size] as? Int
        #expect(size == 0, "\(name) holds \(size ?? -1) bytes")
      }
    }

    // MARK: - A reader that goes away

    @Test func plain_piped_into_head_at_a_terminal_dies_of_sigpipe_with_the_terminal_as_it_was()
      async throws
    {
      // The left side records the program's status; the right side closes its end of the pipe
      // once head has exited, then says so, so no reader is left when the test types. --plain,
      // since without it the screens would be drawn on /dev/tty and only the result piped.
      let script =
        "{ \"$0\" --plain; echo $? > status; } | { head -c 10; exec <&-; echo; echo READER-GONE; }; "
        + "exit \"$(cat status)\""
      let tmux = try Tmux()
      try tmux.start(command: ["/bin/sh", "-c", script, Paths.executable.path])
      let screen = try await tmux.waitFor("READER-GONE")
      #expect(screen.contains("Is microne\nREADER-GONE"), "\(screen)")
      // The program waits for the answer to question 1; its next line has nowhere to go. (It
      // may have died already, if its first lines came after head had gone.)
      try? tmux.send("3", "Enter")
      try await expectRestored(tmux, with: 128 + SIGPIPE)
    }
  }
}
