import SkinQuizCore

/// The folder a typed file name goes to, as the disk had it when the name was typed.
///
/// The save dialog looks at the disk when the name changes (and after a save is tried), never
/// while it draws: drawing only reads this.
struct SaveFolder: Equatable {
  /// The folder as an absolute path: through links when it is there, so the person knows where
  /// to find the file.
  var path: String
  /// Whether the folder is there.
  var exists: Bool

  /// The folder the file `typedPath` names goes to, relative to `workingDirectory`.
  init(of typedPath: String, in workingDirectory: String) {
    let absolute = TypedPath.absolute(TypedPath.split(typedPath).folder, in: workingDirectory)
    // As the system will find it: through links, and only if it is there.
    let existing = TypedPath.existingFolder(absolute)
    exists = existing != nil
    // Not there: ".." stays, since the system cannot go up from a folder that is missing.
    path = existing.map { TypedPath.tidied($0) } ?? TypedPath.tidied(absolute, parents: false)
  }

  /// The folder as the dialog shows it.
  var shown: String { exists ? path : path + " (no such folder)" }
}
