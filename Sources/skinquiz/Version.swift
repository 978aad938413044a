import DefaultPack

/// The program's version and its built-in pack's, for `--version`.
enum Version {
  /// The program's version, defined here and nowhere else.
  ///
  /// HelpTests reads it here, and checks every copy of the `--version` line in README.md and
  /// Docs/ against what the program prints.
  static let program = "0.1.0"

  /// `skinquiz VERSION (built-in pack: ID VERSION)`.
  ///
  /// Part of the command-line description, built on every parsed run, so it names the pack
  /// without building it.
  static var description: String {
    "skinquiz \(program) (built-in pack: \(DefaultPack.identity.id) \(DefaultPack.identity.version))"
  }
}
