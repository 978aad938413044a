import CommandLineKit
import CursesTerminal
import SkinQuizCore
import SkinQuizTUI
import TextLayout

/// What the `skinquiz` command does (not `check`): the quiz (on the screen or line by line) or an
/// answers file turned into a result, then the summary and the file asked for.
///
/// Plain values, so a run without arguments starts without parsing any; `SkinQuiz.commandLine`
/// documents each option.
struct QuizCommand {
  var answers: String?
  var output: String?
  var format: ResultFormat?
  var force = false
  var plain = false
  var noColor = false
  var draft: String?
  var packFolder: String?
  /// The environment, read once: building it is not free, and start-up time counts.
  var environment = Environment.current
  /// Why the last save of the draft failed, if it did: then the draft does not hold the
  /// answers, and the end of the run must not say it does.
  private let draftFailure = DraftFailure()

  /// A box the draft saver writes to while the quiz runs.
  private final class DraftFailure {
    var reason: String?
  }

  /// The quiz with every default: what `skinquiz` alone runs.
  init() {}

  /// The quiz with the options in `parsed`.
  init(_ parsed: ParsedCommandLine) {
    answers = parsed.value("answers")
    output = parsed.value("output")
    // The parser let through only ResultFormat's values.
    format = parsed.value("format", as: ResultFormat.self)
    force = parsed.flag("force")
    plain = parsed.flag("plain")
    noColor = parsed.flag("no-color")
    draft = parsed.value("draft")
    packFolder = parsed.value("pack")
  }

  func run() throws {
    let source = PackSource(folder: packFolder, environment: environment)
    let pack = try StandardError.exitOnError { () throws(SkinQuizError) in try source.load() }
    let draftLock = try prepareFiles()
    defer { withExtendedLifetime(draftLock) {} }
    let outputFormat = try outputFileFormat()
    _ = try Clock.now(environment)  // a bad SOURCE_DATE_EPOCH is a usage error before any question
    // Whether the screens can be drawn: on the standard streams, or on /dev/tty when they are
    // redirected (`skinquiz > summary.txt`). Asked only when needed: it reads terminfo.
    let screensUsable = { !plain && CursesTerminal.isUsable(environment: environment) }
    // Whether a person can be asked the questions an answers file leaves out.
    let canAsk = { Self.hasTerminal || screensUsable() }
    let given = try StandardError.exitOnError { () throws(SkinQuizError) in
      try givenAnswers(pack, canAsk: canAsk)
    }
    let quiz = Quiz(pack: pack, answers: given)
    if quiz.isComplete, answers != nil {
      var made = quiz.result(createdAt: try Clock.now(environment))
      made.localTime = Clock.local(made.createdAt)
      try deliver(made, savedInQuiz: [], ranScreens: false, outputFormat: outputFormat)
    } else if answers != nil, !canAsk() {
      // Nobody can be asked the missing questions: say which they are.
      let file = InputFile.name(of: answers ?? "")
      try StandardError.exit(
        with: .invalidAnswers(AnswersFile.missing(quiz.answers, pack: pack, file: file)))
    } else if !screensUsable() {
      try runPlain(quiz, pack: pack, outputFormat: outputFormat)  // it prints the summary
    } else {
      let (result, saved) = try runScreens(quiz, pack: pack)
      try deliver(result, savedInQuiz: saved, ranScreens: true, outputFormat: outputFormat)
    }
  }

  /// Checks the `--output` and `--draft` paths before any work, so that a wrong path is
  /// reported as such and nothing is asked in vain; returns the draft's lock, to hold until the
  /// run ends.
  private func prepareFiles() throws -> DraftLock? {
    if let draft, let output, TypedPath.sameFile(draft, output) {
      throw UsageError(
        "--draft and --output name the same file '\(output)': the result would replace the "
          + "draft; give two names")
    }
    // A run killed while saving can leave a hidden copy of someone's answers beside the file.
    for path in [output, draft].compactMap({ $0 }) { ResultFile.removeLeftovers(besides: path) }
    try StandardError.exitOnError { () throws(SkinQuizError) in
      if let output { try ResultFile.preflight(output, replacing: force) }
      if let draft { try ResultFile.preflight(draft, replacing: true) }
    }
    // One run per draft, held until this run ends; and a draft written before this version,
    // or by hand, readable by others, is made private at once, not at the next answer.
    let draftLock = try StandardError.exitOnError { () throws(SkinQuizError) in
      try draft.map { path throws(SkinQuizError) in try DraftLock(draft: path) }
    }
    if let draft { ResultFile.makePrivate(draft) }
    return draftLock
  }

  /// The quiz on the full screen; the result and the files the person saved it to there.
  private func runScreens(_ quiz: Quiz, pack: Pack) throws -> (QuizResult, [String]) {
    guard
      let finished = try CursesSession.run(
        quiz, environment: environment, useColor: useColor,
        now: { [environment] in (try? Clock.now(environment)) ?? "" },
        hyperlinks: CursesTerminal.supportsHyperlinks(environment: environment), draft: draft,
        answersChanged: saveDraft(pack), draftFailure: { [draftFailure] in draftFailure.reason })
    else {
      StandardError.note(Wording.quitNote(whereAnswersAre(otherwise: "nothing was saved")))
      throw ExitStatus.quit.exitCode
    }
    return finished
  }

  /// Saves `result` to `--output`, prints it (in full, or the short block after the screens),
  /// deals with a save that failed, and offers to delete the draft.
  ///
  /// - Parameter savedInQuiz: The files the person saved the result to on the screens.
  private func deliver(
    _ result: QuizResult, savedInQuiz: [String], ranScreens: Bool, outputFormat: ResultFormat?
  ) throws {
    // Saved first, so that what is printed names only what was saved; but a failure never
    // loses the result: it is printed all the same, and then the failure is dealt with.
    let outputError = save(result, as: outputFormat)
    let saved = savedInQuiz + (outputError == nil ? [output].compactMap { $0 } : [])
    // `nil` when standard output is a file or a pipe: the screens were on /dev/tty, and what
    // goes to the file is the whole report, not the short block meant for a screen.
    let columns = TTY.columns(of: STDOUT_FILENO)
    do {
      if ranScreens, format == nil, let columns {
        // After the full-screen quiz on a terminal, hundreds of lines would scroll the verdict
        // away: the short block, and where the whole report is (which names every file saved).
        try StandardOutput.emit(
          ClosingSummary.text(
            result, saved: saved, draft: draftFailure.reason == nil ? draft : nil, width: columns))
      } else {
        try StandardOutput.emit((format ?? .text).render(result, width: columns ?? 80))
        // After the summary, so that the note is not scrolled away by it.
        for path in saved {
          StandardError.note(Wording.savedNote(path))
        }
      }
    } catch {
      // Neither the file nor standard output took the result: both are said.
      if let outputError { StandardError.report(outputError.description) }
      throw error
    }
    // The screens were on /dev/tty when a standard stream is redirected: the person is there,
    // and the questions go there too, not into the redirected output.
    let conversation =
      TTY.Conversation.standardStreams() ?? (ranScreens ? .controllingTerminal() : nil)
    if let outputError {
      try recover(from: outputError, result: result, format: outputFormat, in: conversation)
    }
    offerToDeleteDraft(in: conversation)
  }

  /// At the end of a finished quiz, the draft still holds the person's health answers: where
  /// a person can be asked, offer to delete it; otherwise say where it is.
  ///
  /// - Parameter conversation: Where to ask; `nil` when nobody can be asked (a pipe, or the
  ///   plain mode with its input redirected, where a question on `/dev/tty` would stop a
  ///   script).
  private func offerToDeleteDraft(in conversation: TTY.Conversation?) {
    if let draft, let reason = draftFailure.reason {
      StandardError.note(Wording.answersLeft(draft: draft, draftFailure: reason, otherwise: ""))
    }
    guard let draft, Self.exists(draft) else { return }
    guard let conversation else {
      StandardError.note("your draft \(draft) still holds your health answers; delete it when done")
      return
    }
    let question = TextWrapper(width: conversation.width).wrap(
      "Your draft \(draft) still holds your health answers. Delete it now? Type y or n, "
        + "then Enter.")
    conversation.say("\n" + question.joined(separator: "\n") + " ")
    let reply = conversation.readLine()
    guard let reply, reply.lowercased().hasPrefix("y") else {
      conversation.say((reply == nil ? "\n" : "") + "Kept \(draft).\n")
      return
    }
    if unlink(draft) == 0 {
      conversation.say("Deleted \(draft).\n")
    } else {
      StandardError.report("cannot delete \(draft): \(String(cString: strerror(errno)))")
    }
  }

  /// The quiz line by line; it prints the summary itself, and `--output` is saved here.
  private func runPlain(_ quiz: Quiz, pack: Pack, outputFormat: ResultFormat?) throws {
    let session = PlainSession(
      quiz: quiz, io: StandardLineIO(), width: TTY.columns(of: STDOUT_FILENO) ?? 80,
      createdAt: { (try? Clock.now(environment)) ?? "" }, localTime: Clock.local,
      answersChanged: saveDraft(pack),
      draft: draft, draftFailure: { [draftFailure] in draftFailure.reason },
      offersToSave: output == nil)
    let outcome = session.run()
    guard case .completed(let finished, _) = outcome else {
      if let message = outcome.errorMessage {
        StandardError.report(
          "\(message); \(whereAnswersAre(otherwise: "your answers were not saved"))")
      }
      throw outcome.exitStatus.exitCode
    }
    if let outputError = save(finished, as: outputFormat) {
      try recover(
        from: outputError, result: finished, format: outputFormat, in: .standardStreams())
    } else if let output {
      StandardError.note(Wording.savedNote(output))
    }
    offerToDeleteDraft(in: .standardStreams())
  }

  /// What became of the answers of a quiz left before the end; `otherwise` without a draft.
  private func whereAnswersAre(otherwise: String) -> String {
    Wording.answersLeft(draft: draft, draftFailure: draftFailure.reason, otherwise: otherwise)
  }

  /// Whether something is at `path` (through a symbolic link, as opening it would find).
  private static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  /// Whether standard input and output are both terminals, so a person can be asked.
  private static var hasTerminal: Bool {
    isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
  }

  /// Whether the screens may use colour: not with `--no-color`, nor with `NO_COLOR` set to a
  /// value that is not empty (no-color.org).
  private var useColor: Bool {
    !noColor && environment["NO_COLOR"].map(\.isEmpty) ?? true
  }

  /// The answers given beforehand: the answers file, then the draft (which is newer).
  ///
  /// - Parameter canAsk: Whether a person can be asked the questions left out.
  private func givenAnswers(_ pack: Pack, canAsk: () -> Bool) throws(SkinQuizError) -> Answers? {
    var given: Answers?
    if let path = answers {
      // When nobody can be asked (and no draft fills gaps) every question must be answered,
      // and the file's own errors say where.
      let complete = draft == nil && !canAsk()
      given = try AnswersFile.parse(
        InputFile.read(path), file: InputFile.name(of: path), pack: pack,
        requireComplete: complete)
    }
    if let draft, Self.exists(draft) {
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
        draftFailure.reason = nil
      } catch {
        // Said once, as it happens; the end of the run says it again, plainly.
        if draftFailure.reason == nil {
          StandardError.report("cannot keep your answers in the draft: \(error.description)")
        }
        switch error {
        case .outputFailed(_, let reason), .outputNotCreated(_, let reason):
          draftFailure.reason = reason
        default:
          draftFailure.reason = error.description
        }
      }
    }
  }

  /// Writes the result to `--output`, if asked for; the error, if that failed.
  private func save(_ result: QuizResult, as format: ResultFormat?) -> SkinQuizError? {
    guard let output, let format else { return nil }
    do throws(SkinQuizError) {
      try ResultFile.save(format.render(result), to: output, replacing: force)
      return nil
    } catch {
      return error
    }
  }

  /// Deals with `--output` not saved, the result having been printed.
  ///
  /// Says so, and where someone can answer, offers another name until one works or they skip.
  /// Exits with the failure's status unless the result was saved after all.
  private func recover(
    from error: SkinQuizError, result: QuizResult, format: ResultFormat?,
    in conversation: TTY.Conversation?
  ) throws {
    StandardError.report("\(error.description); your result was printed to standard output instead")
    guard let conversation, let format else { throw error.exitStatus.exitCode }
    while true {
      conversation.say("Save it under another name? Type a file name, or press Enter to skip: ")
      guard let line = conversation.readLine(),
        case let name = TypedPath.expandingHome(TypedPath.trimmed(line)),
        !name.isEmpty
      else { throw error.exitStatus.exitCode }
      do throws(SkinQuizError) {
        try ResultFile.save(format.render(result), to: name, replacing: false)
        StandardError.note(Wording.savedNote(name))
        return
      } catch {
        StandardError.report(error.description)
      }
    }
  }

  /// The format of the `--output` file: `--format`, or the one its extension names.
  private func outputFileFormat() throws -> ResultFormat? {
    guard let output else { return nil }
    if let format { return format }
    guard let format = ResultFormat(fileName: output) else {
      throw UsageError(
        "cannot tell the format of '\(output)' from its name: end it in "
          + "\(ResultFormat.extensionsInWords), or give --format")
    }
    return format
  }
}
