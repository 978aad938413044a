import CNcursesw

/// Gives the terminal back on every way out while curses owns it.
///
/// - SIGINT, SIGTERM, SIGHUP and SIGQUIT: end curses, then die of the same signal, so the shell
///   sees 130, 143, 129 and 131 and the terminal modes are those from before.
/// - A Swift trap or a crash (SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT): end curses,
///   show what went to standard error, then hand the signal to the handler that was there
///   before (Swift's backtracer), so its message and backtrace appear on the normal screen,
///   then die of the signal, so the shell sees 132, 133, 139, 135, 136 and 134; also when the
///   signal was sent by `kill` rather than raised by a fault.
/// - SIGTSTP, SIGCONT and SIGWINCH stay with ncurses: it suspends, repaints and resizes. One
///   step is added after ncurses' SIGTSTP handler: keypad mode is switched back on. ncurses
///   switches it off when it suspends and only on again in the *next* `wget_wch`, so the first
///   key after `fg` (read by the call that was waiting all along) would come as raw escape bytes:
///   Up as Esc, `[`, `A`.
///
/// On a terminal without an alternate screen (vt100, the Linux console), the screen is cleared
/// after curses ends on every way out: otherwise the last screen would stay, with the exit text
/// printed over its footer.
///
/// Standard error goes to an unlinked temporary file while curses owns the screen (anything
/// written there would land on the full-screen display and be lost) and is written back after.
///
/// ncurses is process-wide, so this is too. The handlers use only the raw globals below, which
/// are set before any handler is installed.
enum TerminalGuard {
  /// Signals that end the program: restore, then die of the same signal.
  private static let terminationSignals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
  /// Signals of traps and crashes: restore, then pass on to the previous handler.
  private static let trapSignals = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT]
  /// Signals ncurses installs handlers for itself; they are put back on release.
  private static let cursesSignals = [SIGTSTP, SIGCONT, SIGWINCH]

  /// Records the signal actions from before curses starts.
  ///
  /// They are put back on release, and traps are passed on to them. Call just before
  /// `newterm`, which installs handlers of its own.
  static func recordDispositions() {
    if savedActions == nil {
      // Never freed: a handler may read it at any time.
      savedActions = .allocate(capacity: signalSlots)
      savedActions?.initialize(repeating: sigaction(), count: signalSlots)
    }
    guard let savedActions else { return }
    recordedSignals = 0
    for number in terminationSignals + trapSignals + cursesSignals {
      if sigaction(number, nil, savedActions + Int(number)) == 0 {
        recordedSignals |= 1 << UInt64(number)
      }
    }
  }

  /// Forgets the recorded actions when curses did not start after all.
  static func forgetDispositions() {
    recordedSignals = 0
  }

  /// Captures standard error and installs the handlers; call right after curses starts.
  ///
  /// - Parameters:
  ///   - window: The window whose keypad mode is switched back on after a suspend.
  ///   - clearing: The terminal's descriptor, to clear the screen on after curses ends; -1 to
  ///     leave it (a terminal with an alternate screen gets its own screen back).
  ///   - temporaryFolder: Where the hidden file that holds standard error is made.
  static func install(
    window: UnsafeMutablePointer<WINDOW>, clearing: Int32 = -1, temporaryFolder: String
  ) {
    if replayBuffer == nil {
      replayBuffer = .allocate(byteCount: replayBufferSize, alignment: 8)
    }
    // Globals are initialised lazily on first use; make sure no handler is the first.
    _ = (ownsTerminal, savedActions, recordedSignals, standardErrorCopy, captureFile)
    _ = (suspendAction, keypadWindow, clearDescriptor)
    clearDescriptor = clearing
    captureStandardError(in: temporaryFolder)
    ownsTerminal = 1

    for number in terminationSignals where !wasIgnored(number) {
      var action = sigaction()
      action.plainHandler = handleTermination
      sigfillset(&action.sa_mask)  // no other handler may run halfway through the restore
      sigaction(number, &action, nil)
    }
    for number in trapSignals {
      var action = sigaction()
      action.infoHandler = handleTrap
      sigfillset(&action.sa_mask)
      // SA_ONSTACK: a stack overflow can only be handled on the alternate stack the Swift
      // runtime sets up.
      action.sa_flags = SA_SIGINFO | SA_ONSTACK
      sigaction(number, &action, nil)
    }
    wrapSuspendHandler(window: window)
  }

  /// Whether `number` was ignored before curses started (as `nohup` does for SIGHUP and a shell
  /// for SIGINT in background jobs); such signals stay ignored.
  private static func wasIgnored(_ number: Int32) -> Bool {
    guard let savedActions, recordedSignals & (1 << UInt64(number)) != 0 else { return false }
    return savedActions[Int(number)].ignores
  }

  /// Wraps the SIGTSTP handler ncurses installed, if it did (it does not when SIGTSTP was
  /// ignored, as under a shell without job control), so keypad mode returns after `fg`.
  private static func wrapSuspendHandler(window: UnsafeMutablePointer<WINDOW>) {
    var current = sigaction()
    guard sigaction(SIGTSTP, nil, &current) == 0 else { return }
    guard current.runsHandler else { return }
    keypadWindow = window
    if suspendAction == nil {
      // Never freed: the handler may read it at any time.
      suspendAction = .allocate(capacity: 1)
      suspendAction?.initialize(to: sigaction())
    }
    suspendAction?.pointee = current
    var wrapper = current
    wrapper.infoHandler = handleSuspend
    wrapper.sa_flags |= SA_SIGINFO
    // Not restarted: the wait for a key returns, so a resize while stopped is seen at once.
    wrapper.sa_flags &= ~Int32(SA_RESTART)
    sigaction(SIGTSTP, &wrapper, nil)
  }

  /// Ends curses, replays standard error and puts back every recorded signal action.
  ///
  /// Safe to call more than once.
  static func release() {
    restoreTerminal()
    guard let savedActions else { return }
    for number in terminationSignals + trapSignals + cursesSignals
    where recordedSignals & (1 << UInt64(number)) != 0 {
      sigaction(number, savedActions + Int(number), nil)
    }
    recordedSignals = 0
  }

  /// Sends standard error to an unlinked temporary file, keeping a copy of the real one.
  ///
  /// Only when standard error is a terminal: a file or pipe does not disturb the screen, and
  /// keeps its order.
  private static func captureStandardError(in directory: String) {
    guard isatty(STDERR_FILENO) == 1, captureFile < 0 else { return }
    var template = Array("\(directory)/skinquiz-stderr-XXXXXX".utf8CString)
    let file = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let path = buffer.baseAddress else { return -1 }
      return mkstemp(path)
    }
    guard file >= 0 else { return }  // no temporary file: stderr just stays on the terminal
    template.withUnsafeBufferPointer { buffer in
      if let path = buffer.baseAddress { unlink(path) }
    }
    fflush(nil)  // what is buffered belongs on the terminal, before the redirect
    let copy = dup(STDERR_FILENO)
    guard copy >= 0, dup2(file, STDERR_FILENO) >= 0 else {
      if copy >= 0 { close(copy) }
      close(file)
      return
    }
    // Programs the questionnaire might start must not inherit these.
    _ = fcntl(copy, F_SETFD, FD_CLOEXEC)
    _ = fcntl(file, F_SETFD, FD_CLOEXEC)
    standardErrorCopy = copy
    captureFile = file
  }
}

/// Signal numbers below this have a slot in `savedActions` (the standard signals).
private let signalSlots = 32
private let replayBufferSize = 4096

// The state the handlers read. Plain values and raw pointers only: no reference counting or
// allocation can happen in a handler. `install()` touches each before any handler exists, so
// none is first initialised inside a handler.

/// 1 while curses owns the terminal and `restoreTerminal()` has work to do.
private nonisolated(unsafe) var ownsTerminal: Int32 = 0
/// The actions from before curses started, indexed by signal number.
private nonisolated(unsafe) var savedActions: UnsafeMutablePointer<sigaction>?
/// Which slots of `savedActions` hold a recorded action, as bit 1 << signal.
private nonisolated(unsafe) var recordedSignals: UInt64 = 0
/// The real standard error while it is captured, or -1.
private nonisolated(unsafe) var standardErrorCopy: Int32 = -1
/// The file standard error goes to while it is captured, or -1.
private nonisolated(unsafe) var captureFile: Int32 = -1
/// The SIGTSTP action ncurses installed, which `handleSuspend` calls.
///
/// Allocated, never a global `sigaction`: an unoptimised build lays such a global out in 148
/// bytes and then copies the struct's 152 into it, writing past its end (AddressSanitizer's
/// global-buffer-overflow; reproduced in a two-file program, fixed by optimising).
private nonisolated(unsafe) var suspendAction: UnsafeMutablePointer<sigaction>?
/// The window whose keypad mode `handleSuspend` switches back on.
private nonisolated(unsafe) var keypadWindow: UnsafeMutablePointer<WINDOW>?
/// The terminal to clear after curses ends (it has no alternate screen), or -1.
private nonisolated(unsafe) var clearDescriptor: Int32 = -1
/// Memory for copying the captured text back, allocated before any handler is installed.
private nonisolated(unsafe) var replayBuffer: UnsafeMutableRawPointer?

/// Ends curses and replays standard error, once.
///
/// `endwin` is not async-signal-safe, but ncurses' own signal handlers call it the same way;
/// the rest is plain system calls.
private func restoreTerminal() {
  guard ownsTerminal != 0 else { return }
  ownsTerminal = 0
  endwin()
  if clearDescriptor >= 0 {
    // After endwin, which leaves the cursor on the bottom row: what is printed next (the
    // summary, a note, a crash report) starts at the top of an empty screen.
    _ = skinquiz_clear_screen(clearDescriptor)
  }
  replayStandardError()
}

/// Points standard error back at the terminal and writes out what was captured meanwhile.
private func replayStandardError() {
  guard captureFile >= 0, standardErrorCopy >= 0 else { return }
  dup2(standardErrorCopy, STDERR_FILENO)
  close(standardErrorCopy)
  standardErrorCopy = -1
  if let replayBuffer, lseek(captureFile, 0, SEEK_SET) == 0 {
    while true {
      let count = read(captureFile, replayBuffer, replayBufferSize)
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { break }
      var written = 0
      while written < count {
        let result = write(STDERR_FILENO, replayBuffer + written, count - written)
        if result < 0 && errno == EINTR { continue }
        guard result > 0 else { break }
        written += result
      }
    }
  }
  close(captureFile)
  captureFile = -1
}

/// SIGINT, SIGTERM, SIGHUP, SIGQUIT: restore the terminal, then die of the same signal.
private func handleTermination(_ number: Int32) {
  restoreTerminal()
  _ = signal(number, SIG_DFL)
  // Blocked while this handler runs; delivered, with the default action, as it returns.
  raise(number)
}

/// SIGTSTP (Ctrl-Z): ncurses suspends and, after `fg`, repaints; then keypad mode goes back on.
private func handleSuspend(
  _ number: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?
) {
  if let action = suspendAction?.pointee {
    if action.takesInfo {
      action.infoHandler?(number, info, context)
    } else {
      action.plainHandler?(number)
    }
  }
  if ownsTerminal != 0, isendwin() == false, let keypadWindow {
    keypad(keypadWindow, true)
    // The terminal may have changed size while the program was stopped, and only the shell
    // was told: ask for the resize to be looked at now.
    kill(getpid(), SIGWINCH)
  }
}

/// A trap or crash: restore the terminal, then let the previous handler (Swift's backtracer)
/// have the signal, so its message and backtrace appear.
private func handleTrap(
  _ number: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?
) {
  restoreTerminal()
  var previous = sigaction()
  if let savedActions, number >= 0, number < signalSlots,
    recordedSignals & (1 << UInt64(number)) != 0
  {
    previous = savedActions[Int(number)]
  }
  // An ignored fault would fault again forever: fall back to the default action.
  if previous.ignores {
    previous = sigaction()
  }
  sigaction(number, &previous, nil)
  // A real fault needs nothing: returning re-runs the faulting instruction, which now faults
  // into the previous handler.
  guard let info, info.pointee.si_code <= 0 else { return }
  // A signal sent by raise(), abort() or kill() (si_code <= 0) happens once. Swift's backtracer
  // returns after its report, counting on the fault to happen again, so a sent signal would
  // leave the program running without its screen: call the previous handler here, then die of
  // the signal, which is blocked while this handler runs and delivered as it returns.
  // The previous handler runs with its own signal mask, as if the signal were delivered to it:
  // this handler's blocks every signal, and a thread it starts would inherit that (the
  // backtracer's memory reader, which catches its own faults, would die of the first one).
  var ownMask = sigset_t()
  pthread_sigmask(SIG_SETMASK, &previous.sa_mask, &ownMask)
  if previous.runsHandler {
    if previous.takesInfo {
      previous.infoHandler?(number, info, context)
    } else {
      previous.plainHandler?(number)
    }
  }
  pthread_sigmask(SIG_SETMASK, &ownMask, nil)
  _ = signal(number, SIG_DFL)
  raise(number)
}
