import CNcursesw

/// Benchmarks/floor.c's menu in Swift: the least an ncursesw program does to show a menu.
///
/// initscr, a boxed window with a title, a question and five items (the last, "Sensitive", is
/// the harness's marker), a key loop that repaints the highlight, endwin; the same calls in the
/// same order as floor.c, so a floor's figures differ from floor_c's only by what Swift and the
/// libraries it links cost.
public enum FloorMenu {
  private static let items = ["Oily", "Dry", "Combination", "Normal", "Sensitive"]
  private static let enter: Int32 = 10
  private static let carriageReturn: Int32 = 13
  private static let quit = Int32(UInt8(ascii: "q"))

  /// Draws the menu; with `waiting`, Up and Down move the highlight until Enter or q.
  public static func show(waiting: Bool) {
    setlocale(LC_ALL, "")
    initscr()
    cbreak()
    noecho()
    curs_set(0)
    refresh()
    let height: Int32 = 11
    let width: Int32 = 40
    guard
      let window = newwin(height, width, (floor_lines() - height) / 2, (floor_cols() - width) / 2)
    else {
      endwin()
      return
    }
    keypad(window, true)
    box(window, 0, 0)
    mvwaddstr(window, 0, 2, " Skin type ")
    mvwaddstr(window, 1, 2, "What is your skin type?")
    var selected = 0
    draw(window, selected: selected)
    while waiting {
      let key = wgetch(window)
      if key == KEY_DOWN {
        selected = (selected + 1) % items.count
      } else if key == KEY_UP {
        selected = (selected + items.count - 1) % items.count
      } else if key == enter || key == carriageReturn || key == KEY_ENTER || key == quit {
        break
      } else {
        continue
      }
      draw(window, selected: selected)
    }
    delwin(window)
    endwin()
  }

  /// The five items, the selected one in reverse video, as floor.c's `"%d  %-20s"`.
  private static func draw(_ window: UnsafeMutablePointer<WINDOW>, selected: Int) {
    for (index, item) in items.enumerated() {
      let padding = String(repeating: " ", count: max(0, 20 - item.count))
      if index == selected { wattron(window, floor_a_reverse()) }
      mvwaddstr(window, 3 + Int32(index), 4, "\(index + 1)  \(item)\(padding)")
      if index == selected { wattroff(window, floor_a_reverse()) }
    }
    wrefresh(window)
  }
}
