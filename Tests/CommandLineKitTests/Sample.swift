import CommandLineKit

/// A small program described as SkinQuiz's is: options with and without values, a list of
/// values, a subcommand with a positional argument, and a hidden option.
enum Sample {
  static let pack = Option.value(
    "pack", valueName: "folder", help: "The pack folder.", completion: .folder)

  static let root = Command(
    name: "tool", abstract: "Do things.", discussion: "Longer text.", version: "tool 1.0",
    options: [
      .value(
        "answers", valueName: "file", help: "Read answers.", completion: .file(extensions: ["json"])
      ),
      .value(
        "format", valueName: "format", help: "The format.",
        values: [OptionValue("text", help: "plain text"), OptionValue("json", help: "JSON")]),
      .flag("force", help: "Replace files."),
      pack,
      Option(
        name: "secret", valueName: "x", help: "Hidden.", values: [], completion: .none,
        isHidden: true),
    ],
    subcommands: [
      Command(name: "check", abstract: "Check a pack.", options: [pack]),
      Command(
        name: "batch", abstract: "Many at once.",
        options: [
          .value(
            "format", valueName: "format", help: "Per line.",
            values: [OptionValue("json", help: "JSON")]),
          pack,
        ],
        arguments: [Positional(valueName: "file", help: "Input.", defaultValue: "-")]),
      Command(
        name: "copy", abstract: "Copy.",
        arguments: [Positional(valueName: "from", help: "Source.")]),
    ])

  /// What `words` parse to, or the error.
  static func parse(_ words: [String]) -> Result<CommandLineRequest, CommandLineError> {
    Result { () throws(CommandLineError) in try CommandLineParser(root: root).parse(words) }
  }

  /// The parsed run of `words`, or `nil` when they ask for something else or fail.
  static func run(_ words: [String]) -> ParsedCommandLine? {
    guard case .success(.run(let parsed)) = parse(words) else { return nil }
    return parsed
  }

  /// The error `words` give, or `nil` when they parse.
  static func error(_ words: [String]) -> CommandLineError? {
    guard case .failure(let error) = parse(words) else { return nil }
    return error
  }
}
