import CommandLineKit
import SkinQuizCore

/// The command line of `skinquiz`, as data: the parser, `--help`, the usage in errors, the
/// completion scripts and the manual page are all made from it.
extension SkinQuiz {
  /// The root command, with its subcommands.
  static let commandLine = Command(
    name: "skinquiz",
    abstract: "Find out whether microneedling fits your skin goals and your health.",
    // Written by hand: one line per command reads better than a generated one, and stays
    // within 80 columns. HelpTests checks that it names every option.
    usage: """
      skinquiz [--answers <file>] [--output <file>] [--format <format>]
               [--force] [--plain] [--no-color] [--draft <file>] [--pack <folder>]
      skinquiz check [--pack <folder>]
      skinquiz questionnaire [--pack <folder>]
      skinquiz batch [<file>] [--format json|fhir] [--pack <folder>]
      """,
    discussion: introduction,
    sections: sections,
    version: Version.description,
    options: [
      .value(
        "answers", valueName: "file",
        help: "Read the answers from a JSON or YAML file, or a FHIR QuestionnaireResponse ('-' "
          + "for standard input), instead of asking.",
        completion: .file(extensions: ["json", "yaml", "yml"])),
      .value(
        "output", valueName: "file",
        help: "Also save the result to this file, whole or not at all, readable only by you.",
        completion: .file(extensions: [])),
      .value(
        "format", valueName: "format",
        help: "The format of what is printed and of the --output file. Without it, text is "
          + "printed and the --output file's extension chooses its format.",
        values: ResultFormat.optionValues),
      .flag("force", help: "Replace the --output file if it exists."),
      .flag(
        "plain", help: "Ask line by line on standard input and output, without full-screen drawing."
      ),
      .flag("no-color", help: "Draw without color (as does setting NO_COLOR)."),
      .value(
        "draft", valueName: "file",
        help: "Keep your answers in this file as you go (readable only by you); start again with "
          + "the same file to carry on where you stopped.",
        completion: .file(extensions: [])),
      PackOption.option,
      ManualRequest.option,
    ],
    subcommands: [
      CheckCommand.commandLine, QuestionnaireCommand.commandLine, BatchCommand.commandLine,
    ]
  )
}
