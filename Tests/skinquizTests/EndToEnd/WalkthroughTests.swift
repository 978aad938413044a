import Foundation
import TestSupport
import Testing

/// Whether a row of `screen` starts with `start` and ends with `end`: a review row, question
/// and answer, whatever width the question column has.
private func hasRow(_ screen: String, _ start: String, _ end: String) -> Bool {
  screen.split(separator: "\n").contains { row in
    // The cursor row is filled to the edge, so its trailing spaces are not part of the text.
    let text = row.reversed().drop { $0 == " " }.reversed()
    return String(text).hasPrefix(start) && String(text).hasSuffix(end)
  }
}

extension EndToEnd {
  /// The whole quiz on the full screen, with real keys, from the welcome to the printed summary.
  @Suite(EndToEnd.needsTmux) struct WalkthroughTests {
    @Test func the_contract_example_with_real_keys_reaches_the_result_saves_and_prints_it()
      async throws
    {
      let folder = try Paths.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let saved = folder.appendingPathComponent("my result.json").path
      let tmux = try Tmux()
      try tmux.startSkinquiz()
      try await tmux.waitFor(welcomeHint)
      try tmux.send("Enter")
      // The screen is drawn from the top, piece by piece: wait for what is checked.
      let first = try await tmux.waitFor(" › 1 ( ) Under 18")
      #expect(row(0, of: first).hasSuffix("Question 1 of about 21"))
      try await answerContractExample(on: tmux)

      // The review starts on "See my result", so Enter goes on.
      let review = try await tmux.waitForAll(["Review your answers", " › See my result"])
      #expect(row(0, of: review).hasSuffix("18 answered"))
      #expect(
        hasRow(review, "   Where are you thinking of having", "A medical or dermatology clinic"),
        "\(review)")
      try tmux.send("Enter")
      let result = try await tmux.waitForAll([
        goodCandidate, "WHAT IT MAY HELP WITH", " ›▸ Acne scars: the best-studied use (benefit)",
        "  AFTERCARE",
      ])
      #expect(row(2, of: result) == "  \(goodCandidate)")

      try tmux.send("s")
      // The default name, then a name of the test's own.
      try await tmux.waitForAll(["Save your result", "microneedling-result-2026-01-01.txt"])
      try tmux.send("C-u")
      try await tmux.waitFor("an empty name field") {
        $0.contains("File name:") && !$0.contains("microneedling-result-2026")
      }
      try tmux.type(saved)
      try await tmux.waitFor("my result.json")
      try tmux.send("Enter")
      try await tmux.waitFor(String("Saved to \(saved)".prefix(70)))
      try tmux.send("q")
      try await expectEnded(tmux, with: 0)

      // After the screens close, only the short block is printed on the normal screen
      // (standard output is the terminal), with what each saved file holds: a JSON file holds
      // the report as data, so the person is told how to keep one to read.
      let after = try tmux.screen(scrollback: 500)
      #expect(after.contains("IN SHORT\n========\n\(goodCandidate)\n"))
      #expect(after.contains("What it may help with: Acne scars: the best-studied use"))
      let flat = after.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(
        flat.contains(
          "The whole report, with the reasons and sources for each point, was not saved as a "
            + "page or text (\(saved.split(separator: " ").joined(separator: " ")) has it as data)")
      )
      #expect(!after.contains("skinquiz: saved your result to"), "named once, in the block")
      #expect(!after.contains("YOUR ANSWERS"), "the whole report is not printed")
      #expect(!after.contains("VERDICT\n======="))

      let attributes = try FileManager.default.attributesOfItem(atPath: saved)
      #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
      let json = try #require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: saved)))
          as? [String: Any])
      #expect(json["schema"] as? String == "skinquiz.result/1")
      #expect((json["verdict"] as? [String: Any])?["id"] as? String == "good_candidate")
      #expect(json["createdAt"] as? String == "2026-01-01T10:00:00Z")
      let answers = try #require(json["answers"] as? [String: Any])
      #expect(answers.count == 18)
      #expect(answers["setting"] as? String == "clinic_medical")
      #expect(answers["concerns"] as? [String] == ["acne_scars"])
    }

    @Test func enter_on_a_new_question_chooses_nothing_and_says_what_to_do() async throws {
      let tmux = try Tmux()
      try tmux.startSkinquiz()
      try await tmux.waitFor(welcomeHint)
      try tmux.send("Enter")
      try await tmux.waitFor(" › 1 ( ) Under 18")
      try tmux.send("Enter")
      let screen = try await tmux.waitFor("Choose an answer first: press its number")
      #expect(screen.contains("How old are you?"))
      #expect(screen.contains(" › 1 ( ) Under 18"), "still not chosen:\n\(screen)")
      try tmux.send("3")
      try await tmux.waitFor(" › 3 (•) 22 or older")
      try tmux.send("Enter")
      try await tmux.waitFor("Which concerns would you like to improve?")
      try tmux.send("q")
      try await tmux.waitForAll(["Quit?", "y  quit"])
      try tmux.send("y")
      try await expectEnded(tmux, with: 1)
    }

    @Test func changing_an_answer_from_the_review_asks_the_question_it_brings_in_then_returns()
      async throws
    {
      let tmux = try Tmux()
      try tmux.startSkinquiz()
      try await tmux.waitFor(welcomeHint)
      try tmux.send("Enter")
      try await answerContractExample(on: tmux)
      _ = try await tmux.waitForAll(["18 answered", " › See my result"])

      // The second row is the concerns question.
      try tmux.send("Home", "Down", "Enter")
      // The answer so far is ticked.
      try await tmux.waitForAll([
        "Which concerns would you like to improve?", " › 1 [x] Acne scars",
      ])
      try tmux.send("4", "Enter")
      try await tmux.waitForAll([
        "Which best describes the uneven color you would like to improve?", "1 [ ] Sun spots",
      ])
      try tmux.send("1", "Enter")

      // Back on the review, with the new answer and the new question. Waited for whole rows:
      // a screen caught while curses is still drawing can hold some of them and not others.
      let cursorRow = (
        " › Which concerns would you like to", "Acne scars, Sun damage or uneven skin c…"
      )
      let newRow = ("   Which best describes the uneven", "Sun spots")
      let edited = try await tmux.waitFor("the edited review") { screen in
        screen.contains("19 answered") && hasRow(screen, cursorRow.0, cursorRow.1)
          && hasRow(screen, newRow.0, newRow.1)
      }
      #expect(
        hasRow(edited, cursorRow.0, cursorRow.1),
        "the cursor stays on the answer changed:\n\(edited)")
      try tmux.send("End", "Enter")
      try await tmux.waitForAll([
        "Your result", "▸ Acne scars: the best-studied use (benefit)",
        "▸ Sun damage and uneven color (benefit)",
      ])
      try tmux.send("q")
      try await expectEnded(tmux, with: 0)
      let after = try tmux.screen(scrollback: 500)
      let words = after.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(words.contains("Sun damage and uneven color"))
      #expect(words.contains("was not saved. Next time, press s on the result screen"))
    }
  }
}
