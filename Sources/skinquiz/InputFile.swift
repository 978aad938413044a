import Foundation
import SkinQuizCore

/// Reads an input file, or standard input for `-`, as UTF-8 text.
enum InputFile {
  /// The name messages use for `path`: `<stdin>` for standard input.
  static func name(of path: String) -> String {
    path == "-" ? "<stdin>" : path
  }

  static func read(_ path: String) throws(SkinQuizError) -> String {
    let data: Data
    if path == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw .unreadableInput(path: path, reason: "no such file")
      }
      if isDirectory.boolValue {
        throw .unreadableInput(path: path, reason: "it is a folder, not a file")
      }
      guard let contents = FileManager.default.contents(atPath: path) else {
        throw .unreadableInput(path: path, reason: "permission denied")
      }
      data = contents
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .invalidAnswers([
        Diagnostic(.error, at: FileLocation(file: name(of: path)), "the answers are not UTF-8 text")
      ])
    }
    return text
  }
}
