import CommandLineKit

/// The `--pack` option, which every command takes.
enum PackOption {
  /// Its description.
  static let option = Option.value(
    "pack", valueName: "folder",
    help:
      "Use the pack in this folder instead of the built-in microneedling pack (also: "
      + "$SKINQUIZ_PACK).",
    completion: .folder)

  /// The pack that `--pack` in `parsed`, else the environment, chooses.
  static func source(_ parsed: ParsedCommandLine) -> PackSource {
    PackSource(folder: parsed.value("pack"), environment: Environment.current)
  }
}
