import TestSupport
import Testing

/// Command lines the program refuses with exit 64 and a usage message.
@Suite struct UsageErrorTests {
  @Test func an_unknown_option_is_a_usage_error() throws {
    let result = try runSkinquiz(["--bogus"])
    #expect(result.status == 64)
    #expect(result.stdout == "")
    #expect(result.stderr.hasPrefix("Error: Unknown option '--bogus'\nUsage: skinquiz "))
    #expect(result.stderr.hasSuffix("  See 'skinquiz --help' for more information.\n"))
  }
  @Test func an_unknown_format_is_a_usage_error() throws {
    let result = try AnswersModeFixtures.run(
      answers: AnswersModeFixtures.example, ["--format", "pdf"])
    #expect(result.status == 64)
    #expect(result.stdout == "")
    #expect(
      result.stderr.hasPrefix(
        """
        Error: The value 'pdf' is invalid for '--format <format>'. Please provide one of 'text', \
        'markdown', 'html', 'json' or 'fhir'.

        """))
  }

  @Test func an_output_file_without_a_known_extension_needs_a_format() throws {
    let result = try AnswersModeFixtures.run(
      answers: AnswersModeFixtures.example, ["--output", "out.pdf"])
    #expect(result.status == 64)
    #expect(result.stdout == "")
    #expect(
      result.stderr.hasPrefix(
        """
        Error: cannot tell the format of 'out.pdf' from its name: end it in .txt, .md, .html, \
        .json or .fhir.json, or give --format

        """))
  }
}
