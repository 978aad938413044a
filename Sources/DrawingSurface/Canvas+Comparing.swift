/// Comparing canvases cell by cell, as a ``Cell`` compares, without making cells.
extension Canvas: Equatable {
  /// Whether two canvases have the same size and the same cells.
  public static func == (left: Canvas, right: Canvas) -> Bool {
    guard left.size == right.size else { return false }
    if left.slots == right.slots && left.links == right.links
      && left.clusters == right.clusters
    {
      return true
    }
    // The same cells can have other cluster or link numbers (drawn in another order).
    return (0..<left.size.rows).allSatisfy { left.sameRow($0, as: right) }
  }

  /// Whether a row shows and links the same as that row of `other`, a canvas of the same size.
  public func sameRow(_ row: Int, as other: Canvas) -> Bool {
    let start = row * size.columns
    for index in start..<(start + size.columns) where !sameSlot(index, as: other) {
      return false
    }
    return true
  }

  /// Whether the cell at a row and column equals that cell of `other`, a canvas of the same size:
  /// as `self[row, column] == other[row, column]`.
  @inlinable public func sameCell(row: Int, column: Int, as other: Canvas) -> Bool {
    sameSlot(row * size.columns + column, as: other)
  }

  @inlinable func sameSlot(_ index: Int, as other: Canvas) -> Bool {
    let mine = slots[index]
    let theirs = other.slots[index]
    if mine == theirs && mine.isPlain { return true }
    // Most changed cells: another style, or another character for sure.
    if mine.style != theirs.style || mine.glyph.differsSurely(from: theirs.glyph) {
      return false
    }
    return sameCharacterAndLink(mine, as: theirs, of: other)
  }

  /// Whether two slots of the same style, not plainly equal, are equal cells.
  @usableFromInline func sameCharacterAndLink(
    _ mine: Slot, as theirs: Slot, of other: Canvas
  ) -> Bool {
    if mine.link != 0 || theirs.link != 0 {
      guard address(mine.link) == other.address(theirs.link) else { return false }
    }
    return character(of: mine.glyph) == other.character(of: theirs.glyph)
  }
}
