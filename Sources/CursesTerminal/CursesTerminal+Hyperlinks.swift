import CNcursesw
import DrawingSurface

/// OSC 8 hyperlinks, which ncurses does not know.
///
/// After ncurses has drawn a canvas, the cells marked as links (``Canvas/link(_:row:column:width:)``)
/// are written again, the same characters in the same style, inside `ESC ] 8 ; ; URL ESC \` and
/// `ESC ] 8 ; ; ESC \`, so a terminal that can open links opens the whole address even where the
/// text is cut. The cursor and attributes are saved before (`ESC 7`) and restored after
/// (`ESC 8`), so ncurses' idea of the terminal stays true. Cells that were links and no longer
/// are (after scrolling) are written again without one, since ncurses leaves cells it thinks
/// unchanged alone, and the terminal would keep their old link.
extension CursesTerminal {
  /// Whether the terminal described by `environment` can open OSC 8 hyperlinks, decided
  /// conservatively: only terminals known to, since others may show the sequence as text.
  ///
  /// `SKINQUIZ_HYPERLINKS=1` or `0` decides, except that `vt100`-like terminals and the Linux
  /// console never get them. Otherwise: tmux 3.4 or later (it passes them on to a terminal that
  /// can open them), kitty, WezTerm, iTerm2, foot, Ghostty, Alacritty, VS Code, Windows Terminal
  /// and VTE terminals (GNOME Terminal and others) from VTE 0.50; not GNU screen.
  public static func supportsHyperlinks(environment: [String: String]) -> Bool {
    let term = environment["TERM"] ?? ""
    let neverCapable = ["", "dumb", "linux", "cons25", "ansi"]
    if neverCapable.contains(term) || term.hasPrefix("vt") || term.hasPrefix("linux") {
      return false
    }
    switch environment["SKINQUIZ_HYPERLINKS"] {
    case "1": return true
    case "0": return false
    default: break
    }
    let program = environment["TERM_PROGRAM"] ?? ""
    // Inside tmux the outer terminal's variables are stale or inherited: tmux decides. Before
    // 3.4 it drops the sequence; from 3.4 it passes it on where the outer terminal can use it.
    if environment["TMUX"] != nil || program == "tmux" {
      guard program == "tmux", let version = environment["TERM_PROGRAM_VERSION"] else {
        return false
      }
      return isAtLeast(version, major: 3, minor: 4)
    }
    if environment["STY"] != nil || term.hasPrefix("screen") { return false }  // GNU screen
    let capableTerms = [
      "xterm-kitty", "xterm-ghostty", "foot", "foot-extra", "wezterm", "alacritty",
    ]
    if capableTerms.contains(term) { return true }
    let capablePrograms = ["iTerm.app", "WezTerm", "vscode", "ghostty"]
    if capablePrograms.contains(program) { return true }
    if environment["KITTY_WINDOW_ID"] != nil || environment["WT_SESSION"] != nil { return true }
    if let vte = environment["VTE_VERSION"].flatMap({ Int($0) }), vte >= 5000 { return true }
    return false
  }

  /// Whether a version like `3.4`, `3.5a` or `next-3.6` is at least `major.minor`.
  static func isAtLeast(_ version: String, major: Int, minor: Int) -> Bool {
    let numbers = version.drop { !$0.isNumber }.split(separator: ".").map {
      Int($0.prefix { $0.isNumber }) ?? 0
    }
    guard let first = numbers.first else { return false }
    return first > major || (first == major && (numbers.dropFirst().first ?? 0) >= minor)
  }

  /// Whether `url` may go inside the sequence: printable ASCII only (no escape or control
  /// character could end it early and smuggle in another sequence; a pack is written by
  /// others) and not longer than terminals accept.
  static func isSafeLink(_ url: String) -> Bool {
    !url.isEmpty && url.utf8.count <= 2048 && url.utf8.allSatisfy { (0x21...0x7E).contains($0) }
  }

  /// What to write after ncurses has drawn `canvas` over `previous`: the link cells again
  /// inside OSC 8, and former link cells without it; empty when there are neither.
  ///
  /// - Parameters:
  ///   - rows: The rows on the screen; cells beyond are left out, as ncurses leaves them out.
  ///   - columns: The columns on the screen.
  ///   - usesColor: Whether styles are drawn in colour.
  ///   - blackBackground: Whether coloured text has a black background (the terminal cannot
  ///     keep its own).
  static func hyperlinkOutput(
    for canvas: Canvas, over previous: Canvas?, rows: Int, columns: Int, usesColor: Bool,
    blackBackground: Bool = false
  ) -> [UInt8] {
    // Most canvases link nowhere, and most before them did not either.
    guard canvas.mayHaveLinks || previous?.mayHaveLinks == true else { return [] }
    var output: [UInt8] = []
    for row in 0..<min(rows, canvas.size.rows) {
      var column = 0
      while column < min(columns, canvas.size.columns) {
        let link = safeLink(canvas.linkAddress(row: row, column: column))
        let old = previous.flatMap {
          $0.size == canvas.size ? safeLink($0.linkAddress(row: row, column: column)) : nil
        }
        guard link != nil || (old != nil && old != link) else {
          column += 1
          continue
        }
        // A run of cells with the same link (or none, where one was) and the same style.
        let style = canvas.style(row: row, column: column)
        var end = column
        var text = ""
        while end < min(columns, canvas.size.columns) {
          let glyph = canvas.glyph(row: row, column: end)
          let cellOld = previous.flatMap {
            $0.size == canvas.size ? safeLink($0.linkAddress(row: row, column: end)) : nil
          }
          guard safeLink(canvas.linkAddress(row: row, column: end)) == link,
            canvas.style(row: row, column: end) == style, link != nil || cellOld != nil
          else { break }
          let wide =
            !glyph.isContinuation && end + 1 < canvas.size.columns
            && canvas.glyph(row: row, column: end + 1).isContinuation
          if wide && end + 1 >= columns { break }  // half a wide character does not fit
          if let character = canvas.character(of: glyph) { text.append(character) }
          end += wide ? 2 : 1
        }
        guard end > column else {
          column += 1
          continue
        }
        output += Array("\u{1B}[\(row + 1);\(column + 1)H".utf8)
        output += Array(sgr(style, usesColor: usesColor, blackBackground: blackBackground).utf8)
        if let link { output += Array("\u{1B}]8;;\(link)\u{1B}\\".utf8) }
        output += Array(text.utf8)
        if link != nil { output += Array("\u{1B}]8;;\u{1B}\\".utf8) }
        column = end
      }
    }
    guard !output.isEmpty else { return [] }
    // DECSC and DECRC: the cursor and attributes ncurses left, back as they were.
    return Array("\u{1B}7".utf8) + output + Array("\u{1B}8".utf8)
  }

  /// The link of a cell if it may be sent.
  private static func safeLink(_ link: String?) -> String? {
    link.flatMap { isSafeLink($0) ? $0 : nil }
  }

  /// The SGR sequence for a canvas style, as ncurses draws it on the terminals that get links
  /// (all of them ECMA-48 terminals).
  static func sgr(_ style: Canvas.Style, usesColor: Bool, blackBackground: Bool) -> String {
    var parameters = ["0"]
    if style.bold { parameters.append("1") }
    if style.dim { parameters.append("2") }
    if style.underline { parameters.append("4") }
    if style.reverse { parameters.append("7") }
    if usesColor, let foreground = colorPair(for: style.color)?.foreground {
      parameters.append("3\(foreground)")
      if blackBackground { parameters.append("40") }
    }
    return "\u{1B}[" + parameters.joined(separator: ";") + "m"
  }
}
