import ArgumentParser
import CursesTerminal
import SkinQuizCore
import SkinQuizTUI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The `skinquiz` command: takes the quiz, or turns an answers file into a result.
@main
struct SkinQuiz: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "skinquiz",
    abstract: "Find out whether microneedling fits your skin goals and your health.",
    // The generated usage ends in "<subcommand>", which reads as if one were needed, and runs
    // past 80 columns. ArgumentParser indents the lines after the first as far as "USAGE: ".
    // HelpTests checks that it names every option.
    usage: """
      skinquiz [--answers <file>] [--output <file>] [--format <format>]
               [--force] [--plain] [--no-color] [--draft <file>] [--pack <folder>]
      skinquiz check [--pack <folder>]
      """,
    discussion: discussion,
    version: Version.description,
    subcommands: [CheckCommand.self, QuestionnaireCommand.self, BatchCommand.self]
  )

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Read the answers from a JSON or YAML file, or a FHIR QuestionnaireResponse ('-' for "
        + "standard input), instead of asking.",
      valueName: "file"),
    completion: .file(extensions: ["json", "yaml", "yml"]))
  var answers: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Also save the result to this file, whole or not at all, readable only by you.",
      valueName: "file"),
    completion: .file())
  var output: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The format of what is printed and of the --output file. Without it, text is printed and the --output file's extension chooses its format.",
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
      valueName: "file"),
    completion: .file())
  var draft: String?

  @OptionGroup var pack: PackOptions

  /// Parses the command line and runs; with no arguments at all, starts the quiz at once.
  ///
  /// There is nothing to parse then, yet ArgumentParser's reflection over the options was a
  /// third of the work before the first screen (BENCHMARKS.md). Errors are reported exactly as
  /// after parsing.
  static func main() {
    StandardDescriptors.holdClosed()
    // Swift reads arguments as UTF-8 and replaces what is not: a file name that is not UTF-8
    // would silently become another name (another file created, or "no such file"). Refused.
    for index in 1..<max(1, Int(CommandLine.argc)) {
      guard let argument = CommandLine.unsafeArgv[index], String(validatingCString: argument) == nil
      else { continue }
      // Shown byte by byte: printable ASCII as it is, anything else as \xFF.
      var shown = ""
      var byte = argument
      while byte.pointee != 0 {
        let value = UInt8(bitPattern: byte.pointee)
        shown +=
          (0x20..<0x7F).contains(value)
          ? String(UnicodeScalar(value))
          : "\\x" + (value < 16 ? "0" : "") + String(value, radix: 16, uppercase: true)
        byte += 1
      }
      StandardError.report(
        "argument \(index) is not valid UTF-8 text ('\(shown)'); SkinQuiz takes names in UTF-8: "
          + "rename the file, or use a link with a UTF-8 name")
      exitProcess(ExitStatus.usage.exitCode.rawValue)
    }
    do {
      if CommandLine.arguments.count == 1 {
        try QuizCommand().run()
      } else {
        var command = try parseAsRoot()
        try command.run()
      }
    } catch let code as ExitCode {
      // Quitting is an exit code with its message already printed: ArgumentParser would build
      // the whole help text to find it has nothing to add, a quarter of the run.
      exitProcess(code.rawValue)
    } catch {
      // --help and --version end here with what to print: written as results are, so that a
      // full or closed standard output is an error (74), not a silent success.
      if exitCode(for: error) == .success {
        let message = fullMessage(for: error)
        do {
          if !message.isEmpty { try StandardOutput.emit(message + "\n") }
        } catch {
          exitProcess(ExitStatus.ioError.exitCode.rawValue)
        }
        exitProcess(0)
      }
      exit(withError: error)
    }
  }

  func run() throws {
    try QuizCommand(
      answers: answers, output: output, format: format, force: force, plain: plain,
      noColor: noColor, draft: draft, packFolder: pack.pack
    ).run()
  }
}

/// Ends the process with `status`; the C library's `exit`, which inside a command's methods
/// `ParsableCommand.exit(withError:)` hides.
private func exitProcess(_ status: Int32) -> Never {
  exit(status)
}
