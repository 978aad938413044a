import SkinQuizCore

/// Reads an input file, or standard input for `-`, as UTF-8 text.
enum InputFile {
  /// The name messages use for `path`: `<stdin>` for standard input.
  static func name(of path: String) -> String {
    path == "-" ? "<stdin>" : path
  }

  /// The text of `path`, or of standard input for `-`.
  ///
  /// - Throws: `unreadableInput` when it cannot be read (see `InputReader`), `invalidAnswers`
  ///   when it is not UTF-8.
  static func read(_ path: String) throws(SkinQuizError) -> String {
    let data =
      path == "-"
      ? try InputReader.standardInput(name: name(of: path)) : try InputReader.contents(of: path)
    guard let text = InputReader.text(data) else {
      throw .invalidAnswers([InputReader.notUTF8(data, file: name(of: path))])
    }
    return text
  }
}
