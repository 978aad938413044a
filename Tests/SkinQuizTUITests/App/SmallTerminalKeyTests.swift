import DrawingSurface
import Fixtures
import SkinQuizCore
import SkinQuizTUI
import TestSupport
import Testing

extension ScriptedKeys {
  /// Keys typed while the terminal is too small are kept and apply once it is large enough.
  @Suite struct SmallTerminalKeyTests {
    @Test func keys_typed_while_the_terminal_is_too_small_apply_once_it_is_not() throws {
      let pack = try #require(ShippedPack.pack)
      let small = TerminalSize(columns: 30, rows: 8)
      let terminal = MemoryTerminal(size: small, keys: [.enter, .character("3"), .enter])
      var app = FullScreenModel(
        quiz: Quiz(pack: pack), size: small, now: { "2026-01-01T10:00:00Z" })
      _ = FullScreenLoop.run(&app, on: terminal)
      #expect(terminal.screen.contains("Please enlarge the terminal"), "nothing shows meanwhile")
      terminal.size = size
      terminal.keys = [.resize]
      _ = FullScreenLoop.run(&app, on: terminal)
      // Enter started the quiz, 3 chose "22 or older", Enter went on: none was dropped.
      #expect(try chosen(app, "age_band") == ["22_plus"])
      #expect(terminal.screen.contains("Which concerns would you like to improve?"))
      // A click on the notice is not kept: what it pointed at was never seen.
      terminal.size = small
      terminal.keys = [.resize, .click(row: 6, column: 5)]
      _ = FullScreenLoop.run(&app, on: terminal)
      terminal.size = size
      terminal.keys = [.resize]
      _ = FullScreenLoop.run(&app, on: terminal)
      #expect(try chosen(app, "concerns") == [])
      // q still asks at once, in the notice's place.
      terminal.size = small
      terminal.keys = [.resize, .character("q")]
      _ = FullScreenLoop.run(&app, on: terminal)
      #expect(terminal.screen.contains("Quit without finishing?"))
      terminal.keys = [.character("y")]
      #expect(FullScreenLoop.run(&app, on: terminal) == .quit)
    }

    @Test func q_typed_on_a_hidden_result_finishes_it_once_shown() throws {
      let pack = try #require(ShippedPack.pack)
      let small = TerminalSize(columns: 30, rows: 8)
      var app = FullScreenModel(
        quiz: Quiz(pack: pack, answers: try pack.answers(contractExample)), size: size,
        now: { "2026-01-01T10:00:00Z" })
      let terminal = MemoryTerminal(size: size, keys: [.enter, .end, .enter])
      _ = FullScreenLoop.run(&app, on: terminal)
      #expect(terminal.screen.contains("Your result"))
      // On the result q finishes, never quits: hidden, it waits for the screen and then finishes.
      terminal.size = small
      terminal.keys = [.resize, .character("q")]
      _ = FullScreenLoop.run(&app, on: terminal)
      #expect(!terminal.screen.contains("Quit without finishing"), "q does not ask to quit here")
      terminal.size = size
      terminal.keys = [.resize, .enter]
      // The kept q finishes before the Enter after it is read.
      #expect(FullScreenLoop.run(&app, on: terminal) == .finished(savedTo: []))
      #expect(terminal.keys == [.enter])
    }
  }
}
