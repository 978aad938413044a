import CNcursesw
import DrawingSurface

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The ncurses ``Terminal``: shows canvases on a real terminal and reads its keys.
///
/// It only translates: canvases become curses calls and curses input becomes ``Key``s. Whatever
/// way the program ends (``close()``, SIGINT, SIGTERM, SIGHUP, a Swift trap), the terminal is
/// restored and anything written to standard error meanwhile is shown afterwards.
///
/// ncurses is global state, so only one instance can be open at a time.
public final class CursesTerminal: Terminal {
  /// Why the terminal cannot be opened.
  public enum Failure: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal, and there is no controlling terminal to
    /// draw on instead.
    case notATerminal
    /// `TERM` is not set.
    case noTerminalType
    /// `TERM` names a terminal that terminfo does not know or that cannot move the cursor.
    case unsupportedTerminal(String)
    /// Another ``CursesTerminal`` is still open.
    case alreadyOpen
    /// ncurses itself refused to start.
    case startFailed(String)

    public var description: String {
      switch self {
      case .notATerminal:
        return "standard input or output is not a terminal, and there is no /dev/tty"
      case .noTerminalType:
        return "the terminal type is unknown: TERM is not set"
      case .unsupportedTerminal(let name):
        return "the terminal type '\(name)' cannot show full-screen text"
      case .alreadyOpen:
        return "the terminal is already in use by another screen"
      case .startFailed(let name):
        return "ncurses could not start on the terminal type '\(name)'"
      }
    }
  }

  /// The current size, updated when the terminal reports a resize.
  public private(set) var size: TerminalSize
  /// Whether colours are used: they were asked for and the terminal has them.
  public let usesColor: Bool
  /// Whether link cells are sent as OSC 8 hyperlinks (see ``supportsHyperlinks(environment:)``).
  public let usesHyperlinks: Bool
  /// Whether coloured text has a black background: the terminal cannot keep its own.
  let blackBackground: Bool

  /// The curses screen, freed by ``close()``.
  private var screen: OpaquePointer?
  /// `/dev/tty`, opened when a standard stream is redirected; closed by ``close()``.
  private var controllingTerminal: UnsafeMutablePointer<FILE>?
  /// Where keys are read: standard input, or `/dev/tty`.
  let inputDescriptor: Int32
  /// Where the screens are drawn and the size is asked: standard output, or `/dev/tty`.
  let outputDescriptor: Int32
  /// The standard screen's window, where everything is drawn and read.
  let window: UnsafeMutablePointer<WINDOW>
  /// The last canvas shown; `present(_:)` draws only the cells that differ from it.
  private var shown: Canvas?
  private var needsFullRedraw = true
  /// Failed reads (`ERR` from `wget_wch`) in a row; on a closed input they never stop.
  var errorsInARow = 0
  private var inputEnded = false
  /// Whether button 1 is held: its press was reported as a click, so its release is not.
  var buttonIsDown = false

  /// Only one curses screen can exist; only the main flow opens and closes it.
  private nonisolated(unsafe) static var isOpen = false

  /// How many failed reads in a row mean that input has ended.
  ///
  /// More than one, because a signal can interrupt a read; few, so a closed input is noticed
  /// at once.
  static let errorsMeaningEndOfInput = 5

  /// How long a wait for a key lasts before the size is checked, in milliseconds: the last of
  /// a burst of resizes can land as ncurses starts to wait and would otherwise be seen only at
  /// the next key.
  static let idleCheck: Int32 = 250

  private init(
    screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, usesColor: Bool,
    blackBackground: Bool, usesHyperlinks: Bool, controllingTerminal: UnsafeMutablePointer<FILE>?
  ) {
    self.screen = screen
    self.window = window
    self.usesColor = usesColor
    self.blackBackground = blackBackground
    self.usesHyperlinks = usesHyperlinks
    self.controllingTerminal = controllingTerminal
    let device = controllingTerminal.map { fileno($0) }
    inputDescriptor = device ?? STDIN_FILENO
    outputDescriptor = device ?? STDOUT_FILENO
    size = TerminalSize(columns: Int(getmaxx(window)), rows: Int(getmaxy(window)))
  }

  deinit {
    close()
  }

  /// Whether the full-screen interface can run: there is a terminal to draw on and `TERM`
  /// names a terminal that terminfo knows and that can move the cursor.
  ///
  /// The terminal is that of standard input and output when both are terminals; otherwise the
  /// controlling terminal, `/dev/tty` (see ``drawsOnControllingTerminal``). When this is false,
  /// use the plain line mode; ``open(useColor:)`` would throw.
  public static func isUsable(environment: [String: String]) -> Bool {
    guard (try? check(term: environment["TERM"])) != nil else { return false }
    guard !standardStreamsAreTerminals else { return true }
    guard let device = openControllingTerminal() else { return false }
    fclose(device)
    return true
  }

  /// Whether standard input and output are both terminals, so the screens use them.
  public static var standardStreamsAreTerminals: Bool {
    isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
  }

  /// Whether the screens are drawn on `/dev/tty` rather than on standard output, which is
  /// then free for the result (`skinquiz > summary.txt`), as fzf and dialog do.
  public var drawsOnControllingTerminal: Bool { controllingTerminal != nil }

  /// Opens the controlling terminal for reading and writing, or `nil` when the process has
  /// none (a service, CI, `setsid`) or it is not a terminal.
  ///
  /// Close-on-exec, so a program the quiz starts does not inherit it.
  static func openControllingTerminal() -> UnsafeMutablePointer<FILE>? {
    guard let device = fopen("/dev/tty", "r+e") else { return nil }
    guard isatty(fileno(device)) == 1 else {
      fclose(device)
      return nil
    }
    return device
  }

  /// Takes over the terminal: the alternate screen, no echo, keys one at a time.
  ///
  /// The terminal is that of standard input and output when both are terminals, otherwise
  /// `/dev/tty`.
  ///
  /// Sets the locale first (falling back to C.UTF-8 when the locale is not UTF-8), so wide and
  /// combining characters are drawn right.
  ///
  /// - Parameters:
  ///   - useColor: Whether colours may be used; they are used only if the terminal has them too
  ///     (see ``usesColor``).
  ///   - hyperlinks: Whether link cells are sent as OSC 8 hyperlinks; decide with
  ///     ``supportsHyperlinks(environment:)``.
  /// - Throws: ``Failure`` when the terminal cannot be used; nothing has changed then.
  public static func open(
    useColor: Bool, hyperlinks: Bool = false
  ) throws(Failure) -> CursesTerminal {
    prepareLocale()  // before ncurses reads anything, so it decodes and measures UTF-8
    guard !isOpen else { throw .alreadyOpen }
    let term = getenv("TERM").map { String(cString: $0) }
    try check(term: term)

    // When a standard stream is redirected, both keys and drawing go through /dev/tty, so
    // that standard output only gets the result and standard input may hold an answers file.
    var device: UnsafeMutablePointer<FILE>?
    if !standardStreamsAreTerminals {
      guard let opened = openControllingTerminal() else { throw .notATerminal }
      device = opened
    }

    // The size comes from the terminal itself, not from LINES and COLUMNS: ncurses believed
    // them, and LINES=20000 made it allocate 6 GB for a screen nobody has. (use_env(false)
    // would make it ignore the terminal's size too and take terminfo's fixed one.)
    use_tioctl(true)
    TerminalGuard.recordDispositions()
    let started: OpaquePointer? =
      if let device { newterm(nil, device, device) } else { skinquiz_newterm() }
    guard let screen = started, let window = skinquiz_stdscr() else {
      TerminalGuard.forgetDispositions()
      if let device { fclose(device) }
      throw .startFailed(term ?? "")
    }
    isOpen = true
    let descriptor = device.map { fileno($0) } ?? STDOUT_FILENO
    TerminalGuard.install(
      window: window, clearing: skinquiz_has_alternate_screen() == 0 ? descriptor : -1)

    cbreak()  // keys at once, but Ctrl-C and Ctrl-Z still send signals
    noecho()
    nonl()  // no CR-to-NL translation: Enter arrives as 13, and ncurses may move down with LF
    intrflush(window, false)
    keypad(window, true)
    wtimeout(window, idleCheck)
    addCommonKeySequences()
    // Esc must respond at once, not after ncurses' default second of waiting for a sequence.
    set_escdelay(25)
    // Never scroll: writing the bottom-right cell just returns ERR, which present(_:) accepts.
    scrollok(window, false)
    idlok(window, false)
    if curs_set(0) != ERR {
      leaveok(window, true)  // no visible cursor, so it need not be moved back after drawing
    }
    mousemask(skinquiz_button1_pressed() | skinquiz_button1_released(), nil)
    mouseinterval(0)  // report the press at once instead of waiting to combine it into a click

    let colors = useColor && has_colors() && start_color() != ERR
    var blackBackground = false
    if colors {
      // The terminal's own background where it can keep it; black where it cannot.
      blackBackground = use_default_colors() != OK
      let background = blackBackground ? Int16(COLOR_BLACK) : Int16(-1)
      for role in Canvas.Color.allCases {
        guard let (pair, foreground) = colorPair(for: role) else { continue }
        init_pair(pair, foreground, background)
      }
    }
    return CursesTerminal(
      screen: screen, window: window, usesColor: colors, blackBackground: blackBackground,
      usesHyperlinks: hyperlinks, controllingTerminal: device)
  }

  /// Gives the terminal back: the normal screen and modes, the signal handlers from before
  /// ``open(useColor:)``, and whatever went to standard error meanwhile.
  ///
  /// Safe to call more than once; later calls do nothing.
  public func close() {
    guard let screen else { return }
    self.screen = nil
    TerminalGuard.release()
    delscreen(screen)
    if let controllingTerminal {
      self.controllingTerminal = nil
      fclose(controllingTerminal)
    }
    Self.isOpen = false
  }

  /// Whether keys can still come: the terminal is open and its input has not ended.
  var isReading: Bool { screen != nil && !inputEnded }

  /// Takes the new size after a resize; the next canvas is drawn whole.
  func noteResize() {
    size = TerminalSize(columns: Int(getmaxx(window)), rows: Int(getmaxy(window)))
    needsFullRedraw = true
  }

  /// Remembers that standard input has ended.
  func endInput() {
    inputEnded = true
  }

  /// Redraws the whole screen on the next ``present(_:)`` (Ctrl-L, after something else wrote
  /// on the terminal).
  public func repaint() {
    needsFullRedraw = true
  }

  /// Shows `canvas`, drawing only the cells that changed since the last one.
  ///
  /// A canvas of another size than the last one, or the first after ``repaint()``, is drawn
  /// whole. Cells beyond the screen are left out.
  public func present(_ canvas: Canvas) {
    guard screen != nil else { return }
    let base: Canvas
    let redrawsWhole = needsFullRedraw || shown?.size != canvas.size
    if redrawsWhole {
      // Erase, then draw what differs from a blank canvas: the same as drawing everything.
      werase(window)
      clearok(window, true)
      base = Canvas(size: canvas.size)
    } else {
      base = shown ?? Canvas(size: canvas.size)
    }
    let rows = min(canvas.size.rows, Int(getmaxy(window)))
    let columns = min(canvas.size.columns, Int(getmaxx(window)))
    for row in 0..<rows {
      draw(row: row, of: canvas, over: base, columns: columns)
    }
    wattr_set(window, skinquiz_a_normal(), 0, nil)
    wrefresh(window)
    if usesHyperlinks {
      // After ncurses has written everything: the cleared screen of a whole redraw has no
      // links left to undo.
      writeToTerminal(
        Self.hyperlinkOutput(
          for: canvas, over: redrawsWhole ? nil : shown, rows: rows, columns: columns,
          usesColor: usesColor, blackBackground: blackBackground))
    }
    shown = canvas
    needsFullRedraw = false
  }

  /// Writes `bytes` to the terminal as they are, past ncurses (which has flushed its own).
  private func writeToTerminal(_ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes {
        write(outputDescriptor, $0.baseAddress, $0.count)
      }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { return }  // a terminal gone: the next read notices
      offset += written
    }
  }

  /// Draws the changed cells of one row, a run of cells with the same style at a time.
  private func draw(row: Int, of canvas: Canvas, over base: Canvas, columns: Int) {
    var run: [wchar_t] = []
    var runColumn = 0
    var runStyle = Canvas.Style.plain

    func flush() {
      guard !run.isEmpty else { return }
      let (attributes, pair) = cursesStyle(runStyle)
      wattr_set(window, attributes, pair, nil)
      // ncurses reads `str[n]` before it checks `n` (`while (str[i] != 0 && i < n)`), one
      // element past the run: end it with a 0 so that read stays inside the buffer
      // (AddressSanitizer caught it faulting at the end of a page).
      let count = Int32(run.count)
      run.append(0)
      // Writing the bottom-right cell returns ERR (the cursor cannot move on without
      // scrolling) but the cell is written, so the result is ignored.
      _ = mvwaddnwstr(window, Int32(row), Int32(runColumn), run, count)
      run.removeAll(keepingCapacity: true)
    }

    var column = 0
    while column < columns {
      let cell = canvas[row, column]
      let wide =
        cell.character != nil && column + 1 < canvas.size.columns
        && canvas[row, column + 1].character == nil
      let width = wide ? 2 : 1
      guard column + width <= columns else { break }  // half a wide character does not fit
      let changed =
        cell != base[row, column] || (wide && canvas[row, column + 1] != base[row, column + 1])
      if !changed {
        flush()
      } else {
        if !run.isEmpty && cell.style != runStyle { flush() }
        if run.isEmpty {
          runColumn = column
          runStyle = cell.style
        }
        Self.appendGlyph(cell.character, columns: width, to: &run)
      }
      column += width
    }
    flush()
  }

  /// Appends the wide characters that draw `character` in exactly `columns` cells.
  ///
  /// The canvas measures width itself; where the C library disagrees (a character it thinks
  /// narrower, wider or unprintable), padding or `?` keep the rest of the row in place.
  static func appendGlyph(_ character: Character?, columns: Int, to run: inout [wchar_t]) {
    guard let character, let base = character.unicodeScalars.first else {
      run.append(wchar_t(UInt8(ascii: " ")))  // a stray continuation cell: show a blank
      return
    }
    let baseWidth = Int(wcwidth(wchar_t(bitPattern: base.value)))
    guard baseWidth == columns || (baseWidth == 1 && columns == 2) else {
      run.append(contentsOf: repeatElement(wchar_t(UInt8(ascii: "?")), count: columns))
      return
    }
    run.append(wchar_t(bitPattern: base.value))
    // Combining marks and variation selectors go into the same cell; anything that would take
    // a cell of its own (the rest of an emoji sequence) is dropped, and so is the joiner.
    var marks = 0
    for scalar in character.unicodeScalars.dropFirst() where marks < Int(CCHARW_MAX) - 1 {
      let value = wchar_t(bitPattern: scalar.value)
      guard scalar.value != 0x200D, wcwidth(value) == 0 else { continue }
      run.append(value)
      marks += 1
    }
    if baseWidth < columns {
      run.append(wchar_t(UInt8(ascii: " ")))
    }
  }

  /// The curses attributes and colour pair for a canvas style.
  private func cursesStyle(_ style: Canvas.Style) -> (attr_t, Int16) {
    var attributes = skinquiz_a_normal()
    if style.bold { attributes |= skinquiz_a_bold() }
    if style.reverse { attributes |= skinquiz_a_reverse() }
    if style.underline { attributes |= skinquiz_a_underline() }
    if style.dim { attributes |= skinquiz_a_dim() }
    let pair = usesColor ? Self.colorPair(for: style.color)?.pair ?? 0 : 0
    return (attributes, pair)
  }

  /// The colour pair and foreground for a role; `nil` for the terminal's own colour.
  static func colorPair(for role: Canvas.Color) -> (pair: Int16, foreground: Int16)? {
    switch role {
    case .normal: return nil
    case .accent: return (1, Int16(COLOR_CYAN))
    case .danger: return (2, Int16(COLOR_RED))
    case .warning: return (3, Int16(COLOR_YELLOW))
    case .good: return (4, Int16(COLOR_GREEN))
    case .notice: return (5, Int16(COLOR_MAGENTA))
    }
  }

  /// Teaches ncurses the sequences terminals commonly send for the keys the screens use, where
  /// the terminfo entry has no key of its own for them.
  ///
  /// Terminals do not always send what their entry says: tmux sends `ESC [ 1 ~` for Home under
  /// any TERM (xterm's entry says `ESC O H`), `ESC [ Z` for Shift-Tab under `linux` and `vt100`,
  /// and right after `fg` the arrows come in cursor mode (`ESC [ A`) until keypad mode is back.
  /// Unknown, each would arrive as Esc followed by letters, and Esc means "back".
  private static func addCommonKeySequences() {
    let sequences: [(String, Int32)] = [
      ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
      ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
      ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME),
      ("\u{1B}OH", KEY_HOME),
      ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
      ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE), ("\u{1B}[Z", KEY_BTAB),
    ]
    for (sequence, code) in sequences {
      // 0: unknown. Above KEY_MAX: an extended key the screens ignore anyway (`linux` binds
      // ESC [ Z to one). Anything else the terminal's own entry defines is left alone.
      let defined = key_defined(sequence)
      if defined == 0 || defined > KEY_MAX {
        define_key(sequence, code)
      }
    }
  }

  /// Throws unless `term` can be used.
  private static func check(term: String?) throws(Failure) {
    guard let term, !term.isEmpty else { throw .noTerminalType }
    guard term != "dumb", skinquiz_terminal_is_usable(term) != 0 else {
      throw .unsupportedTerminal(term)
    }
  }

  /// Takes the locale from the environment, and falls back to C.UTF-8 for the character set
  /// when that is not UTF-8: otherwise every non-ASCII character is garbled.
  private static func prepareLocale() {
    setlocale(LC_ALL, "")
    if skinquiz_codeset_is_utf8() == 0 {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
  }
}
