import Foundation
import TestSupport
import Testing

extension EndToEnd {
  /// Answers given beforehand (`--answers` on a terminal) and drafts kept as you go (`--draft`).
  @Suite(EndToEnd.needsTmux) struct ResumeTests {
    @Test func answers_with_questions_missing_asks_only_those_then_shows_the_result() async throws {
      let folder = try Paths.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      // The contract's example without its last two questions.
      let answers = try AnswersModeFixtures.example(
        replacing: #", "setting": "clinic_medical", "microneedling_type": "standard"}"#,
        with: "}")
      try Data(answers.utf8).write(to: folder.appendingPathComponent("answers.json"))

      let tmux = try Tmux()
      try tmux.startSkinquiz(["--answers", "answers.json"], directory: folder)
      try await tmux.waitFor(welcomeHint)
      try tmux.send("Enter")
      // The setting comes first.
      try await tmux.waitForAll([
        "Question 17 of about 19", "Where are you thinking of having microneedling?",
      ])
      try await answerContractExample(on: tmux, from: contractKeys.count - 2)
      try await tmux.waitForAll(["Review your answers", "18 answered"])
      try tmux.send("End", "Enter")
      try await tmux.waitFor(goodCandidate)
      try tmux.send("q")
      try await expectEnded(tmux, with: 0)
      // After the screens, only the short block, as after any full-screen quiz.
      let after = try tmux.screen(scrollback: 500)
      #expect(after.contains("IN SHORT\n========\n\(goodCandidate)"))
      #expect(!after.contains("YOUR ANSWERS"), "the whole report is not printed:\n\(after)")
    }

    @Test func a_draft_keeps_the_answers_so_far_and_resumes_at_the_next_question() async throws {
      let folder = try Paths.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let draft = folder.appendingPathComponent("draft.json")

      let first = try Tmux()
      try first.startSkinquiz(["--draft", draft.path])
      try await first.waitFor(welcomeHint)
      try first.send("Enter")
      try await answerContractExample(on: first, through: 2)
      try await first.waitFor("How does your skin usually react to the sun?")
      try first.send("q")
      let confirm = try await first.waitForAll(["Quit?", "y  quit"])
      #expect(!confirm.contains("Your answers will not be saved."), "\(confirm)")
      #expect(confirm.contains("Your answers so far stay in your"), "\(confirm)")
      try first.send("y")
      try await expectEnded(first, with: 1)
      #expect(
        try first.screen(scrollback: 200).contains(
          "skinquiz: you quit before the end; your answers so far are in \(draft.path)"))

      let attributes = try FileManager.default.attributesOfItem(atPath: draft.path)
      #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
      let saved = try #require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: draft)) as? [String: Any])
      #expect(saved.count == 3, "\(saved)")
      #expect(saved["age_band"] as? String == "22_plus")
      #expect(saved["concerns"] as? [String] == ["acne_scars"])
      #expect(saved["acne_scar_type"] as? [String] == ["rolling"])

      let second = try Tmux()
      try second.startSkinquiz(["--draft", draft.path])
      try await second.waitFor(welcomeHint)
      // The welcome says where the quiz carries on, and that the draft keeps each answer.
      try await second.waitForAll(["Welcome back", "Your 3 answers so far are kept"])
      try second.send("Enter")
      try await second.waitForAll([
        "Question 4 of about", "How does your skin usually react to the sun?",
      ])
      try await answerContractExample(on: second, from: 3)
      try await second.waitFor("18 answered")
      try second.send("End", "Enter")
      try await second.waitFor(goodCandidate)
      try second.send("q")
      // A finished quiz offers to delete the draft, which holds health answers; keep it here.
      try await second.waitFor("holds your health answers. Delete it now?")
      try second.send("n", "Enter")
      try await expectEnded(second, with: 0)
      #expect(try second.screen(scrollback: 200).contains("Kept \(draft.path)."))
      let finished = try #require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: draft)) as? [String: Any])
      #expect(finished.count == 18, "every answer is in the draft: \(finished)")

      // A third run with the finished draft goes to the review; deleting it leaves no file.
      let third = try Tmux()
      try third.startSkinquiz(["--draft", draft.path])
      try await third.waitForAll(["Welcome back", "All 18 answers are here"])
      try third.send("Enter")
      try await third.waitFor(" › See my result")
      try third.send("Enter")
      try await third.waitFor(goodCandidate)
      try third.send("q")
      try await third.waitFor("Delete it now?")
      try third.send("y", "Enter")
      try await expectEnded(third, with: 0)
      #expect(try third.screen(scrollback: 200).contains("Deleted \(draft.path)."))
      #expect(!FileManager.default.fileExists(atPath: draft.path))
    }
  }
}
