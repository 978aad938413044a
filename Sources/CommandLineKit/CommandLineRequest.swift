/// What a command line asks for: a run, or one of the answers every command gives.
public enum CommandLineRequest: Sendable, Equatable {
  /// Run the command, with these values.
  case run(ParsedCommandLine)
  /// Print the help of the command at this path (`[]` for the root).
  case help([String])
  /// Print the version.
  case version
  /// Print a completion script for this shell; `nil` when none was named, for the shell the
  /// person logs in with (see ``Shell/init(loginShell:)``).
  case completionScript(Shell?)
}
