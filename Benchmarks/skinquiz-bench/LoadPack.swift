import SkinQuizCore

/// The pack in `folder`, with its tests; exits with an error when it does not load.
func loadPack(_ folder: String) -> Pack {
  do {
    return try PackLoader.loadOrThrow(PackFiles.read(folder: folder))
  } catch {
    fail("cannot load the pack in \(folder): \(error)")
  }
}
