import ArgumentParser
import Foundation
import SkinQuizCore

/// Prints problems on standard error and turns them into the documented exit codes.
enum Failure {
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
    for diagnostic in diagnostics { write("\(diagnostic)\n") }
  }

  /// Prints `skinquiz: error: message` on standard error.
  static func report(_ message: String) {
    write("skinquiz: error: \(message)\n")
  }

  /// Prints `skinquiz: message` on standard error.
  static func note(_ message: String) {
    write("skinquiz: \(message)\n")
  }

  private static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
