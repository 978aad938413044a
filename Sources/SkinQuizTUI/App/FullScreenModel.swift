import DrawingSurface
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

  /// A small window over the screen that takes the keys until it closes.
  enum Overlay: Equatable {
    /// The help panel, scrolled this far on a small screen.
    case help(scroll: Int)
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
  /// The screen being shown, with the state that only it has.
  var screen: Screen = .welcome(returningTo: nil)
  var overlay: Overlay?
  /// Keys typed while the screen was too small to show anything, to apply when it is not.
  var keysWhileHidden: [Key] = []
  /// The most keys kept while hidden: a few words of typing ahead, not a stuck key.
  static let keysKeptWhileHidden = 64

  // What outlives a screen.

  /// How far the welcome text is scrolled on a short terminal; going back to the welcome from
  /// the first question finds it where it was left.
  var welcomeScroll = 0
  /// The last result made, kept after going back to the answers: the end of the input then
  /// still finishes with it.
  var result: QuizResult?
  /// The pack's rules, compiled at the first result, not before the first screen, and kept:
  /// going back to change an answer and on to the result again should not compile them again.
  var engine: Engine?
  /// The name last typed in the save dialog, offered again when it opens again.
  var lastSaveName = ""
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
  public var workingDirectory = TypedPath.workingDirectory
  /// Why the last save of the draft failed, if it did: then nothing may promise that the draft
  /// keeps the answers.
  var draftFailure: String?
  /// Whether the answers are kept in a draft file.
  var keepsDraft: Bool { draftPath != nil }
  /// What the draft holds now.
  var draftState: DraftState { DraftState(path: draftPath, failure: draftFailure) }

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

  /// Handles one key; returns what the runner is to do, in order (``Effect/end(_:)`` last).
  public mutating func handle(_ key: Key) -> [Effect] {
    watchingAnswers { model in model.update(key) }
  }

  /// Takes the answer to a ``Effect/save(_:)`` the runner performed: `error` when it failed.
  public mutating func saveFinished(_ request: SaveRequest, error: SkinQuizError?) -> [Effect] {
    watchingAnswers { model in
      model.finishSave(request, error: error)
      // Keys typed while hidden that came after the save go on from where it left them.
      return model.replayHiddenKeys()
    }
  }

  /// Takes the answer to an ``Effect/answersChanged(_:)`` the runner performed: why saving the
  /// draft failed, or `nil` when it was saved (or there is no draft).
  public mutating func draftSaved(failure: String?) {
    draftFailure = failure
  }

  /// `body`'s effect, after ``Effect/answersChanged(_:)`` when it changed the answers.
  ///
  /// An ending comes alone, as it did when the runner compared the answers itself: keys
  /// replayed after a resize that answer and then quit do not reach the draft.
  private mutating func watchingAnswers(_ body: (inout Self) -> Effect?) -> [Effect] {
    let before = quiz.answers
    let effect = body(&self)
    if let effect, case .end = effect { return [effect] }
    let changed: [Effect] = quiz.answers != before ? [.answersChanged(quiz.answers)] : []
    return changed + [effect].compactMap { $0 }
  }

  /// What one key does to the model; `nil` when there is nothing for the runner to do.
  private mutating func update(_ key: Key) -> Effect? {
    if key == .resize {
      // Big enough again: the keys typed meanwhile take effect, in order, as typed.
      return replayHiddenKeys()
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
      return key == .endOfInput ? .end(endOfInputOutcome) : nil
    }
    if let overlay {
      return handleOverlay(overlay, key).map(Effect.end)
    }
    if key == .endOfInput { return .end(endOfInputOutcome) }
    // The screen's key map says what the key does; what every screen shares is done here.
    let command = commandKeys.command(for: key)
    switch command {
    case .help?:
      overlay = .help(scroll: 0)
      return nil
    case .quit?:
      overlay = .confirmQuit
      return nil
    case .redraw?:
      return nil  // the runner redraws
    default:
      break
    }
    var effect: Effect?
    switch screen {
    case .welcome(let review): screen = handleWelcome(command, returningTo: review)
    case .question(let state): screen = handleQuestion(state, key, command)
    case .review(let state): screen = handleReview(state, key, command)
    case .results(let state): (screen, effect) = handleResults(state, key, command)
    case .save(let state): (screen, effect) = handleSave(state, key, command)
    }
    // Lists scroll from where they were, so the highlight moves and the list stays put.
    switch screen {
    case .question(var state):
      // Laid out once per key, here; the frame and the next key reuse it.
      state.layout = questionLayout(state, size: size, reusing: false)
      state.optionsFirst = state.layout?.firstOption ?? 0
      screen = .question(state)
    case .review(var state):
      state.first = reviewLayout(state).window.first
      screen = .review(state)
    default: break
    }
    return effect
  }

  /// Applies the keys typed while the screen was too small, once it is big enough, up to the
  /// first that the runner must act on (the rest may depend on how a save went).
  private mutating func replayHiddenKeys() -> Effect? {
    while fitsScreen, !keysWhileHidden.isEmpty {
      if let effect = update(keysWhileHidden.removeFirst()) {
        if case .end = effect { keysWhileHidden = [] }
        return effect
      }
    }
    return nil
  }

  /// What each key does on the screen being shown: the key map without what only its words
  /// depend on (whether there is more to read, or the highlighted finding is in sight), which
  /// would take laying the screen out on every key.
  var commandKeys: KeyMap {
    switch screen {
    case .welcome: return .welcome(more: false)
    case .results: return .results(open: false)
    default: return keyMap
    }
  }

  /// The keys of the screen being shown, as it is now, in the words of its footer and help.
  var keyMap: KeyMap {
    switch screen {
    case .welcome:
      return .welcome(more: welcomeScroll < max(0, welcomeRows().count - welcomeViewHeight))
    case .question:
      return .question(quiz.current.map { quiz.pack.questions[$0].kind } ?? .single)
    case .review(let state): return .review(onResultRow: state.cursor == quiz.review.count)
    case .results(let state): return resultsKeyMap(state, rows: resultRows(state))
    case .save(let state): return state.confirmingReplace ? .confirmReplace : .save
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
    switch screen {
    case .welcome: renderWelcome(into: &canvas)
    case .question(let state): renderQuestion(state, into: &canvas)
    case .review(let state): renderReview(state, into: &canvas)
    case .results(let state): renderResults(state, into: &canvas)
    case .save(let state): renderSave(state, into: &canvas)
    }
    switch overlay {
    case .help(let scroll)?: renderHelp(scroll: scroll, into: &canvas)
    case .confirmQuit?: renderConfirmQuit(into: &canvas)
    case nil: break
    }
    return canvas
  }

  // MARK: - Moving between screens

  /// The current question, with its answer so far selected (the review when there is none).
  ///
  /// - Parameter review: The review the person came from to change an answer, if they did.
  mutating func questionScreen(returningTo review: ReviewState?) -> Screen {
    guard let index = quiz.current else { return reviewScreen(review) }
    let pending = quiz.answers[index]
    return .question(
      QuestionState(
        cursor: pending == 0 ? 0 : pending.trailingZeroBitCount, pending: pending,
        returnTo: review))
  }

  /// Every answer.
  ///
  /// Reached from the last question (or a complete preseeded quiz), the cursor starts on "See
  /// my result", so Enter goes on; after changing an answer (`review` is the review the person
  /// left) it stays on that answer, and back from the result it stays where it was.
  mutating func reviewScreen(_ review: ReviewState?) -> Screen {
    var review = review ?? ReviewState(cursor: quiz.review.count)
    quiz.returnToReview()
    review.cursor = min(review.cursor, quiz.review.count)
    return .review(review)
  }

  /// A new result, reached from `review`: the old highlight, scroll and open findings do not
  /// apply to it.
  mutating func resultsScreen(from review: ReviewState) -> Screen {
    let engine = engine ?? Engine(pack: quiz.pack)
    self.engine = engine
    var made = engine.result(for: quiz.answers, createdAt: now())
    made.localTime = localTime(made.createdAt)
    result = made
    return .results(ResultsState(review: review))
  }

  /// Where a list's cursor goes for a movement command (up, down, a page, first, last), or
  /// `nil` for any other.
  static func moved(_ cursor: Int, by command: KeyCommand?, last: Int, page: Int) -> Int? {
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

  /// The previous question, or the welcome screen from the first one.
  mutating func previousScreen(returningTo review: ReviewState?) -> Screen {
    quiz.back() ? questionScreen(returningTo: review) : .welcome(returningTo: review)
  }
}
