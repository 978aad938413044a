import ArgumentParser

/// The exit statuses that skinquiz documents (contract section 7), with what each means.
///
/// The help's "Exit codes:" list and skinquiz(1) are made from these. Ending by a signal is
/// listed there too, but is not a status the program chooses.
enum ExitStatus: Int32, CaseIterable {
  case success = 0
  case quit = 1
  case usage = 64
  case invalidInput = 65
  case unreadableInput = 66
  case cannotCreateOutput = 73
  case ioError = 74

  /// What the status tells the person or script that ran skinquiz.
  var meaning: String {
    switch self {
    case .success: "success"
    case .quit: "you quit before finishing"
    case .usage: "usage error: an unknown option or a bad value"
    case .invalidInput: "invalid answers or pack (located messages on standard error)"
    case .unreadableInput: "an input file or folder is missing or unreadable"
    case .cannotCreateOutput:
      "the output file cannot be created: it exists (without --force), its folder is missing, "
        + "or no permission"
    case .ioError: "other input/output error, such as a full disk; a previous file is left intact"
    }
  }

  /// The error that makes the command exit with this status.
  var exitCode: ExitCode { ExitCode(rawValue) }
}
