import DrawingSurface
import Fixtures
import Foundation
import SkinQuizCore
import SkinQuizTUI
import TestSupport
import Testing

/// What each key does, through the runner with scripted keys: the helpers the suites share,
/// and the suites, nested here so that `swift test --filter ScriptedKeys` runs them all.
enum ScriptedKeys {
  /// The terminal size unless a test gives another.
  static let size = TerminalSize(columns: 80, rows: 24)

  /// Runs the shipped pack with `keys` and returns the terminal, the app and the outcome.
  static func run(
    _ keys: [Key], answers: Answers? = nil, size: TerminalSize? = nil
  ) throws -> (terminal: MemoryTerminal, app: FullScreenModel, outcome: FullScreenModel.Outcome) {
    let pack = try #require(ShippedPack.pack)
    let terminal = MemoryTerminal(size: size ?? self.size, keys: keys)
    var app = FullScreenModel(
      quiz: Quiz(pack: pack, answers: answers), size: terminal.size,
      now: { "2026-01-01T10:00:00Z" })
    let outcome = FullScreenLoop.run(&app, on: terminal)
    return (terminal, app, outcome)
  }

  /// The line of the screen that holds the cursor's "›" pointer.
  static func cursorLine(_ terminal: MemoryTerminal) -> String? {
    terminal.screen.split(separator: "\n").first { $0.hasPrefix(" ›") }.map(String.init)
  }

  /// The text inside the box on the screen, its rows joined by spaces, for messages that wrap.
  static func dialogText(_ screen: String) -> String {
    screen.split(separator: "\n").compactMap { line -> String? in
      guard let open = line.firstIndex(of: "│"), let close = line.lastIndex(of: "│"), open < close
      else { return nil }
      return line[line.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
    }.joined(separator: " ")
  }

  /// The option ids chosen for `question`.
  static func chosen(_ app: FullScreenModel, _ question: String) throws -> [String] {
    let index = try #require(app.quiz.pack.questionIndex(question))
    return app.quiz.pack.chosenOptionIDs(app.quiz.answers, question: index)
  }
}
