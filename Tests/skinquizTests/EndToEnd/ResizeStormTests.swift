import Foundation
import TestSupport
import Testing

extension EndToEnd {
  /// Resizes one after another mid-question: the last size drawn as new, no key lost.
  ///
  /// Every test ends with the terminal as it was: `stty -g` as before, and so are the modes
  /// `stty` does not show (alternate screen, keypad, mouse, cursor).
  @Suite(EndToEnd.needsTmux) struct ResizeStormTests {
    @Test func after_100_resizes_the_last_size_is_drawn_as_new_with_the_ticks_kept() async throws {
      let tmux = try Tmux()
      try tmux.startSkinquiz()
      _ = try await take(toConcerns, on: tmux)
      // Each resize is a tmux command of its own, one after the other as fast as they run; the
      // too-small size (30x8, the enlarge notice) is among them. The last one is 120x40.
      let sizes = [(30, 8), (40, 12), (80, 24), (120, 40)]
      let took = try await onOwnThread {
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<25 {
          for (width, height) in sizes { try tmux.resize(width: width, height: height) }
        }
        return clock.now - start
      }
      print("EndToEnd.ResizeStormTests.after_100_resizes: 100 resizes took \(took)")
      #expect(try tmux.format("#{pane_width}x#{pane_height}") == "120x40")

      let expected = try await freshScreen(width: 120, height: 40, after: toConcerns)
      try await tmux.waitFor("the question as a new program draws it at 120x40") {
        $0 == expected
      }
      try tmux.send("2")
      try await tmux.waitForAll([
        "   1 [x] Acne scars", " › 2 [x] Fine lines and wrinkles", "   4 [x] Sun damage",
      ])
      // The ticks are the answer: acne scars brings in its question.
      try tmux.send("Enter")
      try await tmux.waitFor("Which best describes your acne scars?")
      try tmux.send("q", "y")
      try await expectRestored(tmux, with: 1)
    }

    @Test func keys_right_after_each_of_several_resizes_are_all_taken_in_order() async throws {
      let tmux = try Tmux()
      try tmux.startSkinquiz()
      _ = try await take(toConcerns, on: tmux)
      // 30x8 shows the enlarge notice: the key typed then counts too. A number ticks its option
      // and moves the cursor to it, so Down ends on 4.
      try tmux.resizeAndSend([
        (100, 30, ["1"]), (30, 8, ["2"]), (80, 24, ["3"]), (81, 25, ["Down"]),
      ])
      try await tmux.waitForAll([
        "   1 [ ] Acne scars", "   2 [x] Fine lines", "   3 [x] Enlarged pores",
        " › 4 [x] Sun damage", "   5 [ ] None of these",
      ])
      try tmux.send("q", "y")
      try await expectRestored(tmux, with: 1)
    }
  }
}
