/// What is printed on standard error for a usage error: the message, the usage of the command,
/// and where its help is, as swift-argument-parser printed it.
public enum UsageErrorText {
  /// The text for a command line that did not parse, without a final line break; `help`, when
  /// given, is the "Help:" line in place of the error's own.
  public static func text(
    for error: CommandLineError, root: Command, help: String? = nil
  ) -> String {
    let stack = root.stack(for: error.path)
    let options = stack[stack.count - 1].options
    return text(
      message: error.reason.message(options: options),
      help: help ?? error.reason.helpLine(options: options), stack: stack)
  }

  /// The text for `message` about the command at the end of `stack`, with a "Help:" line
  /// when `help` is given.
  public static func text(message: String, help: String? = nil, stack: [Command]) -> String {
    let name = stack.map(\.name).joined(separator: " ")
    let usage = HelpText.hangingIndent(HelpText(stack: stack).usage, by: 7)
    return "Error: \(message)\n" + (help.map { "Help:  \($0)\n" } ?? "") + "Usage: \(usage)\n"
      + "  See '\(name) --help' for more information."
  }
}
