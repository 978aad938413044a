import Foundation
import SkinQuizCore
import SkinQuizTUI
import TestSupport
import Testing
import TextLayout

extension PlainMode {
  /// A whole session typed by number: the result, the width, the wording, and a lost output.
  @Suite struct WalkthroughTests {
    @Test func the_contract_example_walked_through_by_number_is_a_good_candidate() throws {
      let pack = try shippedPack()
      let run = Run(Quiz(pack: pack), try typed(pack, contractExample) + ["", ""])
      let result = try #require(run.result)
      #expect(result.verdict.id == "good_candidate")
      #expect(result.answers == (try pack.answers(contractExample)))
      #expect(result.createdAt == createdAt)
      #expect(run.savedPath == nil)
      #expect(run.result != nil)
      #expect(run.outcome.errorMessage == nil)
      #expect(run.questionsShown(pack) == contractExample.map(\.question))
      #expect(run.io.unread.isEmpty)
      #expect(has(run.output, line: "Question 1 of about 21: How old are you?"))
      #expect(run.output.contains("\nQuestion 18 of about 19: "))
      #expect(has(run.output, line: "  3. 22 or older"))
      // The summary is the text renderer's, at the session's width.
      #expect(run.output.contains(TextRenderer(width: 80).render(result)))
      #expect(has(run.output, line: "Your result was not saved."))
    }

    @Test func the_output_is_plain_lines_within_the_width() throws {
      let pack = try shippedPack()
      let run = Run(Quiz(pack: pack), try typed(pack, contractExample) + ["", ""], width: 40)
      #expect(!run.output.contains("\u{1B}"), "no escape sequences: no colour, no cursor moves")
      #expect(!run.output.contains("\r"))
      // Up to the summary (whose source links stay whole), every line fits in 40 columns.
      let session = try #require(run.output.components(separatedBy: "\nYOUR ANSWERS\n").first)
      for line in session.split(separator: "\n") where !line.hasPrefix("    http") {
        #expect(DisplayWidth.of(line) <= 40, "too wide: \(line)")
      }
      #expect(has(run.output, line: "  4. Sun damage or uneven skin color"))
      #expect(has(run.output, line: "     (Brown spots, patches or dark"))
      #expect(has(run.output, line: "Or type ? for why we ask, b to go back,"))
    }

    @Test func a_walkthrough_reads_well_from_start_to_end() throws {
      let pack = try shippedPack()
      // Why we ask and one mistake on the first question, then the contract's example; at the
      // review the person changes their mind about the setting, then skips saving.
      var lines = ["?", "4"] + (try typed(pack, contractExample))
      lines += ["17", "5", "", ""]
      let run = Run(Quiz(pack: pack), lines)
      #expect(run.result?.verdict.id == "good_candidate")
      #expect(run.chosen("setting") == ["undecided"])
      expectGolden(run.io.transcript, named: "plain-walkthrough.txt", filePath: goldenAnchor)
    }

    @Test func a_lost_output_is_an_error_even_when_every_answer_came_in() throws {
      let pack = try shippedPack()
      let lines = try typed(pack, contractExample) + ["", ""]
      let run = Run(Quiz(pack: pack), lines, writeError: "broken pipe")
      guard case .outputFailed(let reason) = run.outcome else {
        Issue.record("expected the lost output to be reported, got \(run.outcome)")
        return
      }
      #expect(reason == "broken pipe")
      #expect(run.outcome.errorMessage == "cannot write to standard output: broken pipe")
      #expect(Run(Quiz(pack: pack), lines).result != nil)
    }
  }
}
