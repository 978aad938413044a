/// A place in a pack or answers file: the file as the person named it, a line and a column.
///
/// Lines and columns start at 1; columns count Unicode scalars, as the YAML parser does.
public struct FileLocation: Hashable, Sendable, CustomStringConvertible {
  /// The file, as it should appear in messages (for example `Data/microneedling/findings.yaml`).
  public var file: String
  /// The line, starting at 1; 0 when only the file is known.
  public var line: Int
  /// The column, starting at 1; 0 when only the line is known.
  public var column: Int

  /// Creates a location; pass 0 for a line or column that is not known.
  public init(file: String, line: Int = 0, column: Int = 0) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:col`, leaving out what is not known.
  public var description: String {
    switch (line, column) {
    case (0, _): return file
    case (_, 0): return "\(file):\(line)"
    default: return "\(file):\(line):\(column)"
    }
  }

}
