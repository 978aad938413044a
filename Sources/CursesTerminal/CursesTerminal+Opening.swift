import CNcursesw
import DrawingSurface

/// Opening the terminal: whether it can be used, and taking it over in steps.
extension CursesTerminal {
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
  ///   - environment: The process's environment, read once by the caller: `TERM` names the
  ///     terminal, and `TMPDIR` the folder for the hidden file standard error goes to while
  ///     the screen is up.
  ///   - useColor: Whether colours may be used; they are used only if the terminal has them too
  ///     (see ``usesColor``).
  ///   - hyperlinks: Whether link cells are sent as OSC 8 hyperlinks; decide with
  ///     ``supportsHyperlinks(environment:)``.
  /// - Throws: ``Failure`` when the terminal cannot be used; nothing has changed then.
  public static func open(
    environment: [String: String], useColor: Bool, hyperlinks: Bool = false
  ) throws(Failure) -> CursesTerminal {
    prepareLocale()  // before ncurses reads anything, so it decodes and measures UTF-8
    guard !isOpen else { throw .alreadyOpen }
    let term = environment["TERM"]
    try check(term: term)
    let device = try redirectedTerminal()
    let (screen, window) = try startScreen(on: device, term: term)
    isOpen = true
    let descriptor = device.map { fileno($0) } ?? STDOUT_FILENO
    TerminalGuard.install(
      window: window, clearing: skinquiz_has_alternate_screen() == 0 ? descriptor : -1,
      temporaryFolder: environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp")
    setModes(of: window)
    let colors = startColors(ifWanted: useColor)
    return CursesTerminal(
      screen: screen, window: window, usesColor: colors.used,
      blackBackground: colors.blackBackground, usesHyperlinks: hyperlinks,
      controllingTerminal: device)
  }

  /// The controlling terminal when a standard stream is redirected, `nil` when both are the
  /// terminal.
  ///
  /// When a standard stream is redirected, both keys and drawing go through /dev/tty, so that
  /// standard output only gets the result and standard input may hold an answers file.
  private static func redirectedTerminal() throws(Failure) -> UnsafeMutablePointer<FILE>? {
    guard !standardStreamsAreTerminals else { return nil }
    guard let device = openControllingTerminal() else { throw .notATerminal }
    return device
  }

  /// Starts ncurses on `device`, or on the standard streams when it is `nil`.
  ///
  /// The signal dispositions are recorded first, so ``close()`` can put back those from before
  /// ncurses installed its own. On failure the dispositions are forgotten and `device` is
  /// closed, so nothing has changed.
  private static func startScreen(
    on device: UnsafeMutablePointer<FILE>?, term: String?
  ) throws(Failure) -> (OpaquePointer, UnsafeMutablePointer<WINDOW>) {
    // The size comes from the terminal itself, not from LINES and COLUMNS: ncurses believed
    // them, and LINES=20000 made it allocate 6 GB for a screen nobody has. (use_env(false)
    // would make it ignore the terminal's size too and take terminfo's fixed one.)
    use_tioctl(true)
    TerminalGuard.recordDispositions()
    let started: OpaquePointer? =
      if let device { newterm(term, device, device) } else { skinquiz_newterm(term) }
    guard let screen = started, let window = skinquiz_stdscr() else {
      TerminalGuard.forgetDispositions()
      if let device { fclose(device) }
      throw .startFailed(term ?? "")
    }
    return (screen, window)
  }

  /// Sets the modes the screens rely on: keys one at a time without echo, a quick Esc, no
  /// scrolling, no visible cursor, and button 1 of the mouse.
  private static func setModes(of window: UnsafeMutablePointer<WINDOW>) {
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
