/// A command as data: what `--help`, the parser, the completion scripts and the manual page are
/// all made from, so that none of them can say something the others do not.
public struct Command: Sendable {
  /// The word that runs it: the program's name for the root, else the subcommand's.
  public var name: String
  /// One line: what the command is for.
  public var abstract: String
  /// The usage lines, written by hand; `nil` to have them made from the options and arguments.
  ///
  /// Lines after the first are indented as they should stand under the first line's start.
  public var usage: String?
  /// Paragraphs shown after the abstract, each line shorter than 80 columns.
  public var discussion: String
  /// The headed lists after the discussion (examples, environment, files, exit codes), which
  /// also become sections of the manual page.
  public var sections: [HelpSection]
  /// What `--version` prints; given on the root, it serves every subcommand.
  public var version: String?
  /// The named options and flags, in the order the help lists them.
  public var options: [Option]
  /// The positional arguments, in order.
  public var arguments: [Positional]
  /// The subcommands, in the order the help lists them.
  public var subcommands: [Command]

  /// A command; only the name and the abstract are required.
  public init(
    name: String, abstract: String, usage: String? = nil, discussion: String = "",
    sections: [HelpSection] = [], version: String? = nil, options: [Option] = [],
    arguments: [Positional] = [], subcommands: [Command] = []
  ) {
    self.name = name
    self.abstract = abstract
    self.usage = usage
    self.discussion = discussion
    self.sections = sections
    self.version = version
    self.options = options
    self.arguments = arguments
    self.subcommands = subcommands
  }

  /// The option named `name` (without its dashes), if the command has one.
  public func option(named name: String) -> Option? {
    options.first { $0.name == name }
  }

  /// The subcommand named `name`, if there is one.
  public func subcommand(named name: String) -> Command? {
    subcommands.first { $0.name == name }
  }

  /// The commands from this one down the subcommands named in `path`, as far as they exist.
  public func stack(for path: [String]) -> [Command] {
    var stack = [self]
    for name in path {
      guard let next = stack[stack.count - 1].subcommand(named: name) else { break }
      stack.append(next)
    }
    return stack
  }
}
