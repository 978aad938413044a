/// The shells a completion script is written for.
///
/// In the order the error for an unknown shell lists them.
public enum Shell: String, Sendable, CaseIterable {
  case zsh
  case bash
  case fish
}
