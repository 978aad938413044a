import SkinQuizCore
import TextLayout

/// The quiz asked line by line: numbered options, one item per line, no colour and no cursor
/// movement, so it reads well through a screen reader and a pipe.
///
/// The session asks only the questions the quiz still needs (a preseeded quiz skips the rest),
/// shows a review where any answer can be changed, prints the text summary and offers to save
/// it. It never loops on an ended input: each read that returns `nil` ends the session.
public struct PlainSession {
  /// How a session ended.
  public enum Outcome: Sendable {
    /// Every question was answered: the result, and the absolute path it was saved to, if any.
    case completed(QuizResult, savedPath: String?)
    /// The person chose to quit before the end.
    case quit
    /// The input ended before the quiz was finished.
    case inputEnded
    /// What the session wrote was lost (standard output closed, with SIGPIPE ignored), so the
    /// person never saw the questions or the result; the reason.
    case outputFailed(String)

    /// The message the caller prints on standard error, if any (no program-name prefix).
    public var errorMessage: String? {
      switch self {
      case .completed, .quit: return nil
      case .inputEnded:
        return "the input ended before the quiz was finished"
      case .outputFailed(let reason):
        return "cannot write to standard output: \(reason)"
      }
    }
  }

  /// The quiz, possibly with answers given beforehand.
  public let quiz: Quiz
  /// Where lines are read and written.
  public let io: any LineIO
  /// The widest a line may be, in terminal columns.
  public let width: Int
  /// Makes the result's timestamp when the last question is answered.
  public let createdAt: () -> String
  /// That timestamp in the person's own time zone, for people, when the program knows it.
  public let localTime: (String) -> String?
  /// Called with the answers whenever they change, for saving a draft.
  public let answersChanged: (Answers) -> Void
  /// The draft file `answersChanged` keeps the answers in, if any, so quitting loses nothing.
  public let draft: String?
  /// Why the last save of the draft failed, if it did (asked when the session words a
  /// promise about the draft).
  public let draftFailure: () -> String?
  /// Whether the answers are kept in a draft file.
  var keepsDraft: Bool { draft != nil }
  /// What the draft holds now.
  var draftState: DraftState { DraftState(path: draft, failure: draftFailure()) }
  /// Whether to offer to save the result at the end (not when the caller saves it anyway).
  public let offersToSave: Bool

  /// Creates a session; `width` is the terminal's, or 80 when output is not a terminal.
  public init(
    quiz: Quiz, io: any LineIO, width: Int = 80, createdAt: @escaping () -> String,
    localTime: @escaping (String) -> String? = { _ in nil },
    answersChanged: @escaping (Answers) -> Void = { _ in }, draft: String? = nil,
    draftFailure: @escaping () -> String? = { nil }, offersToSave: Bool = true
  ) {
    self.draftFailure = draftFailure
    self.localTime = localTime
    self.draft = draft
    self.offersToSave = offersToSave
    self.quiz = quiz
    self.io = io
    self.width = max(20, width)
    self.createdAt = createdAt
    self.answersChanged = answersChanged
  }

  /// Runs the session to its end: questions, review, result and the offer to save.
  public func run() -> Outcome {
    let outcome = runSteps()
    // Checked once at the end: a lost line has no one to tell until then, and the person's
    // input may still complete the quiz (into a draft or a saved file).
    if let reason = io.writeError { return .outputFailed(reason) }
    return outcome
  }

  private func runSteps() -> Outcome {
    var quiz = self.quiz
    if !quiz.isComplete { showIntro(quiz) }
    while true {
      while let index = quiz.current {
        switch ask(index, in: &quiz) {
        case .moved: continue
        case .quit: return quit()
        case .ended: return .inputEnded
        }
      }
      let step = review(quiz)
      switch step {
      case .change(let index):
        // The review only offers questions that are asked, so this cannot fail.
        try? quiz.revisit(index)
      case .done, .ended:
        // Every question is answered here, so the end of the input still shows the result.
        var result = quiz.result(createdAt: createdAt())
        result.localTime = localTime(result.createdAt)
        say([""])
        io.write(TextRenderer(width: width).render(result))
        let inputLeft: Bool = if case .ended = step { false } else { true }
        return .completed(result, savedPath: offersToSave && inputLeft ? offerToSave(result) : nil)
      case .quit: return quit()
      }
    }
  }

  // MARK: - Steps

  private enum QuestionStep {
    case moved, quit, ended
  }

  private enum ReviewStep {
    case change(Int), done, quit, ended
  }

  private enum Confirmation {
    case yes, no, ended
  }

  private func showIntro(_ quiz: Quiz) {
    let intro = quiz.pack.intro
    var paragraphs = [quiz.pack.title]
    if let back = Resumption.welcomeBack(quiz) {
      paragraphs.append((keepsDraft ? "Welcome back. " : "") + back)
    }
    paragraphs += [intro.about, intro.disclaimer, intro.privacy]
    if let draft { paragraphs.append(Resumption.draftNote(draft)) }
    paragraphs.append(Self.howTo)
    say(Array(paragraphs.map(wrap).joined(separator: [""])))
  }

  private static let howTo =
    "How to answer: each question lists numbered choices. Type the number of your answer and "
    + "press Enter. Where more than one choice may apply, type several numbers separated by "
    + "spaces or commas. Type ? to see why we ask a question, b to go back one question, or q "
    + "to quit. Before your result you can check and change every answer."

  private static let commands = "Or type ? for why we ask, b to go back, or q to quit."

  /// How to answer a question of `kind`.
  private static func whatToType(_ kind: Question.Kind) -> String {
    switch kind {
    case .single: "Type a number."
    case .multi: "Type one or more numbers separated by spaces or commas."
    }
  }

  /// Asks question `index` until it is answered, left, or the input ends.
  private func ask(_ index: Int, in quiz: inout Quiz) -> QuestionStep {
    let question = quiz.pack.questions[index]
    let progress = quiz.progress
    var lines = [""]
    lines += wrap(
      "Question \(progress.position) of about \(progress.estimatedTotal): \(question.text)")
    lines.append("")
    let digits = String(question.options.count).count
    for (offset, option) in question.options.enumerated() {
      let number = String(offset + 1)
      let label = option.label + (option.hint.map { " (\($0))" } ?? "")
      let first = "  " + String(repeating: " ", count: digits - number.count) + number + ". "
      lines += wrapper.wrap(
        label, indent: String(repeating: " ", count: first.count), firstIndent: first)
    }
    lines.append("")
    let chosen = quiz.answers.chosenOptions(of: index).map { question.options[$0].label }
    if !chosen.isEmpty {
      lines += wrap("Your answer now: \(chosen.joined(separator: "; ")). Press Enter to keep it.")
    }
    // What to type, then the commands: two short lines rather than one that wraps mid-phrase.
    let prompt = wrap(Self.whatToType(question.kind)) + wrap(Self.commands)
    say(lines + prompt)
    while true {
      guard let line = readLine() else { return .ended }
      switch PlainInput.parse(line, for: question, hasAnswer: !chosen.isEmpty) {
      case .answer(let selection):
        let before = quiz.answers
        do {
          try quiz.answer(selection)
        } catch {
          // PlainInput checks what the quiz checks; this is a safety net, not a path.
          say(wrap(error.description))
          continue
        }
        if quiz.answers != before { answersChanged(quiz.answers) }
        return .moved
      case .keep:
        try? quiz.answer(quiz.answers[index])
        return .moved
      case .help:
        say(wrap("Why we ask: \(question.help)") + prompt)
      case .back:
        if quiz.back() { return .moved }
        say(wrap("This is the first question, so there is no earlier one to go back to."))
      case .quit:
        switch confirmQuit() {
        case .yes: return .quit
        case .no: say(prompt)
        case .ended: return .ended
        }
      case .invalid(let message):
        say(wrap(message))
      }
    }
  }

  /// Shows every answer, numbered, and reads which one to change.
  private func review(_ quiz: Quiz) -> ReviewStep {
    let entries = quiz.askedQuestions.filter { quiz.answers.isAnswered($0) }
    var lines = ["", "Your answers:"]
    let digits = String(entries.count).count
    for (offset, index) in entries.enumerated() {
      let question = quiz.pack.questions[index]
      let labels = quiz.answers.chosenOptions(of: index).map { question.options[$0].label }
      let number = String(offset + 1)
      let first = "  " + String(repeating: " ", count: digits - number.count) + number + ". "
      lines += wrapper.wrap(
        "\(question.text) — \(labels.joined(separator: "; "))",
        indent: String(repeating: " ", count: first.count), firstIndent: first)
    }
    lines.append("")
    let prompt = wrap("Type a number to change that answer, or press Enter to see your result.")
    say(lines + prompt)
    while true {
      guard let line = readLine() else { return .ended }
      let input = PlainInput.trim(line)
      if input.isEmpty { return .done }
      if input.lowercased() == "q" {
        switch confirmQuit() {
        case .yes: return .quit
        case .no: say(prompt)
        case .ended: return .ended
        }
        continue
      }
      if let number = Int(input), entries.indices.contains(number - 1) {
        return .change(entries[number - 1])
      }
      say(
        wrap(
          "\(PlainInput.quoted(input)) is not an answer number: type 1 to \(entries.count), or "
            + "press Enter to see your result."))
    }
  }

  private func confirmQuit() -> Confirmation {
    say(wrap(Wording.quitQuestion(draftState) + " (y/n)"))
    return confirm()
  }

  private func quit() -> Outcome {
    say([Wording.quitDone(draftState)])
    return .quit
  }

  /// The next line, asking again after a line too long to be an answer.
  private func readLine() -> String? {
    while let line = io.readLine() {
      guard io.lastLineWasCut else { return line }
      say(
        wrap(
          "That line was longer than \(maxLineBytes / 1024) KiB, so it was not read. Type your "
            + "answer again."))
    }
    return nil
  }

  /// Reads y or n, asking again on anything else.
  private func confirm() -> Confirmation {
    while true {
      guard let line = readLine() else { return .ended }
      switch PlainInput.yesOrNo(line) {
      case true?: return .yes
      case false?: return .no
      case nil: say(wrap(PlainInput.notYesOrNo(line)))
      }
    }
  }

  // MARK: - Saving

  /// Offers to save `result` until it is saved or the person skips; returns the saved path.
  ///
  /// The end of the input here skips saving: the result has been printed, so nothing is lost.
  /// Lines that name a file are not wrapped: a path broken across lines could not be copied,
  /// and a terminal wraps a long line by itself.
  private func offerToSave(_ result: QuizResult) -> String? {
    let prompt = wrap(
      "Save your result to a file? Type a file name ending in "
        + "\(ResultFormat.extensionsInWords), or press Enter to skip.")
    say([""] + prompt)
    while true {
      guard let line = readLine() else { return nil }
      let name = PlainInput.trim(line)
      if name.isEmpty {
        say(["Your result was not saved."])
        return nil
      }
      let path = TypedPath.expandingHome(name)
      guard let format = ResultFormat(fileName: path) else {
        say(
          wrap(
            "\(PlainInput.quotedPath(name)) does not end in \(ResultFormat.extensionsInWords). "
              + "Type another name, or press Enter to skip."))
        continue
      }
      // Only a regular file is offered for replacing (the link itself, not what it points to);
      // ResultFile explains why anything else cannot be used.
      let replacing = TypedPath.isRegularFile(path)
      if replacing {
        say([Wording.replaceQuestion(PlainInput.quotedPath(name))])
        switch confirm() {
        case .yes: break
        case .no:
          say(prompt)
          continue
        case .ended: return nil
        }
      }
      do {
        try ResultFile.save(format.render(result), to: path, replacing: replacing)
      } catch {
        say([
          Wording.couldNotSave(error.description) + ".",
          "Type another file name, or press Enter to skip.",
        ])
        continue
      }
      // From the root, so the person knows where the file went; as typed when it was.
      let saved = path.hasPrefix("/") ? path : TypedPath.tidied(TypedPath.absolute(path))
      say([Wording.savedInPlain(saved)])
      return saved
    }
  }

  // MARK: - Output

  private var wrapper: TextWrapper { TextWrapper(width: width) }

  private func wrap(_ text: String) -> [String] {
    wrapper.wrap(text)
  }

  /// Writes `lines`, each ending in a line break, in one write.
  private func say(_ lines: [String]) {
    io.write(lines.map { $0 + "\n" }.joined())
  }
}
