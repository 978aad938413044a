/// Everything that can go wrong in SkinQuizCore, each with a message that says what and where.
public enum SkinQuizError: Error, Equatable, CustomStringConvertible {
  /// The pack has errors; the diagnostics say where.
  case invalidPack([Diagnostic])
  /// The answers are invalid; the diagnostics say where.
  case invalidAnswers([Diagnostic])
  /// An input file or folder is missing or cannot be read.
  case unreadableInput(path: String, reason: String)
  /// The output file exists and may not be replaced.
  case outputExists(path: String)
  /// The output file cannot be created: it is a folder, its folder is missing, no permission.
  case outputNotCreated(path: String, reason: String)
  /// A front end gave the quiz an answer that is not valid for the question asked.
  case invalidSelection(String)
  /// Writing the output failed part-way (a full disk, an I/O error); nothing was replaced.
  case outputFailed(path: String, reason: String)

  /// The message for people, naming the file and what is wrong.
  public var description: String {
    switch self {
    case .invalidPack(let diagnostics), .invalidAnswers(let diagnostics):
      return diagnostics.sortedByLocation().map(\.description).joined(separator: "\n")
    case .invalidSelection(let message):
      return message
    case .unreadableInput(let path, let reason):
      return "cannot read '\(path)': \(reason)"
    case .outputExists(let path):
      return "cannot create '\(path)': it already exists"
    case .outputNotCreated(let path, let reason):
      return "cannot create '\(path)': \(reason)"
    case .outputFailed(let path, let reason):
      return "cannot write '\(path)': \(reason); nothing was saved"
    }
  }
}

extension SkinQuizError {
  /// The system's reason for `code` (an `errno`), in the words the messages use.
  public static func reason(forErrno code: Int32) -> String {
    switch code {
    case ENOENT: return "no such file"
    case EACCES, EPERM: return "permission denied"
    case ELOOP: return "a loop of symbolic links"
    case ENOTDIR: return "a part of the path is not a folder"
    case ENAMETOOLONG: return "the name is too long"
    case EISDIR: return "it is a folder, not a file"
    default: return String(cString: strerror(code)).lowercased()
    }
  }
}
