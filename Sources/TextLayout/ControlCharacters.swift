extension Unicode.Scalar {
  /// Whether this character acts on a terminal or reorders text instead of showing: C0 and C1
  /// controls, DEL, and the bidi marks, embeddings, overrides and isolates.
  ///
  /// Text that came from a file or a person must not reach a terminal with one of these as it
  /// is: it could clear the screen, write to the clipboard, or hide what a line says.
  public var isControlOrBidi: Bool {
    switch value {
    case 0..<0x20, 0x7F...0x9F: return true
    case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return true
    default: return false
    }
  }
}
