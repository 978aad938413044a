import DrawingSurface
import Fixtures
import Foundation
import SkinQuizCore
import SkinQuizTUI
import TestSupport
import Testing

/// A draft whose last save failed is never said to keep the answers, in either mode.
@Suite struct DraftStateTests {
  /// Lines typed, and everything written.
  private final class Lines: LineIO {
    var lines: [String]
    var output = ""
    let lastLineWasCut = false
    let writeError: String? = nil
    init(_ lines: [String]) { self.lines = lines }
    func write(_ text: String) { output += text }
    func readLine() -> String? { lines.isEmpty ? nil : lines.removeFirst() }
  }

  @Test(arguments: [nil, "no space left on device"])
  func the_plain_mode_says_what_the_draft_holds_when_quitting(_ failure: String?) throws {
    let io = Lines(["3", "q", "y"])
    let outcome = PlainSession(
      quiz: Quiz(pack: try #require(ShippedPack.pack)), io: io, createdAt: { "x" },
      draft: "d.json", draftFailure: { failure }
    ).run()
    guard case .quit = outcome else {
      Issue.record("the session did not end by quitting: \(outcome)")
      return
    }
    let output = io.output.split(separator: "\n").joined(separator: " ")
    let kept = failure == nil
    #expect(output.contains("Your answers so far stay in your draft file.") == kept)
    #expect(output.contains("Your answers so far are in your draft file") == kept)
    #expect(
      output.contains(
        "Quit without finishing? Your draft file could not be saved, so it does not hold your "
          + "latest answers. (y/n)") == !kept)
    #expect(
      output.contains(
        "You quit the quiz. Your draft file could not be saved, so it does not hold your latest "
          + "answers.") == !kept)
  }

  @Test(arguments: [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 40, rows: 12)])
  func the_quit_question_on_the_screens_follows_the_last_save_of_the_draft(
    _ size: TerminalSize
  ) throws {
    let pack = try #require(ShippedPack.pack)
    // The first save fails, the second works.
    var failures: [String?] = ["no space left on device", nil]
    var screens: [String] = []
    var app = FullScreenModel(
      quiz: Quiz(pack: pack), size: size, now: { "x" })
    app.draftPath = "d.json"
    let terminal = MemoryTerminal(
      size: app.size,
      keys: [
        .enter, .character("3"), .enter, .character("q"), .escape, .character("1"), .enter,
        .character("q"),
      ])
    _ = FullScreenLoop.run(
      &app, on: terminal, draftFailure: { failures.isEmpty ? nil : failures.removeFirst() })
    for frame in terminal.frames {
      // The text inside the box, its rows joined.
      let text = frame.lines.map { $0.split(separator: "│").dropFirst().first ?? "" }
        .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
      if text.contains("Quit without finishing?") { screens.append(text) }
    }
    #expect(screens.count == 2)
    // Whole, however narrow the box.
    #expect(screens.first?.contains(Wording.quitQuestion(.behind)) == true, "\(screens)")
    #expect(screens.first?.contains("stay in your draft file") == false)
    #expect(screens.last?.contains("Your answers so far stay in your draft file.") == true)
  }
}
