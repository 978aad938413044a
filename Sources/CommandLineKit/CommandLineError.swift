/// A command line that did not parse, with the command it was for, whose usage follows the
/// message.
public struct CommandLineError: Error, Sendable, Equatable {
  /// What is wrong.
  public var reason: ParseError
  /// The subcommands' names after the program's: whose usage and options the message shows.
  public var path: [String]

  /// An error for the command at `path`.
  public init(_ reason: ParseError, path: [String]) {
    self.reason = reason
    self.path = path
  }
}
