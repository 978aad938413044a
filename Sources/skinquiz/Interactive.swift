import ArgumentParser
import CursesTerminal
import SkinQuizCore
import SkinQuizTUI

/// The full-screen questionnaire on ncurses.
enum Interactive {
  /// Runs `quiz` on the terminal and returns the result and where the person saved it, or
  /// `nil` when the person quit.
  ///
  /// The terminal is restored before this returns, so the caller prints on the normal screen.
  ///
  /// - Parameter hyperlinks: Whether source addresses are sent as OSC 8 hyperlinks.
  static func run(
    _ quiz: Quiz, useColor: Bool, hyperlinks: Bool = false, draft: String?,
    answersChanged: (Answers) -> Void
  ) throws -> (result: QuizResult, savedTo: [String])? {
    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal.open(useColor: useColor, hyperlinks: hyperlinks)
    } catch {
      Failure.report("cannot start the full-screen questionnaire: \(error); try --plain")
      throw ExitStatus.ioError.exitCode
    }
    var app = QuizApp(
      quiz: quiz, size: terminal.size, now: { (try? Clock.now()) ?? "" }, localTime: Clock.local)
    app.draftPath = draft
    let outcome = QuizRunner.run(&app, on: terminal, answersChanged: answersChanged)
    terminal.close()
    switch outcome {
    case .quit:
      return nil
    case .finished(let savedTo):
      return app.finalResult.map { ($0, savedTo) }
    }
  }
}
