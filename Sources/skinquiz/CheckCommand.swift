import CommandLineKit
import SkinQuizCore

/// `skinquiz check`: validates a pack, runs its tests and proves properties of its rules.
struct CheckCommand {
  static let commandLine = Command(
    name: "check",
    abstract:
      "Check a pack: located errors, its own tests, and proofs that its rules hang together.",
    discussion: """
      Exits 0 when the pack is sound, and 65 with every problem as file:line:col: error: message \
      on standard error when it is not.
      """,
    options: [PackOption.option]
  )

  /// The pack to check.
  var source: PackSource

  init(_ parsed: ParsedCommandLine) {
    source = PackOption.source(parsed)
  }

  func run() throws {
    let files: PackFiles
    do {
      files = try source.files()
    } catch {
      // A file that is not text is a problem of the pack, reported as the loader's are.
      guard case .invalidPack(let diagnostics) = error else { try StandardError.exit(with: error) }
      try fail(diagnostics, folder: source.folder)
    }
    let outcome = PackLoader.load(files)
    guard let loaded = outcome.checkablePack else {
      try fail(outcome.diagnostics, folder: files.folder)
    }
    var report = PackChecker.check(loaded, invalidTests: outcome.invalidTests)
    // Tests that could not be read are reported with the rest.
    report.diagnostics = (outcome.diagnostics + report.diagnostics).sortedByLocation()
    StandardError.print(report.diagnostics)
    try StandardOutput.emit(report.summary + "\n")
    if !report.isSound { throw ExitStatus.invalidInput.exitCode }
  }

  /// Prints the pack's problems and a count, then exits 65.
  private func fail(_ diagnostics: [Diagnostic], folder: String) throws -> Never {
    StandardError.print(diagnostics)
    StandardError.report("pack '\(folder)' has \(diagnostics.errorsCounted)")
    throw ExitStatus.invalidInput.exitCode
  }
}
