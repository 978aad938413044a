import CNcursesw
import DrawingSurface

/// The ncurses ``Terminal``: shows canvases on a real terminal and reads its keys.
///
/// It only translates: canvases become curses calls and curses input becomes ``Key``s. Whatever
/// way the program ends (``close()``, SIGINT, SIGTERM, SIGHUP, a Swift trap), the terminal is
/// restored and anything written to standard error meanwhile is shown afterwards.
///
/// ncurses is global state, so only one instance can be open at a time.
public final class CursesTerminal: Terminal {
  /// The current size, updated when the terminal reports a resize.
  public private(set) var size: TerminalSize
  /// Whether colours are used: they were asked for and the terminal has them.
  public let usesColor: Bool
  /// Whether link cells are sent as OSC 8 hyperlinks (see ``supportsHyperlinks(environment:)``).
  public let usesHyperlinks: Bool
  /// Whether coloured text has a black background: the terminal cannot keep its own.
  let blackBackground: Bool

  /// The curses screen, freed by ``close()``.
  private(set) var screen: OpaquePointer?
  /// `/dev/tty`, opened when a standard stream is redirected; closed by ``close()``.
  private var controllingTerminal: UnsafeMutablePointer<FILE>?
  /// Where keys are read: standard input, or `/dev/tty`.
  let inputDescriptor: Int32
  /// Where the screens are drawn and the size is asked: standard output, or `/dev/tty`.
  let outputDescriptor: Int32
  /// The standard screen's window, where everything is drawn and read.
  let window: UnsafeMutablePointer<WINDOW>
  /// The last canvas shown; `present(_:)` draws only the cells that differ from it.
  var shown: Canvas?
  /// Whether the next canvas is drawn whole: the first one, after a resize or ``repaint()``.
  var needsFullRedraw = true
  /// Failed reads (`ERR` from `wget_wch`) in a row; on a closed input they never stop.
  var errorsInARow = 0
  private var inputEnded = false
  /// Whether button 1 is held: its press was reported as a click, so its release is not.
  var buttonIsDown = false

  /// Only one curses screen can exist; only the main flow opens and closes it.
  nonisolated(unsafe) static var isOpen = false

  /// How many failed reads in a row mean that input has ended.
  ///
  /// More than one, because a signal can interrupt a read; few, so a closed input is noticed
  /// at once.
  static let errorsMeaningEndOfInput = 5

  /// How long a wait for a key lasts before the size is checked, in milliseconds: the last of
  /// a burst of resizes can land as ncurses starts to wait and would otherwise be seen only at
  /// the next key.
  static let idleCheck: Int32 = 250

  /// Wraps a screen that ``open(useColor:hyperlinks:)`` has started and set up.
  init(
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

  /// Whether the screens are drawn on `/dev/tty` rather than on standard output, which is
  /// then free for the result (`skinquiz > summary.txt`), as fzf and dialog do.
  public var drawsOnControllingTerminal: Bool { controllingTerminal != nil }

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
}
