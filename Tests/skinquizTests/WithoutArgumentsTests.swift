import Foundation
import SkinQuizCore
import TestSupport
import Testing

/// A run with no arguments, which skips parsing, behaves exactly as a parsed run.
///
/// The shortcut is for start-up time. With standard input a pipe, both run the plain session.
@Suite struct WithoutArgumentsTests {
  /// Runs `skinquiz` with no arguments and with `--plain`, which should be the same run.
  func both(stdin: String, environment: [String: String] = [:]) throws -> (
    bare: RunResult, parsed: RunResult
  ) {
    (
      try runSkinquiz([], stdin: stdin, environment: environment),
      try runSkinquiz(["--plain"], stdin: stdin, environment: environment)
    )
  }

  @Test func a_run_without_arguments_is_the_quiz_with_every_default() throws {
    let (bare, parsed) = try both(stdin: "3\n")
    #expect(bare.status == 1)
    #expect(bare.stdout.contains("How old are you?"))
    #expect(bare.stderr.contains("the input ended before the quiz was finished"))
    #expect(bare.status == parsed.status)
    #expect(bare.stdout == parsed.stdout)
    #expect(bare.stderr == parsed.stderr)
  }

  @Test func a_bad_source_date_epoch_is_the_same_usage_error() throws {
    let (bare, parsed) = try both(stdin: "", environment: ["SOURCE_DATE_EPOCH": "soon"])
    #expect(bare.status == 64)
    #expect(
      bare.stderr.hasPrefix(
        "Error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not 'soon'\n"
          + "Usage: skinquiz "))
    #expect(bare.stdout == "")
    #expect(bare.status == parsed.status)
    #expect(bare.stderr == parsed.stderr)
    // A whole number past the last second the timestamp can write is told as such.
    let late = try runSkinquiz([], environment: ["SOURCE_DATE_EPOCH": "253402300800"])
    #expect(late.status == 64)
    #expect(
      late.stderr.hasPrefix(
        "Error: SOURCE_DATE_EPOCH '253402300800' is after the year 9999; the latest is "
          + "253402300799\n"))
  }

  @Test func the_pack_environment_variable_still_chooses_the_pack() throws {
    let (bare, parsed) = try both(stdin: "", environment: ["SKINQUIZ_PACK": "no-such-pack"])
    #expect(bare.status == 66)
    #expect(
      bare.stderr
        == "skinquiz: error: cannot read 'no-such-pack': no such folder (from $SKINQUIZ_PACK)\n")
    #expect(bare.status == parsed.status)
    #expect(bare.stderr == parsed.stderr)
  }
}
