import SkinQuizCore

/// Prints problems on standard error and turns them into the documented exit codes.
enum StandardError {
  /// Runs `body`; on an error, prints it and exits with its code.
  static func exitOnError<T>(_ body: () throws(SkinQuizError) -> T) throws -> T {
    do {
      return try body()
    } catch {
      try exit(with: error)
    }
  }

  /// Prints `error` and exits with its code.
  static func exit(with error: SkinQuizError) throws -> Never {
    switch error {
    case .invalidPack(let diagnostics), .invalidAnswers(let diagnostics):
      print(diagnostics)
      let what = if case .invalidPack = error { "the pack" } else { "the answers" }
      report("\(diagnostics.errorsCounted) in \(what); nothing was written")
    case .outputExists:
      report(error.description + "; use --force to replace it")
    default:
      report(error.description)
    }
    throw error.exitStatus.exitCode
  }

  /// Prints diagnostics on standard error, one per line.
  static func print(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics { writeStandardError("\(diagnostic)\n") }
  }

  /// Prints `skinquiz: error: message` on standard error.
  static func report(_ message: String) {
    writeStandardError("skinquiz: error: \(message)\n")
  }

  /// Prints `skinquiz: message` on standard error.
  static func note(_ message: String) {
    writeStandardError("skinquiz: \(message)\n")
  }

  /// Writes to standard error, and carries on whatever happens: a diagnostic that cannot be
  /// written (standard error closed, full, or a broken pipe with SIGPIPE ignored) must never
  /// end a run. (`FileHandle.standardError.write` trapped on such a failure: exit 132.)
  private static func writeStandardError(_ text: String) {
    _ = WholeWrite.text(text, to: STDERR_FILENO)
  }
}

extension StandardError {
  /// Prints a usage error's text (see `UsageErrorText`) and a line break on standard error.
  static func usage(_ text: String) {
    _ = WholeWrite.text(text + "\n", to: STDERR_FILENO)
  }
}
