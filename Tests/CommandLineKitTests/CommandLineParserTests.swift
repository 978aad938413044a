import CommandLineKit
import Testing

/// How words become a request: values, flags, subcommands, positional arguments, and what is
/// refused.
@Suite struct CommandLineParserTests {
  @Test func an_option_takes_the_next_word_or_the_text_after_its_equals_sign() throws {
    let spaced = try #require(Sample.run(["--answers", "a.json", "--force"]))
    #expect(spaced.value("answers") == "a.json")
    #expect(spaced.flag("force"))
    #expect(!spaced.flag("plain"))
    let joined = try #require(Sample.run(["--answers=a=b.json", "--answers="]))
    #expect(joined.value("answers") == "", "the last one given wins")
    #expect(Sample.run(["--answers=a=b.json"])?.value("answers") == "a=b.json")
  }

  @Test func a_dash_alone_is_a_value_but_another_option_is_not() {
    #expect(Sample.run(["--answers", "-"])?.value("answers") == "-")
    #expect(
      Sample.error(["--answers", "--force"]) == .init(.missingValue(option: "answers"), path: []))
    #expect(Sample.error(["--answers"]) == .init(.missingValue(option: "answers"), path: []))
  }

  @Test func a_value_outside_the_list_is_refused_and_a_listed_one_converts() {
    enum Format: String { case text, json }
    #expect(Sample.run(["--format", "json"])?.value("format", as: Format.self) == .json)
    #expect(
      Sample.error(["--format", "pdf"]) == .init(.invalidValue("pdf", option: "format"), path: []))
  }

  @Test func unknown_options_are_refused_with_the_nearest_name() {
    #expect(
      Sample.error(["--answer"])
        == .init(.unknownOption("--answer", suggestion: "--answers"), path: []))
    #expect(
      Sample.error(["--zzzzzz"]) == .init(.unknownOption("--zzzzzz", suggestion: nil), path: []))
    #expect(Sample.error(["-x"]) == .init(.unknownOption("-x", suggestion: nil), path: []))
    #expect(
      Sample.error(["--secre"]) == .init(.unknownOption("--secre", suggestion: nil), path: []),
      "hidden")
    #expect(
      Sample.error(["--force=yes"]) == .init(.unexpectedValue("yes", flag: "force"), path: []))
  }

  @Test func a_subcommand_takes_its_own_options_and_arguments() throws {
    let parsed = try #require(Sample.run(["batch", "in.jsonl", "--format", "json", "--pack", "p"]))
    #expect(parsed.path == ["batch"])
    #expect(parsed.arguments == ["in.jsonl"])
    #expect(parsed.values == ["format": "json", "pack": "p"])
    #expect(Sample.run(["batch"])?.arguments == ["-"], "the default")
    #expect(
      Sample.error(["batch", "--format", "text"])
        == .init(.invalidValue("text", option: "format"), path: ["batch"]))
  }

  @Test func an_option_of_the_root_after_a_subcommand_is_refused_naming_both() {
    let expected = CommandLineError(
      .optionOfAnotherCommand(option: "force", owner: "tool", subcommand: "tool check"),
      path: ["check"])
    #expect(Sample.error(["check", "--force"]) == expected)
    #expect(Sample.error(["--force", "check"]) == expected, "before it, it would be ignored too")
    #expect(Sample.run(["--pack", "p", "check"])?.value("pack") == "p", "check has --pack too")
  }

  @Test func extra_and_missing_arguments_are_refused() {
    #expect(Sample.error(["chek"]) == .init(.unknownCommand("chek", suggestion: "check"), path: []))
    #expect(Sample.error(["xyz", "a"]) == .init(.unexpectedArguments(["xyz", "a"]), path: []))
    #expect(
      Sample.error(["check", "a", "b"]) == .init(.unexpectedArguments(["a", "b"]), path: ["check"]))
    #expect(Sample.error(["copy"]) == .init(.missingArgument(valueName: "from"), path: ["copy"]))
    #expect(Sample.error(["--", "check"]) == .init(.unexpectedArguments(["check"]), path: []))
    #expect(Sample.run(["copy", "--", "--force"])?.arguments == ["--force"])
  }

  @Test func help_and_version_win_over_errors_but_not_over_a_bad_value() throws {
    #expect(try Sample.parse(["--bogus", "--help"]).get() == .help([]))
    #expect(try Sample.parse(["check", "-h"]).get() == .help(["check"]))
    #expect(try Sample.parse(["--help", "check"]).get() == .help([]))
    #expect(try Sample.parse(["help", "batch"]).get() == .help(["batch"]))
    #expect(
      Sample.error(["help", "nothing"])
        == .init(.unknownCommand("nothing", suggestion: nil), path: []))
    #expect(
      Sample.error(["help", "bach"])
        == .init(.unknownCommand("bach", suggestion: "batch"), path: []))
    #expect(try Sample.parse(["help", "check", "--pack", "x"]).get() == .help(["check"]))
    #expect(try Sample.parse(["check", "--version"]).get() == .version)
    #expect(Sample.error(["--format", "pdf", "--help"]) != nil)
  }

  @Test func completion_scripts_are_asked_for_by_shell() throws {
    #expect(
      try Sample.parse(["--generate-completion-script", "fish"]).get() == .completionScript(.fish))
    #expect(try Sample.parse(["--generate-completion-script=zsh"]).get() == .completionScript(.zsh))
    #expect(
      Sample.error(["--generate-completion-script", "csh"])
        == .init(.unsupportedShell("csh"), path: []))
  }

  @Test func without_a_shell_the_login_shell_is_taken_if_there_is_a_script_for_it() throws {
    #expect(try Sample.parse(["--generate-completion-script"]).get() == .completionScript(nil))
    #expect(
      try Sample.parse(["--generate-completion-script", "--help"]).get() == .completionScript(nil))
    #expect(try Shell(loginShell: "/usr/bin/zsh") == .zsh)
    #expect(throws: CommandLineError(.shellNotDetected("/bin/tcsh"), path: [])) {
      try Shell(loginShell: "/bin/tcsh")
    }
    #expect(throws: CommandLineError(.shellNotDetected(nil), path: [])) {
      try Shell(loginShell: nil)
    }
  }

  @Test func a_value_carried_into_a_subcommand_is_checked_against_the_subcommands_values() {
    // The root's --format takes text and json; batch's only json. Carried over unchecked, the
    // program got a value it cannot convert and silently used its default instead.
    #expect(
      Sample.error(["--format", "text", "batch"])
        == .init(.invalidValue("text", option: "format"), path: ["batch"]))
    #expect(Sample.run(["--format", "json", "batch"])?.value("format") == "json")
  }

  @Test func an_equals_sign_before_a_combining_mark_still_ends_the_option_name() {
    // "=" followed by U+0301 is one Character, so a Character-wise split missed the "=".
    #expect(Sample.run(["--answers=\u{301}x.json"])?.value("answers") == "\u{301}x.json")
  }
}
