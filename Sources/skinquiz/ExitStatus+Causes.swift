import SkinQuizCore
import SkinQuizTUI

extension ExitStatus {
  /// The error that makes the command exit with this status.
  var exitCode: ExitCode { ExitCode(rawValue) }
}

extension SkinQuizError {
  /// The status the command exits with for this error.
  var exitStatus: ExitStatus {
    switch self {
    case .invalidPack, .invalidAnswers, .invalidSelection: .invalidInput
    case .unreadableInput: .unreadableInput
    case .outputExists, .outputNotCreated: .cannotCreateOutput
    case .outputFailed: .ioError
    }
  }
}

extension PlainSession.Outcome {
  /// The status the command exits with when the plain quiz ends so: 74 when what it wrote
  /// was lost, since the person never saw the result.
  var exitStatus: ExitStatus {
    switch self {
    case .completed: .success
    case .quit, .inputEnded: .quit
    case .outputFailed: .ioError
    }
  }
}
