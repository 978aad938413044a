import SkinQuizCore

/// The program's version and its built-in pack's, for `--version`.
enum Version {
  /// The program's version.
  static let program = "0.1.0"

  /// `skinquiz 0.1.0 (built-in pack: microneedling 1.0.0)`.
  static var description: String {
    let outcome = PackLoader.load(PackOptions.builtIn)
    let pack = outcome.pack.map { "\($0.id) \($0.version)" } ?? "invalid"
    return "skinquiz \(program) (built-in pack: \(pack))"
  }
}
