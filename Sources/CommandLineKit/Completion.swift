/// What a shell offers for an option's value or a positional argument.
public enum Completion: Sendable, Equatable {
  /// Nothing in particular (the shell's default).
  case none
  /// Files, only those ending in one of `extensions` when it is not empty, and folders to
  /// reach them.
  case file(extensions: [String])
  /// Folders only.
  case folder
  /// These words.
  case list([String])
}
