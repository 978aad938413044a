/// Why a command line did not parse: each names the offending word.
///
/// The messages are swift-argument-parser's, which the program printed before it had a parser
/// of its own; scripts and people may match them.
public enum ParseError: Error, Sendable, Equatable {
  /// A word that looks like an option but is none of the command's; with the nearest name.
  case unknownOption(String, suggestion: String?)
  /// An option that takes a value came last, or before another option.
  case missingValue(option: String)
  /// A value that is not one of the option's values.
  case invalidValue(String, option: String)
  /// A flag was given a value (`--force=yes`).
  case unexpectedValue(String, flag: String)
  /// Words the command does not take.
  case unexpectedArguments([String])
  /// A word where a subcommand's name belongs that names none, with the nearest name.
  case unknownCommand(String, suggestion: String?)
  /// A required positional argument was left out.
  case missingArgument(valueName: String)
  /// An option of a command given to one of its subcommands, which does not take it.
  case optionOfAnotherCommand(option: String, owner: String, subcommand: String)
  /// `--generate-completion-script` for a shell there is no script for.
  case unsupportedShell(String)
  /// `--generate-completion-script` without a shell, and `$SHELL` names none there is a
  /// script for: its value, or `nil` when it is not set.
  case shellNotDetected(String?)

  /// Whether the error is about an option's value, which `--help` does not override.
  var isAboutAValue: Bool {
    switch self {
    case .missingValue, .invalidValue, .unexpectedValue: true
    default: false
    }
  }

  /// The message after "Error: ", for a command whose options are `options`.
  func message(options: [Option]) -> String {
    switch self {
    case .unknownOption(let word, let suggestion):
      return "Unknown option '\(word)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? "")
    case .missingValue(let option):
      return "Missing value for '\(synopsis(option, options))'"
    case .invalidValue(let value, let option):
      let allowed = options.first { $0.name == option }?.values.map { "'\($0.name)'" } ?? []
      let list =
        allowed.count > 1
        ? allowed.dropLast().joined(separator: ", ") + " or " + (allowed.last ?? "")
        : allowed.joined()
      return "The value '\(value)' is invalid for '\(synopsis(option, options))'. "
        + "Please provide one of \(list)."
    case .unexpectedValue(let value, let flag):
      return "The option '--\(flag)' does not take any value, but '\(value)' was specified."
    case .unexpectedArguments(let words):
      guard words.count > 1 else { return "Unexpected argument '\(words.joined())'" }
      return "\(words.count) unexpected arguments: '\(words.joined(separator: "', '"))'"
    case .unknownCommand(let word, let suggestion):
      return "Unknown command '\(word)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? "")
    case .missingArgument(let valueName):
      return "Missing expected argument '<\(valueName)>'"
    case .optionOfAnotherCommand(let option, let owner, let subcommand):
      return "'--\(option)' is an option of '\(owner)', not of '\(subcommand)'"
    case .unsupportedShell(let shell):
      return "Can't generate completion scripts for '\(shell)'.\n" + Self.shellList
    case .shellNotDetected(let path):
      let found = path.map { "$SHELL is '\($0)'" } ?? "$SHELL is not set"
      return "Can't autodetect a supported shell (\(found)).\n" + Self.shellList
    }
  }

  /// How to name a shell, for the errors about shells.
  private static let shellList =
    "Please use --generate-completion-script=<shell> with one of:\n    "
    + Shell.allCases.map(\.rawValue).joined(separator: " ")

  /// The "Help:" line that follows the message for errors about an option's value: the option
  /// and what it does.
  func helpLine(options: [Option]) -> String? {
    switch self {
    case .missingValue(let option), .invalidValue(_, let option):
      guard let found = options.first(where: { $0.name == option }) else { return nil }
      return "\(found.synopsis)  \(found.help)"
    default:
      return nil
    }
  }

  private func synopsis(_ option: String, _ options: [Option]) -> String {
    options.first { $0.name == option }?.synopsis ?? "--\(option)"
  }
}
