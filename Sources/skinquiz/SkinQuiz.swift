import ArgumentParser
import CursesTerminal
import Foundation
import SkinQuizCore
import SkinQuizTUI

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
        141  standard output closed early (SIGPIPE)
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

  @Flag(name: .customLong("no-color"), help: "Draw without color (as does setting NO_COLOR).")
  var noColor = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Keep your answers in this file as you go (readable only by you); start again with the same file to carry on where you stopped.",
      valueName: "file"))
  var draft: String?

  @OptionGroup var pack: PackOptions

  /// Parses the command line and runs; with no arguments at all, starts the quiz at once.
  ///
  /// There is nothing to parse then, yet ArgumentParser's reflection over the options was a
  /// third of the work before the first screen (BENCHMARKS.md). Errors are reported exactly as
  /// after parsing.
  static func main() {
    do {
      if CommandLine.arguments.count == 1 {
        try QuizRun().run()
      } else {
        var command = try parseAsRoot()
        try command.run()
      }
    } catch let code as ExitCode {
      // Quitting is an exit code with its message already printed: ArgumentParser would build
      // the whole help text to find it has nothing to add, a quarter of the run.
      Foundation.exit(code.rawValue)
    } catch {
      exit(withError: error)
    }
  }

  func run() throws {
    try QuizRun(
      answers: answers, output: output, format: format, force: force, plain: plain,
      noColor: noColor, draft: draft, packFolder: pack.pack
    ).run()
  }
}

extension ResultFormat: ExpressibleByArgument {}
