import CommandLineKit
import Testing

/// The help's layout: descriptions in column 26, wrapping, values under their option, and the
/// usage errors.
@Suite struct HelpTextTests {
  @Test func the_help_lists_arguments_options_and_subcommands_in_columns() {
    let text = HelpText(stack: Sample.root.stack(for: ["batch"])).rendered(width: 80)
    #expect(
      text == """
        OVERVIEW: Many at once.

        USAGE: tool batch [--format <format>] [--pack <folder>] [<file>]

        ARGUMENTS:
          <file>                  Input. (default: -)

        OPTIONS:
          --format <format>       Per line.
                json              - JSON
          --pack <folder>         The pack folder.
          --version               Show the version.
          -h, --help              Show help information.

        """)
  }

  @Test func the_root_help_leaves_hidden_options_out_and_points_to_subcommand_help() {
    let text = HelpText(stack: [Sample.root]).rendered(width: 80)
    #expect(!text.contains("secret"))
    #expect(text.contains("\nSUBCOMMANDS:\n  check                   Check a pack.\n"))
    #expect(text.hasSuffix("\n\n  See 'tool help <subcommand>' for detailed help."))
  }

  @Test func long_descriptions_wrap_under_their_column_and_long_labels_push_them_down() {
    let long = Command(
      name: "t", abstract: "A.",
      options: [
        .flag("a", help: "one two three four five six seven eight"),
        .value("a-very-long-option-name", valueName: "value", help: "Short."),
      ])
    // 24 columns are left for the text: a line takes 24 characters back to their last space.
    let text = HelpText(stack: [long]).rendered(width: 50)
    #expect(
      text.contains(
        """
          --a                     one two three four five
                                  six seven eight
          --a-very-long-option-name <value>
                                  Short.

        """))
  }

  @Test func a_section_keeps_its_column_on_a_narrow_screen() {
    let command = Command(
      name: "t", abstract: "A.",
      sections: [
        HelpSection(
          topic: .environment, layout: .columns,
          entries: [.init(term: "TZ", text: "the time zone summaries tell the time in")])
      ])
    // Laid out for the screen, not for 80 columns and then broken again by the screen's wrap.
    let text = HelpText(stack: [command]).rendered(width: 30)
    #expect(
      text.contains(
        """
        Environment:
          TZ  the time zone summaries
              tell the time in
        """))
  }

  @Test func a_usage_error_shows_the_message_the_option_and_the_usage() {
    let error = CommandLineError(.invalidValue("pdf", option: "format"), path: [])
    #expect(
      UsageErrorText.text(for: error, root: Sample.root) == """
        Error: The value 'pdf' is invalid for '--format <format>'. Please provide one of 'text' \
        or 'json'.
        Help:  --format <format>  The format.
        Usage: tool [--answers <file>] [--format <format>] [--force] [--pack <folder>]
          See 'tool --help' for more information.
        """)
    let inCheck = CommandLineError(.unknownOption("--pac", suggestion: "--pack"), path: ["check"])
    #expect(
      UsageErrorText.text(for: inCheck, root: Sample.root) == """
        Error: Unknown option '--pac'. Did you mean '--pack'?
        Usage: tool check [--pack <folder>]
          See 'tool check --help' for more information.
        """)
  }
}
