// The rest of `DefaultPack` is generated at build time by the EmbedDefaultPack plugin.

extension DefaultPack {
  /// Each pack file's text by file name.
  public static var texts: [String: String] {
    Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.text) })
  }
}
