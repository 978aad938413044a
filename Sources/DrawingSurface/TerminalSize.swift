/// The size of a terminal in character cells.
public struct TerminalSize: Hashable, Sendable, CustomStringConvertible {
  /// Columns (width).
  public var columns: Int
  /// Rows (height).
  public var rows: Int

  /// Creates a size.
  public init(columns: Int, rows: Int) {
    self.columns = columns
    self.rows = rows
  }

  /// `80x24`.
  public var description: String { "\(columns)x\(rows)" }
}
