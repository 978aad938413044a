import CNcursesw
import DrawingSurface
import Testing

@testable import CursesTerminal

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension CursesGlobalState {
  /// Presenting canvases on a real ncurses screen (that writes to a temporary file): what each
  /// cell of the window holds, and that only the cells that changed are drawn again.
  @Suite struct DrawingTests {
    /// Runs `body` with a terminal of 20 columns and 4 rows on a screen of its own, in a UTF-8
    /// locale as the program sets.
    func withTerminal(
      _ body: (CursesTerminal, UnsafeMutablePointer<WINDOW>) throws -> Void
    ) throws {
      let previousLocale = String(cString: setlocale(LC_CTYPE, nil))
      setlocale(LC_CTYPE, "C.UTF-8")
      defer { setlocale(LC_CTYPE, previousLocale) }
      let output = try #require(tmpfile())
      let input = try #require(fopen("/dev/null", "r"))
      defer {
        fclose(output)
        fclose(input)
      }
      let screen = try #require(newterm("xterm-256color", output, input))
      let window = try #require(skinquiz_stdscr())
      resizeterm(4, 20)
      let terminal = CursesTerminal(
        screen: screen, window: window, usesColor: false, blackBackground: false,
        usesHyperlinks: false, controllingTerminal: nil)
      defer { terminal.close() }
      try body(terminal, window)
    }

    /// The text (a character and its marks) and attributes of a cell of the window.
    func cell(
      _ window: UnsafeMutablePointer<WINDOW>, _ row: Int, _ column: Int
    ) -> (text: String, attributes: attr_t) {
      var stored = cchar_t()
      _ = mvwin_wch(window, Int32(row), Int32(column), &stored)
      var characters = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
      var attributes: attr_t = 0
      var pair: Int16 = 0
      _ = getcchar(&stored, &characters, &attributes, &pair, nil)
      let scalars = characters.prefix { $0 != 0 }.compactMap {
        Unicode.Scalar(UInt32(bitPattern: $0))
      }
      return (String(String.UnicodeScalarView(scalars)), attributes)
    }

    @Test func a_canvas_lands_in_the_window_cell_by_cell() throws {
      try withTerminal { terminal, window in
        var canvas = Canvas(size: TerminalSize(columns: 20, rows: 4))
        canvas.put("Hello", row: 0, column: 0, style: Canvas.Style(bold: true))
        canvas.put("日本 e\u{301}!", row: 0, column: 6)
        canvas.put("xyz", row: 3, column: 17)
        terminal.present(canvas)
        #expect(cell(window, 0, 0).text == "H" && cell(window, 0, 4).text == "o")
        #expect(cell(window, 0, 0).attributes & skinquiz_a_bold() != 0)
        #expect(cell(window, 0, 5).text == " ")
        #expect(cell(window, 0, 5).attributes & skinquiz_a_bold() == 0)
        #expect(cell(window, 0, 6).text == "日" && cell(window, 0, 8).text == "本")
        #expect(cell(window, 0, 11).text == "e\u{301}" && cell(window, 0, 12).text == "!")
        #expect(cell(window, 3, 19).text == "z")  // the bottom-right cell
      }
    }

    @Test func only_the_cells_that_changed_are_drawn_again_until_a_repaint() throws {
      try withTerminal { terminal, window in
        var first = Canvas(size: TerminalSize(columns: 20, rows: 4))
        first.put("abcdef", row: 0, column: 0)
        first.put("ghijkl", row: 1, column: 0)
        first.put("日本", row: 2, column: 0)
        terminal.present(first)
        // Marks that only a redraw of their cells would remove.
        _ = mvwaddnwstr(window, 0, 3, [wchar_t(UInt8(ascii: "Z")), 0], 1)
        _ = mvwaddnwstr(window, 1, 0, [wchar_t(UInt8(ascii: "Z")), 0], 1)
        var second = first
        second.put("X", row: 0, column: 0)
        second.put("x", row: 2, column: 1)  // over the second half of 日
        terminal.present(second)
        #expect(cell(window, 0, 0).text == "X" && cell(window, 0, 1).text == "b")
        #expect(cell(window, 0, 3).text == "Z" && cell(window, 1, 0).text == "Z")
        #expect(cell(window, 2, 0).text == " " && cell(window, 2, 1).text == "x")
        #expect(cell(window, 2, 2).text == "本")
        terminal.repaint()
        terminal.present(second)
        #expect(cell(window, 0, 3).text == "d" && cell(window, 1, 0).text == "g")
      }
    }

    @Test func a_glyph_is_drawn_as_its_character_is() {
      let texts =
        (0x20..<0x7F).map { String(UnicodeScalar(UInt8($0))) } + [
          "é", "─", "日", "e\u{301}", "❤\u{FE0F}", "👍🏽",
        ]
      for text in texts {
        var canvas = Canvas(size: TerminalSize(columns: 4, rows: 1))
        canvas.put(text, row: 0, column: 0)
        let glyph = canvas.glyph(row: 0, column: 0)
        let columns = canvas.glyph(row: 0, column: 1).isContinuation ? 2 : 1
        var fast: [wchar_t] = []
        CursesTerminal.appendGlyph(glyph, of: canvas, columns: columns, to: &fast)
        var slow: [wchar_t] = []
        CursesTerminal.appendGlyph(canvas.character(of: glyph), columns: columns, to: &slow)
        #expect(fast == slow, "\(text.debugDescription)")
      }
    }
  }
}
