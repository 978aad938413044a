import Foundation
import SkinQuizCore

/// The full-screen questionnaire's model: every screen's state and every key's meaning, with no
/// terminal in sight.
///
/// ``FullScreenLoop`` feeds it keys and shows what it renders; tests do the same with scripted
/// keys and compare the rendered text. The rules stay in the core: the model only calls the
/// `Quiz` API.
public struct FullScreenModel {
  /// How a session ended.
  public enum Outcome: Equatable, Sendable {
    /// The person saw their result (and saved it to this path, if they did).
    case finished(savedTo: [String])
    /// The person quit before finishing.
    case quit
  }

  /// The screen being shown.
  enum Mode: Equatable {
    case welcome
    case question
    case review
    case results
    case save
  }

  /// A small window over the screen that takes the keys until it closes.
  enum Overlay: Equatable {
    case help
    case confirmQuit
  }

  /// The widest a paragraph is wrapped, however wide the terminal: longer lines are hard to
  /// read.
  static let readingWidth = 96

  /// The smallest terminal the screens are laid out for.
  public static let minimumSize = TerminalSize(columns: 40, rows: 12)

  /// The quiz, with the answers so far.
  public internal(set) var quiz: Quiz
  /// The terminal's size, which the runner keeps up to date (keys such as PgDn and mouse
  /// clicks depend on the layout).
  public var size: TerminalSize
  var mode: Mode = .welcome
  var overlay: Overlay?
  /// Keys typed while the screen was too small to show anything, to apply when it is not.
  var keysWhileHidden: [Key] = []
  /// The most keys kept while hidden: a few words of typing ahead, not a stuck key.
  static let keysKeptWhileHidden = 64
  /// How far the help panel is scrolled on a small screen.
  var helpScroll = 0
  /// A one-line message under the options or in the save dialog (a mistake, a confirmation).
  var message: String?

  // The welcome screen: how far its text is scrolled on a short terminal.
  var welcomeScroll = 0

  // The question screen: the highlighted option and the selection not yet confirmed.
  var cursor = 0
  var pending: UInt64 = 0
  /// Whether the person moved the highlight on this question: only then does Enter take the
  /// highlighted option of a single question, so that nothing is ever chosen for them.
  var cursorMoved = false
  /// The first option shown, kept between keys.
  var optionsFirst = 0
  /// Whether answering should go back to the review (the person came from there).
  var returnToReview = false

  // The review screen: the highlighted row (the last row is "See my result").
  var reviewCursor = 0
  /// The first row of the review shown, kept between keys.
  var reviewFirst = 0

  // The results screen.
  var result: QuizResult?
  var findingCursor = 0
  var resultScroll = 0
  var opened: Set<Int> = []

  // The save dialog.
  var savePath = ""
  /// Where the cursor is in the name, in characters.
  var saveCursor = 0
  var confirmReplace = false
  /// The files the result was saved to this run, in the order they were first saved.
  public internal(set) var savedPaths: [String] = []

  /// When the result is made, as an ISO 8601 timestamp.
  let now: @Sendable () -> String
  /// That timestamp in the person's own time zone, for people, when the program knows it.
  let localTime: @Sendable (String) -> String?
  /// The draft file the answers are kept in as they are given, if any, so quitting loses
  /// nothing; the welcome names it.
  public var draftPath: String?
  /// The folder a file name without a folder is saved in (the process's working folder).
  public var workingDirectory = FileManager.default.currentDirectoryPath
  /// Whether the answers are kept in a draft file.
  var keepsDraft: Bool { draftPath != nil }

  /// Starts at the welcome screen with `quiz`, which may already hold answers (only the missing
  /// questions are asked).
  public init(
    quiz: Quiz, size: TerminalSize, now: @escaping @Sendable () -> String,
    localTime: @escaping @Sendable (String) -> String? = { _ in nil }
  ) {
    self.quiz = quiz
    self.size = size
    self.now = now
    self.localTime = localTime
  }

  /// The result, once the person has reached it.
  public var finalResult: QuizResult? { result }

  /// Handles one key; returns an outcome when the session is over.
  public mutating func handle(_ key: Key) -> Outcome? {
    if key == .resize {
      // Big enough again: the keys typed meanwhile take effect, in order, as typed.
      guard fitsScreen, !keysWhileHidden.isEmpty else { return nil }
      let keys = keysWhileHidden
      keysWhileHidden = []
      for key in keys {
        if let outcome = handle(key) { return outcome }
      }
      return nil
    }
    if !fitsScreen, overlay != .confirmQuit {
      // Nothing can be seen: quitting asks at once (in the notice's place) and the end of
      // input ends; any other key is kept for when the screen is big enough, not dropped.
      // q asks only where q means quit (on the result it finishes, in the save dialog it is a
      // letter); a click is not kept, since what it pointed at was never seen.
      if keysWhileHidden.isEmpty, commandKeys.command(for: key) == .quit {
        overlay = .confirmQuit
      } else if key != .endOfInput, keysWhileHidden.count < Self.keysKeptWhileHidden {
        if case .click = key {} else { keysWhileHidden.append(key) }
      }
      return key == .endOfInput ? endOfInputOutcome : nil
    }
    if let overlay {
      return handleOverlay(overlay, key)
    }
    if key == .endOfInput { return endOfInputOutcome }
    // The screen's key map says what the key does; what every screen shares is done here.
    let command = commandKeys.command(for: key)
    switch command {
    case .help?:
      overlay = .help
      helpScroll = 0
      return nil
    case .quit?:
      overlay = .confirmQuit
      return nil
    case .redraw?:
      return nil  // the runner redraws
    default:
      break
    }
    let outcome: Outcome?
    switch mode {
    case .welcome: outcome = handleWelcome(command)
    case .question: outcome = handleQuestion(key, command)
    case .review: outcome = handleReview(key, command)
    case .results: outcome = handleResults(key, command)
    case .save: outcome = handleSave(key, command)
    }
    // Lists scroll from where they were, so the highlight moves and the list stays put.
    switch mode {
    case .question: optionsFirst = questionLayout(size: size)?.firstOption ?? 0
    case .review: reviewFirst = reviewLayout().window.first
    default: break
    }
    return outcome
  }

  /// What each key does on the screen being shown: the key map without what only its words
  /// depend on (whether there is more to read, or the highlighted finding is in sight), which
  /// would take laying the screen out on every key.
  var commandKeys: KeyMap {
    switch mode {
    case .welcome: return .welcome(more: false)
    case .results: return .results(open: false)
    default: return keyMap
    }
  }

  /// The keys of the screen being shown, as it is now, in the words of its footer and help.
  var keyMap: KeyMap {
    switch mode {
    case .welcome:
      return .welcome(more: welcomeScroll < max(0, welcomeRows().count - welcomeViewHeight))
    case .question:
      return .question(quiz.current.map { quiz.pack.questions[$0].kind } ?? .single)
    case .review: return .review(onResultRow: reviewCursor == quiz.review.count)
    case .results:
      return .results(
        open: opened.contains(findingCursor), inView: findingCursorInView(in: resultRows()))
    case .save: return confirmReplace ? .confirmReplace : .save
    }
  }

  /// How the session ends when the input does: a result that was reached is kept.
  var endOfInputOutcome: Outcome {
    result == nil ? .quit : .finished(savedTo: savedPaths)
  }

  /// Whether the terminal is at least the minimum size.
  var fitsScreen: Bool {
    size.columns >= Self.minimumSize.columns && size.rows >= Self.minimumSize.rows
  }

  /// The screen, laid out for `size`.
  public func render() -> Canvas {
    var canvas = Canvas(size: size)
    guard fitsScreen else {
      renderTooSmall(into: &canvas)
      return canvas
    }
    switch mode {
    case .welcome: renderWelcome(into: &canvas)
    case .question: renderQuestion(into: &canvas)
    case .review: renderReview(into: &canvas)
    case .results: renderResults(into: &canvas)
    case .save: renderSave(into: &canvas)
    }
    switch overlay {
    case .help?: renderHelp(into: &canvas)
    case .confirmQuit?: renderConfirmQuit(into: &canvas)
    case nil: break
    }
    return canvas
  }

  // MARK: - Moving between screens

  /// Shows the current question, with its answer so far selected.
  mutating func showQuestion() {
    guard let index = quiz.current else { return showReview() }
    mode = .question
    pending = quiz.answers[index]
    cursor = pending == 0 ? 0 : pending.trailingZeroBitCount
    cursorMoved = false
    optionsFirst = 0
    message = nil
  }

  /// Shows every answer.
  ///
  /// Reached from the last question (or a complete preseeded quiz), the cursor starts on "See
  /// my result", so Enter goes on; after changing an answer it stays on that answer, and back
  /// from the result it stays where it was.
  mutating func showReview() {
    if !returnToReview, mode != .results { reviewCursor = quiz.review.count }
    quiz.returnToReview()
    mode = .review
    returnToReview = false
    message = nil
    reviewCursor = min(reviewCursor, quiz.review.count)
  }

  mutating func showResults() {
    var made = quiz.result(createdAt: now())
    made.localTime = localTime(made.createdAt)
    result = made
    mode = .results
    message = nil
    // A new result: the old highlight, scroll and open findings do not apply to it.
    (findingCursor, resultScroll, opened) = (0, 0, [])
  }

  /// Where a list's cursor goes for a movement command (up, down, a page, first, last), or
  /// `nil` for any other.
  static func moved(_ cursor: Int, by command: Command?, last: Int, page: Int) -> Int? {
    switch command {
    case .up?: return max(0, cursor - 1)
    case .down?: return min(last, cursor + 1)
    case .pageUp?: return max(0, cursor - page)
    case .pageDown?: return min(last, cursor + page)
    case .first?: return 0
    case .last?: return last
    default: return nil
    }
  }

  /// Goes to the previous question, or to the welcome screen from the first one.
  mutating func goBack() {
    if quiz.back() {
      showQuestion()
    } else {
      mode = .welcome
    }
  }
}
