import ArgumentParser
import CursesTerminal
import Foundation
import SkinQuizCore
import SkinQuizTUI

/// The `skinquiz` command: takes the quiz, or turns an answers file into a result.
@main
struct SkinQuiz: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "skinquiz",
    abstract: "Find out whether microneedling fits your skin goals and your health.",
    discussion: """
      Educational only, not a diagnosis: confirm with a board-certified dermatologist. \
      Your answers stay on this computer; nothing is saved unless you ask for it.

      Examples:
        skinquiz --answers answers.json
        skinquiz --answers answers.json --output summary.md
        skinquiz check --pack my-clinic-pack

      Exit codes:
        0    success
        1    you quit before finishing
        64   usage error
        65   invalid answers or pack (located message on standard error)
        66   an input file is missing or unreadable
        73   the output file cannot be created
        74   other input/output error
        129, 130, 143   ended by SIGHUP, SIGINT or SIGTERM
      """,
    version: Version.description,
    subcommands: [CheckCommand.self]
  )

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Read the answers from a JSON or YAML file ('-' for standard input) instead of asking.",
      valueName: "file"))
  var answers: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Also save the result to this file, whole or not at all, readable only by you.",
      valueName: "file"))
  var output: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The result's format; for --output the file's extension chooses it otherwise (.txt, .md, .json, .fhir.json).",
      valueName: "format"))
  var format: ResultFormat?

  @Flag(name: .long, help: "Replace the --output file if it exists.")
  var force = false

  @Flag(
    name: .long, help: "Ask line by line on standard input and output, without full-screen drawing."
  )
  var plain = false

  @Flag(name: .customLong("no-color"), help: "Draw without color (as does setting NO_COLOR).")
  var noColor = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Keep your answers in this file as you go (readable only by you); start again with the same file to carry on where you stopped.",
      valueName: "file"))
  var draft: String?

  @OptionGroup var pack: PackOptions

  func run() throws {
    let pack = try Failure.exitOnError { () throws(SkinQuizError) in try self.pack.load() }
    // Before any work, so that a wrong path is reported as such and nothing is asked in vain.
    try Failure.exitOnError { () throws(SkinQuizError) in
      if let output { try ResultFile.preflight(output, replacing: force) }
      if let draft { try ResultFile.preflight(draft, replacing: true) }
    }
    let outputFormat = try outputFileFormat()
    _ = try Clock.now()  // a bad SOURCE_DATE_EPOCH is a usage error before any question
    let given = try Failure.exitOnError { () throws(SkinQuizError) in try givenAnswers(pack) }
    let quiz = Quiz(pack: pack, answers: given)

    let result: QuizResult
    var savedInQuiz: String?
    if quiz.isComplete, answers != nil {
      result = quiz.result(createdAt: try Clock.now())
    } else if answers != nil, !Self.hasTerminal {
      // Nobody can be asked the missing questions: say which they are.
      let file = InputFile.name(of: answers ?? "")
      try Failure.exit(
        with: .invalidAnswers(AnswersFile.missing(quiz.answers, pack: pack, file: file)))
    } else if plain || !CursesTerminal.isUsable(environment: ProcessInfo.processInfo.environment) {
      try runPlain(quiz, pack: pack, outputFormat: outputFormat)
      return  // the plain session has printed the summary
    } else {
      guard
        let finished = try Interactive.run(
          quiz, useColor: useColor, keepsDraft: draft != nil, answersChanged: saveDraft(pack))
      else {
        Failure.note("you quit before the end; \(whereAnswersAre(otherwise: "nothing was saved"))")
        throw ExitCode(1)
      }
      (result, savedInQuiz) = finished
    }
    try save(result, as: outputFormat)
    let stdoutFormat = format ?? .text
    try StandardOutput.emit(
      stdoutFormat.render(result, width: TTY.columns(of: STDOUT_FILENO) ?? 80))
    // After the summary, so that the note is not scrolled away by it.
    for path in [savedInQuiz, output].compactMap({ $0 }) {
      Failure.note("saved your result to \(path) (readable only by you)")
    }
  }

  /// The quiz line by line; it prints the summary itself, and `--output` is saved here.
  private func runPlain(_ quiz: Quiz, pack: Pack, outputFormat: ResultFormat?) throws {
    let session = PlainSession(
      quiz: quiz, io: StandardLineIO(), width: TTY.columns(of: STDOUT_FILENO) ?? 80,
      createdAt: { (try? Clock.now()) ?? "" }, answersChanged: saveDraft(pack),
      keepsDraft: draft != nil, offersToSave: output == nil)
    let outcome = session.run()
    guard case .completed(let finished, _) = outcome else {
      if let message = outcome.errorMessage {
        Failure.report("\(message); \(whereAnswersAre(otherwise: "your answers were not saved"))")
      }
      throw ExitCode(outcome.exitCode)
    }
    try save(finished, as: outputFormat)
    if let output { Failure.note("saved your result to \(output) (readable only by you)") }
  }

  /// What became of the answers of a quiz left before the end; `otherwise` without a draft.
  private func whereAnswersAre(otherwise: String) -> String {
    draft.map { "your answers so far are in \($0)" } ?? otherwise
  }

  /// Whether standard input and output are both terminals, so a person can be asked.
  private static var hasTerminal: Bool {
    isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
  }

  /// Whether the screens may use colour: not with `--no-color`, nor with `NO_COLOR` set to a
  /// value that is not empty (no-color.org).
  private var useColor: Bool {
    !noColor && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
  }

  /// The answers given beforehand: the answers file, then the draft (which is newer).
  private func givenAnswers(_ pack: Pack) throws(SkinQuizError) -> Answers? {
    var given: Answers?
    if let path = answers {
      // Without a terminal (and no draft to fill gaps) every question must be answered, and
      // the file's own errors say where.
      let complete = draft == nil && !Self.hasTerminal
      given = try AnswersFile.parse(
        InputFile.read(path), file: InputFile.name(of: path), pack: pack,
        requireComplete: complete)
    }
    if let draft, FileManager.default.fileExists(atPath: draft) {
      let text = try InputFile.read(draft)
      // An empty draft (a fresh file, or one emptied by hand) is no draft yet.
      guard !text.allSatisfy(\.isWhitespace) else { return given }
      let saved = try AnswersFile.parse(text, file: draft, pack: pack, requireComplete: false)
      var merged = given ?? Answers(questionCount: pack.questions.count)
      for index in pack.questions.indices where saved.isAnswered(index) {
        merged[index] = saved[index]
      }
      given = merged
    }
    return given
  }

  /// Saves the answers to the draft file after every change, if there is one.
  ///
  /// The path was checked before the quiz, so a failure here (a full disk) is rare: it is
  /// reported at once on standard error, where it shows once the screens close, and never
  /// stops the quiz.
  private func saveDraft(_ pack: Pack) -> (Answers) -> Void {
    guard let draft else { return { _ in } }
    return { answers in
      do throws(SkinQuizError) {
        try ResultFile.save(AnswersFile.render(answers, pack: pack), to: draft, replacing: true)
      } catch {
        Failure.report("cannot keep your answers in the draft: \(error.description)")
      }
    }
  }

  /// Writes the result to `--output`, if asked for.
  private func save(_ result: QuizResult, as format: ResultFormat?) throws {
    guard let output, let format else { return }
    try Failure.exitOnError { () throws(SkinQuizError) in
      try ResultFile.save(format.render(result), to: output, replacing: force)
    }
  }

  /// The format of the `--output` file: `--format`, or the one its extension names.
  private func outputFileFormat() throws -> ResultFormat? {
    guard let output else { return nil }
    if let format { return format }
    guard let format = ResultFormat(fileName: output) else {
      throw ValidationError(
        "cannot tell the format of '\(output)' from its name: end it in .txt, .md, .json or "
          + ".fhir.json, or give --format")
    }
    return format
  }
}

extension ResultFormat: ExpressibleByArgument {}
