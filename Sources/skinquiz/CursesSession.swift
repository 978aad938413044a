import CursesTerminal
import SkinQuizCore
import SkinQuizTUI

/// The full-screen questionnaire on ncurses: opens the terminal, runs the loop, closes it.
enum CursesSession {
  /// Runs `quiz` on the terminal and returns the result and where the person saved it, or
  /// `nil` when the person quit.
  ///
  /// The terminal is restored before this returns, so the caller prints on the normal screen.
  ///
  /// - Parameters:
  ///   - environment: The process's environment, as the command read it once.
  ///   - now: The time to put in the result, as `Clock.now` gives it.
  ///   - hyperlinks: Whether source addresses are sent as OSC 8 hyperlinks.
  ///   - draftFailure: Why the last save of the draft failed, if it did.
  static func run(
    _ quiz: Quiz, environment: [String: String], useColor: Bool,
    now: @escaping @Sendable () -> String, hyperlinks: Bool = false, draft: String?,
    answersChanged: (Answers) -> Void, draftFailure: () -> String?
  ) throws -> (result: QuizResult, savedTo: [String])? {
    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal.open(
        environment: environment, useColor: useColor, hyperlinks: hyperlinks)
    } catch {
      StandardError.report("cannot start the full-screen questionnaire: \(error); try --plain")
      throw ExitStatus.ioError.exitCode
    }
    var model = FullScreenModel(
      quiz: quiz, size: terminal.size, now: now, localTime: Clock.local)
    model.draftPath = draft
    let outcome = FullScreenLoop.run(
      &model, on: terminal, answersChanged: answersChanged, draftFailure: draftFailure)
    terminal.close()
    switch outcome {
    case .quit:
      return nil
    case .finished(let savedTo):
      return model.finalResult.map { ($0, savedTo) }
    }
  }
}
