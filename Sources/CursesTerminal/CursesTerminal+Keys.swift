import CNcursesw
import DrawingSurface

extension CursesTerminal {
  /// Waits for the next key, click or resize.
  ///
  /// Keys the screens have no use for (function keys, other mouse buttons) are skipped. When
  /// standard input is closed, `wget_wch` fails at once, forever: after a few failures in a row
  /// this returns ``Key/endOfInput``, then keeps returning it.
  public func nextKey() -> Key {
    while true {
      guard isReading else { return .endOfInput }
      var character: wint_t = 0
      errno = 0  // a read that hits the end of input sets none, so a stale EINTR must not stay
      switch wget_wch(window, &character) {
      case KEY_CODE_YES:
        errorsInARow = 0
        if let key = functionKey(Int32(bitPattern: character)) { return key }
      case OK:
        errorsInARow = 0
        if let key = Self.key(forCharacter: UInt32(character)) { return key }
      default:
        // An interrupted read (a signal) is no sign of a closed input.
        if errno == EINTR { continue }
        if Self.nothingToRead(inputDescriptor) {
          // The wait timed out (see `idleCheck`). ncurses looks for a resize before it waits,
          // so one whose signal came in between is only seen here, not at the next key.
          if resizeWasMissed() { return .resize }
          continue
        }
        errorsInARow += 1
        if errorsInARow >= Self.errorsMeaningEndOfInput {
          endInput()
          return .endOfInput
        }
      }
    }
  }

  /// Whether `descriptor` has nothing to read and has not ended: a wait that timed out, not a
  /// closed input (which polls as readable or hung up, and reads nothing).
  static func nothingToRead(_ descriptor: Int32) -> Bool {
    var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&entry, 1, 0) == 0
  }

  /// Resizes ncurses' screen when the terminal's size is not the one it knows; whether it did.
  private func resizeWasMissed() -> Bool {
    var size = winsize()
    guard ioctl(outputDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0,
      is_term_resized(Int32(size.ws_row), Int32(size.ws_col))
    else { return false }
    resizeterm(Int32(size.ws_row), Int32(size.ws_col))
    noteResize()
    return true
  }

  /// The key for a curses function key code, or `nil` for one the screens do not use.
  private func functionKey(_ code: Int32) -> Key? {
    switch code {
    case KEY_RESIZE:
      // ncurses has already resized its screen; the next canvas is drawn whole.
      noteResize()
      return .resize
    case KEY_MOUSE:
      var event = MEVENT()
      guard getmouse(&event) == OK else { return nil }
      let pressed = event.bstate & (skinquiz_button1_pressed() | skinquiz_button1_clicked()) != 0
      let released = event.bstate & skinquiz_button1_released() != 0
      // A click is reported on the press. When press and release arrive in one read, ncurses
      // keeps only the release, so a release with no press before it is the click.
      defer { buttonIsDown = pressed && !released }
      guard pressed || (released && !buttonIsDown) else { return nil }
      return .click(row: Int(event.y), column: Int(event.x))
    default:
      return Self.key(forFunctionKey: code)
    }
  }

  /// The key for a curses function key code other than resize and mouse events.
  static func key(forFunctionKey code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME, KEY_A1: return .home  // KEY_A1: keypad Home on some terminals
    case KEY_END, KEY_C1: return .end  // KEY_C1: keypad End
    case KEY_BTAB: return .backTab
    case KEY_BACKSPACE: return .backspace
    case KEY_ENTER: return .enter
    default: return nil
    }
  }

  /// The key for a character `wget_wch` returned, or `nil` for a control character with no
  /// meaning here.
  static func key(forCharacter value: UInt32) -> Key? {
    switch value {
    case 10, 13: return .enter  // Enter arrives as 13 after nonl(), 10 as Ctrl-J
    case 9: return .tab
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26:
      // Ctrl-A is 1 ... Ctrl-Z is 26 (Ctrl-Z itself normally suspends before it gets here).
      return .control(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(value - 1))))
    case 0..<32, 0x7F..<0xA0:
      return nil  // Ctrl-Space, Ctrl-\ and the like, and C1 controls
    default:
      return Unicode.Scalar(value).map { .character(Character($0)) }
    }
  }

  /// Teaches ncurses the sequences terminals commonly send for the keys the screens use, where
  /// the terminfo entry has no key of its own for them.
  ///
  /// Terminals do not always send what their entry says: tmux sends `ESC [ 1 ~` for Home under
  /// any TERM (xterm's entry says `ESC O H`), `ESC [ Z` for Shift-Tab under `linux` and `vt100`,
  /// and right after `fg` the arrows come in cursor mode (`ESC [ A`) until keypad mode is back.
  /// Unknown, each would arrive as Esc followed by letters, and Esc means "back".
  static func addCommonKeySequences() {
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
}
