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
  @Test func an_answers_file_named_without_answers_is_shown_how_to_name_it() throws {
    // The file need not exist: its name says what it is.
    let result = try runSkinquiz(["my answers.json"])
    #expect(result.status == 64)
    #expect(
      result.stderr.hasPrefix(
        """
        Error: Unexpected argument 'my answers.json'
        Help:  skinquiz --answers 'my answers.json'  scores the answers in that file
        Usage: skinquiz 
        """))
    // Any other stray word gets no such help.
    let other = try runSkinquiz(["hello"])
    #expect(other.stderr.hasPrefix("Error: Unexpected argument 'hello'\nUsage: skinquiz "))
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

  @Test(arguments: [["check", "--format", "html"], ["--format", "html", "check"]])
  func an_option_of_skinquiz_given_to_a_subcommand_is_a_usage_error(_ arguments: [String]) throws {
    // It was once taken and silently ignored: `check` reads no --format.
    let result = try runSkinquiz(arguments)
    #expect(result.status == 64)
    #expect(result.stdout == "")
    #expect(
      result.stderr == """
        Error: '--format' is an option of 'skinquiz', not of 'skinquiz check'
        Usage: skinquiz check [--pack <folder>]
          See 'skinquiz check --help' for more information.

        """)
  }

  @Test func help_names_a_subcommand_and_the_root_usage_names_them_all() throws {
    let help = try runSkinquiz(["help", "batch"], environment: ["COLUMNS": "80"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("USAGE: skinquiz batch [<file>] [--format json|fhir]"))
    #expect(help.stdout.contains("  --format <format>       The format of each line of output."))
    let error = try runSkinquiz(["--bogus"])
    for command in ["check", "questionnaire", "batch"] {
      #expect(error.stderr.contains("\n       skinquiz \(command) ["), "\(command)")
    }
  }
}
