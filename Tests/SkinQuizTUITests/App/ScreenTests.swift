import DrawingSurface
import Fixtures
import SkinQuizCore
import SkinQuizTUI
import TestSupport
import Testing

/// Every screen as a text grid at the sizes people use, compared with golden files.
@Suite struct ScreenTests {
  static let sizes = [
    TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 40, rows: 12),
    TerminalSize(columns: 132, rows: 43), TerminalSize(columns: 200, rows: 60),
  ]

  /// The screen after `keys`, at `size`.
  private func screen(_ keys: [Key], size: TerminalSize) throws -> String {
    let pack = try #require(ShippedPack.pack)
    var app = FullScreenModel(quiz: Quiz(pack: pack), size: size, now: { "2026-01-01T10:00:00Z" })
    app.workingDirectory = "/"
    let terminal = MemoryTerminal(size: size, keys: keys)
    _ = FullScreenLoop.run(&app, on: terminal)
    return terminal.screen + "\n"
  }

  /// Keys that answer the contract example up to the review.
  static let toReview: [Key] =
    [.enter]  // welcome
    + [.character("3"), .enter]  // 22 or older
    + [.character("1"), .enter]  // acne scars
    + [.character("1"), .enter]  // rolling
    + [.character("2"), .enter]  // burns then tans
    + [.end, .character(" "), .enter]  // none
    + [.end, .character(" "), .enter]  // skin conditions: none
    + [.character("2"), .enter]  // cold sores: no
    + [.character("4"), .enter]  // scarring: none
    + [.character("3"), .enter]  // isotretinoin: never
    + [.character("3"), .enter]  // pregnancy: no
    + [.end, .character(" "), .enter]  // bleeding: none
    + [.end, .character(" "), .enter]  // health: none
    + [.end, .character(" "), .enter]  // lesions: none
    + [.end, .character(" "), .enter]  // allergies: none
    + [.end, .character(" "), .enter]  // procedures: none
    + [.end, .character(" "), .enter]  // topicals: none
    + [.character("1"), .enter]  // clinic
    + [.character("1"), .enter]  // standard microneedling

  static let screens: [(name: String, keys: [Key])] = [
    ("welcome", []),
    ("welcome-help", [.character("?")]),
    ("question-single", [.enter]),
    ("question-single-chosen", [.enter, .character("2")]),
    ("question-multi", [.enter, .character("3"), .enter, .character("1"), .character("4"), .down]),
    ("question-help", [.enter, .character("?")]),
    ("question-message", [.enter, .character("3"), .enter, .enter]),
    ("quit-confirm", [.enter, .character("q")]),
    ("review", toReview),
    ("results", toReview + [.end, .enter]),
    ("results-open", toReview + [.end, .enter, .enter]),
    ("save", toReview + [.end, .enter, .character("s")]),
  ]

  @Test(arguments: screens, sizes)
  func renders_each_screen(_ entry: (name: String, keys: [Key]), _ size: TerminalSize) throws {
    expectGolden(try screen(entry.keys, size: size), named: "\(entry.name)-\(size).txt")
  }

  @Test(arguments: [
    TerminalSize(columns: 39, rows: 12), TerminalSize(columns: 30, rows: 8),
    TerminalSize(columns: 1, rows: 1), TerminalSize(columns: 0, rows: 0),
  ])
  func asks_for_a_larger_terminal_below_40x12(_ size: TerminalSize) throws {
    expectGolden(try screen([.enter], size: size), named: "too-small-\(size).txt")
  }
}
