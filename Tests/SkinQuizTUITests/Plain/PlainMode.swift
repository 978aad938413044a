import Fixtures
import Foundation
import SkinQuizCore
import SkinQuizTUI
import Testing

/// The plain line mode driven by a script of typed lines: the helpers its suites share, and the
/// suites themselves, nested here so that `swift test --filter PlainMode` runs them all.
enum PlainMode {
  static let createdAt = "2026-01-01T10:00:00Z"

  /// A session over `lines`, run to its end; `changes` collects the answers after each change.
  final class Run {
    let io: ScriptedIO
    let outcome: PlainSession.Outcome
    let pack: Pack
    let changes: [Answers]

    init(
      _ quiz: Quiz, _ lines: [String], width: Int = 80, draft: String? = nil,
      writeError: String? = nil
    ) {
      io = ScriptedIO(lines)
      io.writeError = writeError
      pack = quiz.pack
      var changes: [Answers] = []
      outcome = PlainSession(
        quiz: quiz, io: io, width: width, createdAt: { createdAt },
        answersChanged: { changes.append($0) }, draft: draft
      ).run()
      self.changes = changes
    }

    var output: String { io.output }

    /// The result, when the session completed.
    var result: QuizResult? {
      if case .completed(let result, _) = outcome { return result }
      return nil
    }

    /// The saved path, when the session completed and saved.
    var savedPath: String? {
      if case .completed(_, let path) = outcome { return path }
      return nil
    }

    /// The ids of the questions headed "Question n of about m", in the order they were shown.
    func questionsShown(_ pack: Pack) -> [String] {
      output.split(separator: "\n").compactMap { line in
        guard line.hasPrefix("Question "), let colon = line.firstIndex(of: ":") else { return nil }
        let text = line[line.index(colon, offsetBy: 2)...]
        return pack.questions.first { $0.text.hasPrefix(text) }?.id
      }
    }

    /// The option ids the last change left for `questionID`.
    func chosen(_ questionID: String) -> [String] {
      guard let answers = changes.last, let index = pack.questionIndex(questionID) else {
        return []
      }
      return pack.chosenOptionIDs(answers, question: index)
    }
  }

  /// The lines a person types to give `steps` by option number (several joined by ", ").
  static func typed(_ pack: Pack, _ steps: [(question: String, options: [String])]) throws
    -> [String]
  {
    try steps.map { step in
      let question = pack.questions[try #require(pack.questionIndex(step.question))]
      return try step.options.map { String(try #require(question.optionIndex($0)) + 1) }
        .joined(separator: ", ")
    }
  }

  static func shippedPack() throws -> Pack {
    try #require(ShippedPack.pack, "the shipped pack does not load")
  }

  static func isQuit(_ outcome: PlainSession.Outcome) -> Bool {
    if case .quit = outcome { return true }
    return false
  }

  static func isInputEnded(_ outcome: PlainSession.Outcome) -> Bool {
    if case .inputEnded = outcome { return true }
    return false
  }

  /// Whether `output` has `line` as a whole line.
  static func has(_ output: String, line: String) -> Bool {
    output.split(separator: "\n", omittingEmptySubsequences: false).contains { $0 == line }
  }

  static let commands = "Or type ? for why we ask, b to go back, or q to quit."
  static let singlePrompt = "Type a number.\n" + commands
  static let multiPrompt = "Type one or more numbers separated by spaces or commas.\n" + commands

  /// A file name in `App/`, so that `expectGolden` uses `App/Golden`.
  ///
  /// `expectGolden` looks in `Golden/` beside the file it is given, and the package excludes only
  /// `App/Golden` from this test target: any other folder of text files would be an unhandled
  /// resource.
  static let goldenAnchor = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("App/PlainSessionTests.swift").path
}
