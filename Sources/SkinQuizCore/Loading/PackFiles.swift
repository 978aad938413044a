/// The texts of a pack's files, read from a folder or embedded in the binary.
public struct PackFiles: Sendable {
  /// The files of a pack; all but `tests.yaml` are required.
  public static let names = [
    "pack.yaml", "questions.yaml", "findings.yaml", "sources.yaml", "tests.yaml",
  ]

  /// The folder, as it should appear in messages (for example `Data/microneedling`).
  public var folder: String
  /// Each file's text by file name.
  public var texts: [String: String]

  /// Creates pack files from texts already in memory.
  public init(folder: String, texts: [String: String]) {
    self.folder = folder
    self.texts = texts
  }

  /// The path of a file of the pack, as it should appear in messages.
  public func path(of name: String) -> String {
    folder.isEmpty ? name : (folder.hasSuffix("/") ? folder + name : folder + "/" + name)
  }

  /// Reads the pack files in `folder`.
  ///
  /// - Throws: `SkinQuizError.unreadableInput` when the folder is missing or a file cannot be
  ///   read, and `SkinQuizError.invalidPack` when a file is not UTF-8 text.
  public static func read(folder: String) throws(SkinQuizError) -> PackFiles {
    var status = stat()
    guard stat(folder, &status) == 0 else {
      let number = errno
      throw .unreadableInput(
        path: folder,
        reason: number == ENOENT ? "no such folder" : SkinQuizError.reason(forErrno: number))
    }
    guard status.st_mode & S_IFMT == S_IFDIR else {
      throw .unreadableInput(path: folder, reason: "not a folder; --pack takes the pack's folder")
    }
    var files = PackFiles(folder: folder, texts: [:])
    for name in names {
      let path = files.path(of: name)
      // A missing file is for the loader to report (some are optional); others stop here.
      guard let data = try InputReader.contentsIfPresent(of: path) else { continue }
      guard let text = InputReader.text(data) else {
        throw .invalidPack([InputReader.notUTF8(data, file: path)])
      }
      files.texts[name] = text
    }
    return files
  }
}
