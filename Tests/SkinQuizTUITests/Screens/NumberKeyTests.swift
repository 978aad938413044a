import DrawingSurface
import Fixtures
import SkinQuizCore
import TestSupport
import Testing

@testable import SkinQuizTUI

/// The digit keys on a question: 1 to 9 for the first nine options, 0 for the tenth.
@Suite struct NumberKeyTests {
  /// The mini pack's first question with eleven options: the two it has, eight more, "Nothing".
  private func elevenOptions() throws -> FullScreenModel {
    let more = (3...10).map { "      - id: extra\($0)\n        label: Option \($0)\n" }.joined()
    let pack = try #require(
      PackLoader.load(
        MiniPack.files(
          in: "questions.yaml", replacing: "      - id: nothing\n",
          with: more + "      - id: nothing\n")
      ).pack)
    #expect(pack.questions[0].options.count == 11)
    var app = FullScreenModel(
      quiz: Quiz(pack: pack), size: TerminalSize(columns: 80, rows: 24), now: { "x" })
    _ = app.handle(.enter)
    return app
  }

  @Test func zero_ticks_the_tenth_option_which_is_numbered_0() throws {
    var app = try elevenOptions()
    _ = app.handle(.character("0"))
    let lines = app.render().lines
    #expect(lines.contains(" › 0 [x] Option 10"), "\(lines)")
    // Past the tenth, an option has no key of its own: it is reached with the arrows.
    #expect(lines.contains("     [ ] Nothing"), "\(lines)")
    #expect(lines.contains("   9 [ ] Option 9"), "\(lines)")
  }

  @Test func zero_on_a_short_question_says_there_is_no_such_option() throws {
    let pack = try #require(ShippedPack.pack)
    var app = FullScreenModel(
      quiz: Quiz(pack: pack), size: TerminalSize(columns: 80, rows: 24), now: { "x" })
    _ = app.handle(.enter)
    _ = app.handle(.character("0"))
    #expect(app.render().text.contains("There is no option 0: choose 1 to 3"))
    #expect(app.quiz.answers[0] == 0)
  }

  @Test func the_help_names_0_with_the_other_digits() throws {
    let help = KeyMap.question(.single).helpLines.first { $0.keys.hasPrefix("1–9") }
    #expect(help?.keys == "1–9 0")
    #expect(help?.action.contains("0 is the 10th") == true)
  }
}
