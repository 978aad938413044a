import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// End-to-end tests of the built `skinquiz`, in a real terminal and through pipes.
///
/// Each terminal test drives its own tmux server (see `Tmux`). Every suite is nested here, so
/// `swift test --filter EndToEnd` runs them all.
enum EndToEnd {
  /// Skips a suite that needs a terminal when tmux is missing (`.ci/run` installs it).
  static let needsTmux = Testing.ConditionTrait.enabled(
    if: Tmux.isInstalled,
    "tmux is not installed: the end-to-end terminal tests need it (apt-get install tmux)")

  /// Off in a build with AddressSanitizer (`swift test --sanitize address`), which catches
  /// crash signals itself and reports them its own way: there the tests of what the program
  /// does on a crash have nothing to test.
  static let crashesAreOurs = Testing.ConditionTrait.disabled(
    if: dlsym(UnsafeMutableRawPointer(bitPattern: 0), "__asan_init") != nil,
    "AddressSanitizer handles crash signals in this build")

  /// The welcome screen's key hints, which no other screen shows.
  static let welcomeHint = "Enter start  ? help  q quit"

  /// The keys that answer the contract example (Docs/answers-file.md) on the full screen, after
  /// the question they answer: a mix of End, arrows, Space and digits, each confirmed with Enter.
  static let contractKeys: [(question: String, keys: [String])] = [
    ("How old are you?", ["End", "Enter"]),
    ("Which concerns would you like to improve?", ["Space", "Enter"]),
    ("Which best describes your acne scars?", ["1", "Enter"]),
    ("How does your skin usually react to the sun?", ["Down", "Enter"]),
    ("Right now, in the area you would like treated", ["6", "Enter"]),
    ("Have you ever had any of these skin conditions?", ["6", "Enter"]),
    ("Do you ever get cold sores?", ["2", "Enter"]),
    ("How does your skin heal after cuts or spots?", ["4", "Enter"]),
    ("Have you ever taken isotretinoin for acne?", ["3", "Enter"]),
    ("Are you pregnant or breastfeeding?", ["3", "Enter"]),
    ("Do you have a bleeding disorder", ["3", "Enter"]),
    ("Do any of these health conditions apply to you?", ["6", "Enter"]),
    ("In the area you would like treated, do you have, or have you had", ["6", "Enter"]),
    ("Are you allergic to any of these?", ["3", "Enter"]),
    ("Have you had any of these recently?", ["5", "Enter"]),
    ("Do you use any of these skin products?", ["6", "Enter"]),
    ("Where are you thinking of having microneedling?", ["1", "Enter"]),
    ("Which kind of microneedling are you thinking of?", ["1", "Enter"]),
  ]

  /// The contract example as typed in the plain line mode: one line per question.
  static let contractNumbers = contractKeys.map { step in
    switch step.keys[0] {
    case "End": return "3"
    case "Space": return "1"
    case "Down": return "2"
    case let digit: return digit
    }
  }

  /// The verdict banner of the contract example.
  static let goodCandidate =
    "May be a good candidate: confirm with a board-certified dermatologist"

  /// Answers the contract example's questions from the one that is on screen, starting at
  /// `first`, waiting for each question before typing its keys.
  static func answerContractExample(
    on tmux: Tmux, from first: Int = 0, through last: Int = contractKeys.count - 1
  ) async throws {
    for (question, keys) in contractKeys[first...last] {
      try await tmux.waitFor(question)
      try tmux.send(keys)
    }
  }

  /// Runs `body` on a thread of its own rather than on one of the few threads Swift
  /// concurrency shares between all tests, which a blocking call (waiting for a process, timing
  /// a key) would hold up for every other test running in parallel.
  static func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws
    -> T
  {
    try await withCheckedThrowingContinuation { continuation in
      Thread { continuation.resume(with: Result { try body() }) }.start()
    }
  }

  /// The screen once two captures in a row are the same: a screen is drawn piece by piece, and
  /// a test that compares whole screens must not take one half drawn.
  static func settled(_ tmux: Tmux) async throws -> String {
    var last = try tmux.screen()
    return try await tmux.waitFor("a screen that stays the same") { screen in
      defer { last = screen }
      return screen == last
    }
  }

  /// The screen with its lines joined by spaces, for text that wraps at small sizes.
  static func flattened(_ screen: String) -> String {
    screen.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The screen's rows, the first being row 0.
  static func rows(_ screen: String) -> [Substring] {
    screen.split(separator: "\n", omittingEmptySubsequences: false)
  }

  /// Row `row` of the screen (0-based), or an empty row if the screen is shorter.
  static func row(_ row: Int, of screen: String) -> Substring {
    let rows = rows(screen)
    return rows.indices.contains(row) ? rows[row] : ""
  }

  /// The parameters of every SGR sequence (`ESC [ ... m`) in `text`, one list per sequence.
  static func sgrSequences(in text: String) -> [[Int]] {
    var sequences: [[Int]] = []
    var rest = Substring(text)
    while let start = rest.range(of: "\u{1B}[") {
      let tail = rest[start.upperBound...]
      let body = tail.prefix { $0.isNumber || $0 == ";" || $0 == ":" }
      let end = tail.index(tail.startIndex, offsetBy: body.count)
      if end < tail.endIndex, tail[end] == "m" {
        let parameters = body.split(whereSeparator: { $0 == ";" || $0 == ":" }).compactMap {
          Int($0)
        }
        sequences.append(parameters.isEmpty ? [0] : parameters)
      }
      rest = tail
    }
    return sequences
  }

  /// Whether an SGR sequence sets a colour (foreground or background, 8, 16, 256 or RGB).
  static func setsColor(_ parameters: [Int]) -> Bool {
    // 39 and 49 are the terminal's default colours: not a colour of the program's.
    parameters.contains { (30...38).contains($0) || (40...48).contains($0) }
      || parameters.contains { (90...97).contains($0) || (100...107).contains($0) }
  }

  /// Checks that the program ended with `status` and left `stty -g` as it found it.
  static func expectEnded(
    _ tmux: Tmux, with status: Int32, sourceLocation: SourceLocation = #_sourceLocation
  ) async throws {
    let actual = try await tmux.waitForExit()
    let screen = try tmux.screen(scrollback: 200)
    #expect(
      actual == status, "exit status; the terminal showed:\n\(screen)",
      sourceLocation: sourceLocation)
    let modes = try tmux.terminalModes()
    #expect(!modes.before.isEmpty, "stty -g printed nothing", sourceLocation: sourceLocation)
    #expect(
      modes.before == modes.after, "stty -g changed; the terminal showed:\n\(screen)",
      sourceLocation: sourceLocation)
  }
}

extension Tmux {
  /// Starts the built `skinquiz` with `arguments` in a new pane.
  func startSkinquiz(
    _ arguments: [String] = [], width: Int = 80, height: Int = 24,
    environment: [String: String] = [:], directory: URL? = nil
  ) throws {
    try start(
      command: [Paths.executable.path] + arguments, width: width, height: height,
      environment: environment, directory: directory)
  }
}
