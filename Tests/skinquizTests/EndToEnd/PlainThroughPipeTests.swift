import Foundation
import TestSupport
import Testing

extension EndToEnd {
  /// The plain line mode through a pipe, where no terminal is needed.
  @Suite struct PlainThroughPipeTests {
    @Test func the_contract_example_typed_as_numbers_gives_the_result_and_status_0() async throws {
      // Every answer, then Enter on the review (see the result), then Enter (do not save).
      let input = (contractNumbers + ["", ""]).joined(separator: "\n") + "\n"
      let run = try await onOwnThread { try runSkinquiz([], stdin: input) }
      #expect(run.status == 0, "stderr: \(run.stderr)")
      #expect(run.stderr.isEmpty)
      #expect(run.stdout.contains("\nQuestion 1 of about 21: How old are you?\n\n  1. Under 18\n"))
      #expect(run.stdout.contains("\nYour answers:\n   1. How old are you? — 22 or older\n"))
      #expect(run.stdout.contains("VERDICT\n=======\n\n\(goodCandidate)\n"))
      #expect(run.stdout.contains("Your personal summary, made 2026-01-01 at 10:00 UTC."))
      #expect(run.stdout.hasSuffix("Your result was not saved.\n"))
      #expect(!run.stdout.contains("\u{1B}"), "no escape sequences in a pipe")
    }

    @Test func a_line_of_1_mb_is_cut_at_64_kib_refused_and_the_quiz_goes_on() async throws {
      // A pipe that sends a megabyte without a line break, then the contract example.
      let input =
        String(repeating: "7", count: 1_000_000) + "\n"
        + (contractNumbers + ["", ""]).joined(separator: "\n") + "\n"
      let run = try await onOwnThread { try runSkinquiz([], stdin: input) }
      #expect(run.status == 0, "stderr: \(run.stderr)")
      #expect(run.stdout.contains("That line was longer than 64 KiB, so it was not read."))
      #expect(run.stdout.contains("VERDICT\n=======\n\n\(goodCandidate)\n"))
      #expect(run.stdout.utf8.count < 100_000, "the line is never echoed back")
    }

    @Test func the_end_of_the_input_midway_stops_with_status_1_and_says_so() async throws {
      let input = contractNumbers.prefix(3).joined(separator: "\n")
      let run = try await onOwnThread { try runSkinquiz([], stdin: input) }
      #expect(run.status == 1)
      #expect(
        run.stderr
          == "skinquiz: error: the input ended before the quiz was finished; your answers were "
          + "not saved\n")
      #expect(run.stdout.contains("Question 4 of about 20: How does your skin usually react"))
      #expect(!run.stdout.contains("VERDICT"))
    }
  }
}
