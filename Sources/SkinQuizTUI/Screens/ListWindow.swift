/// The part of a list that is shown when its items take different numbers of rows.
///
/// The highlighted item is always shown whole (cut only if it alone is taller than the space);
/// the list scrolls only when the highlight would leave the window, by as little as it can,
/// and fills the window before it leaves rows empty at the end.
struct ListWindow: Equatable {
  /// The first item shown.
  var first: Int
  /// How many items are shown from `first`.
  var count: Int

  /// The window over items of `heights` rows in `rows` rows, keeping `cursor` in view; it
  /// starts at `previous` (the first item shown before) when the cursor is still in view there.
  init(heights: [Int], rows: Int, cursor: Int, previous: Int = 0) {
    guard !heights.isEmpty else {
      (first, count) = (0, 0)
      return
    }
    let cursor = min(max(0, cursor), heights.count - 1)
    func rowsTaken(_ range: Range<Int>) -> Int { heights[range].reduce(0, +) }
    var first = min(max(0, previous), cursor)
    // Moving down past the bottom: scroll until the cursor's item fits whole (or stands alone).
    while first < cursor, rowsTaken(first..<(cursor + 1)) > rows { first += 1 }
    // Rows left empty at the end are filled from above.
    while first > 0, rowsTaken((first - 1)..<heights.count) <= rows { first -= 1 }
    var end = first
    var used = 0
    while end < heights.count, end <= cursor || used + heights[end] <= rows {
      used += heights[end]
      end += 1
    }
    self.first = first
    self.count = end - first
  }

  /// The rows each item takes: all of them whole when they fit in `rows`.
  ///
  /// Otherwise one row each (cut with "…"), except the highlighted one, shown whole so it can
  /// be read. So a small screen still shows as many items as it has rows, and never hides a
  /// word of the one the person is on.
  static func rows<Row>(whole: [[Row]], oneRow: [Row], rows: Int, cursor: Int) -> [[Row]] {
    guard whole.reduce(0, { $0 + $1.count }) > rows else { return whole }
    return whole.indices.map { $0 == cursor ? whole[$0] : [oneRow[$0]] }
  }
}
