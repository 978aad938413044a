/// The completion scripts for bash, zsh and fish, made from the same ``Command`` as the help, so
/// that they offer exactly the options, subcommands and values the parser takes.
///
/// They know the root and its direct subcommands (a deeper tree is not completed past its second
/// level), and need nothing but the shell: no call back into the program.
public struct CompletionScript: Sendable {
  /// The program's command.
  public var root: Command

  /// The scripts for `root`.
  public init(root: Command) {
    self.root = root
  }

  /// The script for `shell`, ending in a line break.
  public func text(for shell: Shell) -> String {
    switch shell {
    case .bash: bash
    case .zsh: zsh
    case .fish: fish
    }
  }

  /// The root and its subcommands, each with the options completion offers: its visible ones,
  /// then `--version` and `-h`/`--help`.
  var commands: [(command: Command, isRoot: Bool)] {
    [(root, true)] + root.subcommands.map { ($0, false) }
  }

  /// The visible options of `command`.
  func options(of command: Command) -> [Option] {
    command.options.filter { !$0.isHidden }
  }

  /// The flags every command takes besides its own.
  var standardFlags: [String] {
    (root.version == nil ? [] : ["--version"]) + ["-h", "--help"]
  }
}
