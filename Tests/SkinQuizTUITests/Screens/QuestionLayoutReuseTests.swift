import DrawingSurface
import Fixtures
import SkinQuizCore
import TestSupport
import Testing

@testable import SkinQuizTUI

/// A question is laid out once per key, when the key is handled; the frame and the next key
/// use that layout rather than laying the options out again.
@Suite struct QuestionLayoutReuseTests {
  private let size = TerminalSize(columns: 80, rows: 24)

  /// The question `keys` reach, with the layout the last key made replaced by `change`'s.
  private func tampered(
    _ keys: [Key] = [.enter, .down], _ change: (inout FullScreenModel.QuestionLayout) -> Void
  ) throws -> FullScreenModel {
    var app = FullScreenModel(
      quiz: Quiz(pack: try #require(ShippedPack.pack)), size: size, now: { "x" })
    for key in keys { _ = app.handle(key) }
    guard case .question(var state) = app.screen, var layout = state.layout else {
      Issue.record("no layout kept for the question")
      return app
    }
    #expect(layout == app.questionLayout(state, size: size, reusing: false))
    change(&layout)
    state.layout = layout
    app.screen = .question(state)
    return app
  }

  @Test func the_frame_is_drawn_from_the_layout_the_key_made() throws {
    let app = try tampered { $0.textLines = ["Laid out once"] }
    #expect(app.render().lines[3] == "  Laid out once")
  }

  @Test func the_next_key_reads_the_layout_shown() throws {
    // On the five concerns, a page of two options moves one (five shown would move four): the
    // page comes from what is on screen.
    var app = try tampered([.enter, .character("3"), .enter]) { $0.visibleOptions = 2 }
    _ = app.handle(.pageDown)
    guard case .question(let state) = app.screen else { return }
    #expect(state.cursor == 1)
  }

  @Test func a_new_size_is_laid_out_afresh() throws {
    var app = try tampered { $0.textLines = ["Laid out once"] }
    app.size = TerminalSize(columns: 40, rows: 12)
    #expect(app.render().lines[3] != "  Laid out once")
  }
}
