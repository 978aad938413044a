import DrawingSurface
import Fixtures
import SkinQuizCore
import TestSupport
import Testing

@testable import SkinQuizTUI

/// Options are laid out by the space there is: whole (wrapped) when they fit, one row each
/// with the highlighted one whole when they do not.
@Suite struct QuestionScreenTests {
  /// Each question of the contract example's walk, as the screen shows it at `size`.
  private func questionScreens(at size: TerminalSize) throws -> [(FullScreenModel, [String])] {
    let pack = try #require(ShippedPack.pack)
    var app = FullScreenModel(quiz: Quiz(pack: pack), size: size, now: { "2026-01-01T10:00:00Z" })
    var screens: [(FullScreenModel, [String])] = []
    for key in ScreenTests.toReview {
      if app.showsQuestion, key == .enter || key == .end {
        if screens.last?.0.quiz.current != app.quiz.current {
          screens.append((app, app.render().lines))
        }
      }
      _ = app.handle(key)
    }
    #expect(screens.count == 18)
    return screens
  }

  @Test(arguments: [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 132, rows: 43)])
  func every_word_of_every_option_shows_when_they_all_fit(_ size: TerminalSize) throws {
    for (app, lines) in try questionScreens(at: size) {
      let question = try #require(app.quiz.current.map { app.quiz.pack.questions[$0] })
      let layout = try #require(app.questionLayout(size: size))
      let words = lines.joined(separator: " ").split(separator: " ")
      let shown = " " + words.joined(separator: " ") + " "
      #expect(layout.visibleOptions == question.options.count, "\(question.id) at \(size)")
      for option in question.options {
        let text = option.label + (option.hint.map { " – " + $0 } ?? "")
        let flattened = " " + text.split(separator: " ").joined(separator: " ") + " "
        #expect(shown.contains(flattened), "\(question.id): \(option.id) at \(size)")
      }
      #expect(!lines.contains { $0.hasSuffix("…") }, "\(question.id) at \(size)")
    }
  }

  @Test func a_question_too_long_for_the_screen_is_marked_and_whole_in_the_help_panel() throws {
    let long =
      "Thinking of the part of your face or body you would most like to treat, and of the "
      + "last few months, what do you most want to change about how your skin looks or feels?"
    let pack = try #require(
      PackLoader.load(
        MiniPack.files(
          in: "questions.yaml", replacing: "text: What do you want?", with: "text: \(long)")
      ).pack)
    var app = FullScreenModel(
      quiz: Quiz(pack: pack), size: TerminalSize(columns: 40, rows: 12), now: { "x" })
    _ = app.handle(.enter)
    let lines = app.render().lines
    // Three rows of question (two rows of options are kept), the last ending in "…".
    #expect(lines[5].hasSuffix("…"))
    #expect(lines[7].hasPrefix(" › 1 [ ] Smoother skin"))
    _ = app.handle(.character("?"))
    let panel = app.helpContent(width: 36).rows.map(\.text).joined(separator: " ")
    #expect(panel.hasPrefix(long))
  }

  @Test func on_a_small_screen_the_highlighted_option_is_whole_and_the_others_a_row_each() throws {
    let size = TerminalSize(columns: 40, rows: 16)
    let pack = try #require(ShippedPack.pack)
    var app = FullScreenModel(quiz: Quiz(pack: pack), size: size, now: { "x" })
    for key in [Key.enter, .character("3"), .enter, .down, .down, .down] { _ = app.handle(key) }
    let lines = app.render().lines
    #expect(lines.contains(" › 4 [ ] Sun damage or uneven skin"))
    #expect(lines.contains("         color"))
    #expect(lines.contains { $0.hasPrefix("   3 [ ] Enlarged pores") })
    // A click on the second row of the highlighted option ticks it.
    let row = try #require(lines.firstIndex(of: "         color"))
    _ = app.handle(.click(row: row, column: 12))
    #expect(app.render().lines.contains(" › 4 [x] Sun damage or uneven skin"))
  }
}
