/// A command's help, laid out as swift-argument-parser 1.8.2 laid it out: the overview, the
/// usage, then the arguments, options and subcommands with their descriptions in column 26.
public struct HelpText: Sendable {
  /// The commands from the root to the one whose help this is.
  public var stack: [Command]

  /// The help of the last command of `stack`.
  public init(stack: [Command]) {
    self.stack = stack
  }

  /// The column where descriptions start.
  static let column = 26

  private var command: Command { stack[stack.count - 1] }

  /// The help, wrapped to `width` columns, without a final line break.
  public func rendered(width: Int) -> String {
    let overview =
      ([command.abstract, command.discussion] + command.sections.map { $0.text(width: width) })
      .filter { !$0.isEmpty }.joined(separator: "\n\n")
    var text = Paragraph.wrapped("OVERVIEW: " + overview, columns: width) + "\n\n"
    text += "USAGE: " + Self.hangingIndent(usage, by: 7) + "\n\n"
    let sections = [
      ("ARGUMENTS", command.arguments.map { argumentItem($0, width: width) }),
      (
        "OPTIONS",
        command.options.filter { !$0.isHidden }.map { optionItem($0, width: width) }
          + standardItems(width: width)
      ),
      ("SUBCOMMANDS", command.subcommands.map { item($0.name, $0.abstract, width: width) }),
    ].filter { !$0.1.isEmpty }
    text += sections.map { "\($0.0):\n" + $0.1.joined() }.joined(separator: "\n")
    if !command.subcommands.isEmpty {
      let names = [stack[0].name, "help"] + stack.dropFirst().map(\.name)
      text += "\n  See '\(names.joined(separator: " ")) <subcommand>' for detailed help."
    }
    return text
  }

  /// The usage lines: the command's own, or its options and arguments in a line.
  public var usage: String {
    if let usage = command.usage { return usage }
    let words =
      [stack.map(\.name).joined(separator: " ")]
      + command.options.filter { !$0.isHidden }.map { "[\($0.synopsis)]" }
      + command.arguments.map(\.synopsis)
    return words.joined(separator: " ")
  }

  /// `--version` (when the program has a version) and `--help`, which every command takes.
  private func standardItems(width: Int) -> [String] {
    (stack[0].version == nil ? [] : [item("--version", "Show the version.", width: width)])
      + [item("-h, --help", "Show help information.", width: width)]
  }

  private func argumentItem(_ argument: Positional, width: Int) -> String {
    let help = argument.help + (argument.defaultValue.map { " (default: \($0))" } ?? "")
    return item("<\(argument.valueName)>", help, width: width)
  }

  private func optionItem(_ option: Option, width: Int) -> String {
    var text = item(option.synopsis, option.help, width: width)
    for value in option.values {
      let label = String(repeating: " ", count: 8) + value.name
      let help = Paragraph.wrapped("- " + value.help, columns: width, indent: Self.column + 2)
      // The "- " stands in column 26, and the lines after it two columns further in.
      text +=
        label.count < Self.column
        ? label + help.dropFirst(label.count + 2) + "\n"
        : label + "\n" + help.dropFirst(2) + "\n"
    }
    return text
  }

  /// A label and its description: beside it from column 26, or below it when it is longer.
  private func item(_ label: String, _ description: String, width: Int) -> String {
    let label = "  " + label
    let wrapped = Paragraph.wrapped(description, columns: width, indent: Self.column)
    guard label.count < Self.column else { return label + "\n" + wrapped + "\n" }
    return label + wrapped.dropFirst(label.count) + "\n"
  }

  /// `text` with every line but the first indented by `count` spaces (empty lines stay empty).
  static func hangingIndent(_ text: String, by count: Int) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let spaces = String(repeating: " ", count: count)
    return lines.enumerated().map {
      $0.offset == 0 || $0.element.isEmpty ? $0.element : spaces + $0.element
    }
    .joined(separator: "\n")
  }
}
