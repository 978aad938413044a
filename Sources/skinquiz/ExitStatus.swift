/// The exit statuses that skinquiz documents (Docs/command-line.md, "Exit codes"), with what
/// each means.
///
/// They belong to the command: the libraries report errors and outcomes, and the command alone
/// decides how the process ends (`ExitStatus+Causes.swift`). The help's "Exit codes:" list and
/// skinquiz(1) are made from these. Ending by a signal is listed there too, but is not a status
/// the program chooses.
enum ExitStatus: Int32, CaseIterable, Sendable {
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
}
