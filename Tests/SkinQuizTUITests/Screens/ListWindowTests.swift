import Testing

@testable import SkinQuizTUI

@Suite struct ListWindowTests {
  /// The first item shown and how many.
  private func window(_ heights: [Int], rows: Int, cursor: Int, previous: Int = 0) -> [Int] {
    let window = ListWindow(heights: heights, rows: rows, cursor: cursor, previous: previous)
    return [window.first, window.count]
  }

  @Test func one_row_items_scroll_as_a_plain_list_does() {
    let heights = Array(repeating: 1, count: 20)
    #expect(window(heights, rows: 5, cursor: 0) == [0, 5])
    #expect(window(heights, rows: 5, cursor: 4) == [0, 5])
    #expect(window(heights, rows: 5, cursor: 7) == [3, 5])
    #expect(window(heights, rows: 5, cursor: 19) == [15, 5])
    #expect(window([1, 1], rows: 5, cursor: 1) == [0, 2])
    #expect(window([], rows: 5, cursor: 0) == [0, 0])
  }

  @Test func moving_up_inside_the_window_does_not_scroll_it() {
    let heights = Array(repeating: 1, count: 20)
    // The window shows 10 to 14; the cursor moves up from 14 to 10 and the window stays.
    for cursor in (10...14).reversed() {
      #expect(window(heights, rows: 5, cursor: cursor, previous: 10) == [10, 5])
    }
    // Past its top, it scrolls by one.
    #expect(window(heights, rows: 5, cursor: 9, previous: 10) == [9, 5])
    // Past its bottom, by one too.
    #expect(window(heights, rows: 5, cursor: 15, previous: 10) == [11, 5])
    // A previous start that would leave rows empty at the end is pulled up.
    #expect(window(heights, rows: 5, cursor: 19, previous: 19) == [15, 5])
    // Taller items: the cursor's is shown whole.
    #expect(window([1, 1, 3, 1, 1], rows: 4, cursor: 2, previous: 0) == [1, 2])
  }

  @Test func taller_items_are_shown_whole_with_the_cursor() {
    // 1 + 3 + 1 rows: the cursor's item (3 rows) and its neighbours fill 5 rows.
    #expect(window([1, 3, 1, 1], rows: 5, cursor: 1) == [0, 3])
    #expect(window([1, 3, 1, 1], rows: 5, cursor: 3) == [1, 3])
    // Taller than the space: shown alone (the screen cuts it and says so).
    #expect(window([1, 9, 1], rows: 5, cursor: 1) == [1, 1])
  }

  @Test func items_get_a_row_each_but_the_highlighted_one_when_not_all_fit_whole() {
    let whole = [["a1", "a2"], ["b1", "b2", "b3"], ["c1"]]
    let oneRow = ["a…", "b…", "c1"]
    #expect(ListWindow.rows(whole: whole, oneRow: oneRow, rows: 6, cursor: 0) == whole)
    #expect(
      ListWindow.rows(whole: whole, oneRow: oneRow, rows: 5, cursor: 1)
        == [["a…"], ["b1", "b2", "b3"], ["c1"]])
  }
}
