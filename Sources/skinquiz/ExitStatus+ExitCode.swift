import ArgumentParser
import SkinQuizCore

extension ExitStatus {
  /// The error that makes the command exit with this status.
  var exitCode: ExitCode { ExitCode(rawValue) }
}
