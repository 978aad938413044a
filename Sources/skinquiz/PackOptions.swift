import ArgumentParser

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The `--pack` option, shared by `skinquiz` and `skinquiz check`.
struct PackOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Use the pack in this folder instead of the built-in microneedling pack (also: $SKINQUIZ_PACK).",
      valueName: "folder"),
    completion: .directory)
  var pack: String?

  /// The pack chosen by the option or the environment.
  var source: PackSource {
    PackSource(folder: pack, environment: ProcessInfo.processInfo.environment)
  }
}
