import DrawingSurface
import Fixtures
import SkinQuizCore
import TestSupport
import Testing

@testable import SkinQuizTUI

/// The runner's side of the effects: what it writes, and in which order.
@Suite struct FullScreenLoopTests {
  /// A terminal too small to show anything until a resize makes it `grown`.
  private final class GrowingTerminal: Terminal {
    var size = TerminalSize(columns: 30, rows: 8)
    let grown: TerminalSize
    var keys: [Key]
    let usesColor = false
    init(keys: [Key], grown: TerminalSize) {
      self.keys = keys
      self.grown = grown
    }
    func present(_ canvas: Canvas) {}
    func repaint() {}
    func nextKey() -> Key {
      guard !keys.isEmpty else { return .endOfInput }
      let key = keys.removeFirst()
      if key == .resize { size = grown }
      return key
    }
  }

  @Test func keys_replayed_after_a_resize_write_the_result_file_first_and_the_draft_once() throws {
    let pack = try #require(ShippedPack.pack)
    let size = TerminalSize(columns: 80, rows: 24)
    var app = FullScreenModel(quiz: Quiz(pack: pack), size: size, now: { "2026-01-01T10:00:00Z" })
    // Up to the last question, then the terminal shrinks.
    for key in ScreenTests.toReview.dropLast(2) { _ = app.handle(key) }
    let last = try #require(app.quiz.current)
    // Typed while nothing shows: answer the last question, see the result, save it, then go
    // back and change that answer. Then the terminal grows and the keys are replayed.
    let hidden: [Key] =
      [.character("1"), .enter, .enter, .character("s"), .enter]
      + [.escape, .up, .enter, .character("2"), .enter]
    let terminal = GrowingTerminal(keys: hidden + [.resize], grown: size)
    var writes: [String] = []
    var drafts: [Answers] = []
    _ = FullScreenLoop.run(
      &app, on: terminal,
      answersChanged: {
        writes.append("draft")
        drafts.append($0)
      },
      save: { request in
        writes.append("result file")
        return nil
      })
    #expect(writes == ["result file", "draft"])
    #expect(app.savedPaths.count == 1)
    // The draft holds the answers as they are after every key.
    #expect(drafts.last == app.quiz.answers)
    #expect(app.quiz.answers[last] == 1 << 1)
  }
}
