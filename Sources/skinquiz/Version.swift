import DefaultPack

/// The program's version and its built-in pack's, for `--version`.
enum Version {
  /// The program's version.
  static let program = "0.1.0"

  /// `skinquiz 0.1.0 (built-in pack: microneedling 1.0.0)`.
  ///
  /// Read by ArgumentParser on every parsed run, so it names the pack without building it.
  static var description: String {
    "skinquiz \(program) (built-in pack: \(DefaultPack.identity.id) \(DefaultPack.identity.version))"
  }
}
