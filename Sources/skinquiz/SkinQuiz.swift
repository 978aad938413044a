import ArgumentParser
import Foundation
import SkinQuizCore

/// The `skinquiz` command: takes the quiz, or turns an answers file into a result.
@main
struct SkinQuiz: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "skinquiz",
    abstract: "Find out whether microneedling fits your skin goals and your health.",
    discussion: """
      Educational only, not a diagnosis: confirm with a board-certified dermatologist. \
      Your answers stay on this computer; nothing is saved unless you ask for it.

      Examples:
        skinquiz --answers answers.json
        skinquiz --answers answers.json --output summary.md
        skinquiz check --pack my-clinic-pack

      Exit codes:
        0    success
        1    you quit before finishing
        64   usage error
        65   invalid answers or pack (located message on standard error)
        66   an input file is missing or unreadable
        73   the output file cannot be created
        74   other input/output error
        129, 130, 143   ended by SIGHUP, SIGINT or SIGTERM
      """,
    version: Version.description,
    subcommands: [CheckCommand.self]
  )

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Read the answers from a JSON or YAML file ('-' for standard input) instead of asking.",
      valueName: "file"))
  var answers: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Also save the result to this file, whole or not at all, readable only by you.",
      valueName: "file"))
  var output: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The result's format; for --output the file's extension chooses it otherwise (.txt, .md, .json, .fhir.json).",
      valueName: "format"))
  var format: ResultFormat?

  @Flag(name: .long, help: "Replace the --output file if it exists.")
  var force = false

  @Flag(
    name: .long, help: "Ask line by line on standard input and output, without full-screen drawing."
  )
  var plain = false

  @Flag(name: .customLong("no-color"), help: "Draw without colour (as does setting NO_COLOR).")
  var noColor = false

  @OptionGroup var pack: PackOptions

  func run() throws {
    let pack = try Failure.exitOnError { () throws(SkinQuizError) in try self.pack.load() }
    guard let answersPath = answers else {
      Failure.report(
        "the interactive questionnaire is not available in this version; give your answers in a "
          + "file instead: skinquiz --answers answers.json (see 'skinquiz --help' and the README "
          + "for the file's format)")
      throw ExitCode(64)
    }
    let outputFormat = try outputFileFormat()
    let result = try Failure.exitOnError { () throws(SkinQuizError) in
      let text = try InputFile.read(answersPath)
      let answers = try AnswersFile.parse(
        text, file: answersPath == "-" ? "<stdin>" : answersPath, pack: pack, requireComplete: true)
      return Engine(pack: pack).result(for: answers, createdAt: Clock.now())
    }
    if let output, let outputFormat {
      try Failure.exitOnError { () throws(SkinQuizError) in
        try ResultFile.save(outputFormat.render(result), to: output, replacing: force)
      }
    }
    let stdoutFormat = format ?? .text
    print(stdoutFormat.render(result, width: TTY.columns(of: STDOUT_FILENO) ?? 80), terminator: "")
    if let output {
      Failure.note("saved your result to \(output) (readable only by you)")
    }
  }

  /// The format of the `--output` file: `--format`, or the one its extension names.
  private func outputFileFormat() throws -> ResultFormat? {
    guard let output else { return nil }
    if let format { return format }
    guard let format = ResultFormat(fileName: output) else {
      throw ValidationError(
        "cannot tell the format of '\(output)' from its name: end it in .txt, .md, .json or "
          + ".fhir.json, or give --format")
    }
    return format
  }
}

extension ResultFormat: ExpressibleByArgument {}
