import CommandLineKit
import SkinQuizCore

/// The `skinquiz` command: takes the quiz, or turns an answers file into a result.
@main
enum SkinQuiz {
  /// Parses the command line and runs; with no arguments at all, starts the quiz at once.
  static func main() {
    StandardDescriptors.holdClosed()
    refuseArgumentsThatAreNotUTF8()
    do {
      if CommandLine.arguments.count == 1 {
        try QuizCommand().run()
        return
      }
      let request = try CommandLineParser(root: commandLine).parse(
        Array(CommandLine.arguments.dropFirst()))
      switch request {
      case .run(let parsed): try run(parsed)
      case .help(let path):
        write(HelpText(stack: commandLine.stack(for: path)).rendered(width: helpWidth) + "\n")
      case .version: write(Version.description + "\n")
      case .completionScript(let named):
        let shell = try named ?? Shell(loginShell: Environment.current["SHELL"])
        write(CompletionScript(root: commandLine).text(for: shell))
      }
    } catch {
      exit(with: error)
    }
  }

  /// Runs the command `parsed` names.
  private static func run(_ parsed: ParsedCommandLine) throws {
    switch parsed.path.first {
    case "check": try CheckCommand(parsed).run()
    case "questionnaire": try QuestionnaireCommand(parsed).run()
    case "batch": try BatchCommand(parsed).run()
    default:
      if let prefix = parsed.value(ManualRequest.option.name) {
        write(try ManualRequest.page(prefix: prefix))
      } else {
        try QuizCommand(parsed).run()
      }
    }
  }

  /// Writes help and other answers as results are written, so that a full or closed standard
  /// output is an error (74), not a silent success.
  private static func write(_ text: String) {
    do {
      try StandardOutput.emit(text)
    } catch {
      exitProcess(ExitStatus.ioError.rawValue)
    }
  }

  /// Ends the process for `error`: its status, after its message when it has one to print.
  private static func exit(with error: any Error) -> Never {
    switch error {
    case let code as ExitCode:
      exitProcess(code.rawValue)
    case let error as CommandLineError:
      StandardError.usage(
        UsageErrorText.text(for: error, root: commandLine, help: answersFileHint(for: error)))
    case let error as UsageError:
      StandardError.usage(UsageErrorText.text(message: error.message, stack: [commandLine]))
    default:
      StandardError.usage("Error: \(error)")
      exitProcess(1)
    }
    exitProcess(ExitStatus.usage.rawValue)
  }

  /// How to score the answers in a file named without `--answers`, the likeliest slip.
  ///
  /// `nil` for any other error, or for a word that names no answers file.
  private static func answersFileHint(for error: CommandLineError) -> String? {
    guard error.path.isEmpty, case .unexpectedArguments(let words) = error.reason,
      words.count == 1, let word = words.first
    else { return nil }
    let isAnswersName = [".json", ".yaml", ".yml"].contains { word.lowercased().hasSuffix($0) }
    guard isAnswersName || TypedPath.isRegularFile(word) else { return nil }
    // Quoted for the shell when it needs to be, so that the line can be copied.
    return "skinquiz --answers \(Shell.typed(word))  scores the answers in that file"
  }

  /// The width to wrap the help to: `$COLUMNS` when it is a positive number (0 or less wrapped
  /// every word to a line of its own), else the terminal's, else 80.
  private static var helpWidth: Int {
    Environment.current["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
      ?? TTY.columns(of: STDOUT_FILENO) ?? 80
  }

  /// Refuses an argument that is not UTF-8.
  ///
  /// Swift reads arguments as UTF-8 and replaces what is not: a file name that is not UTF-8
  /// would silently become another name (another file created, or "no such file").
  private static func refuseArgumentsThatAreNotUTF8() {
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
      exitProcess(ExitStatus.usage.rawValue)
    }
  }
}

/// Ends the process with `status`: the C library's `exit`, which `SkinQuiz.exit(with:)` hides.
private func exitProcess(_ status: Int32) -> Never {
  exit(status)
}
