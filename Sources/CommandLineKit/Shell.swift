/// The shells a completion script is written for.
///
/// In the order the error for an unknown shell lists them.
public enum Shell: String, Sendable, CaseIterable {
  case zsh
  case bash
  case fish

  /// The shell at the path `$SHELL` names, such as `/usr/bin/zsh`, if it is one of these.
  ///
  /// - Throws: `shellNotDetected` when it is not.
  public init(loginShell path: String?) throws(CommandLineError) {
    let name = path?.split(separator: "/").last.map(String.init) ?? ""
    guard let shell = Shell(rawValue: name) else {
      throw CommandLineError(.shellNotDetected, path: [])
    }
    self = shell
  }
}
