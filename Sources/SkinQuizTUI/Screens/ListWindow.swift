/// The part of a list that is shown when its items take different numbers of rows.
///
/// The highlighted item is always shown whole (cut only if it alone is taller than the space);
/// the list scrolls as one-row-per-item lists do: the highlight stays in view at the bottom
/// when moving down, and the window is filled before it leaves rows empty at the end.
struct ListWindow: Equatable {
  /// The first item shown.
  var first: Int
  /// How many items are shown from `first`.
  var count: Int

  /// The window over items of `heights` rows in `rows` rows, keeping `cursor` in view.
  init(heights: [Int], rows: Int, cursor: Int) {
    guard !heights.isEmpty else {
      (first, count) = (0, 0)
      return
    }
    let cursor = min(max(0, cursor), heights.count - 1)
    var first = cursor
    var used = heights[cursor]
    while first > 0, used + heights[first - 1] <= rows {
      first -= 1
      used += heights[first]
    }
    var end = cursor + 1
    while end < heights.count, used + heights[end] <= rows {
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
