import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension EndToEnd {
  /// Faults the full screen must come back from or end cleanly on: a suspend and `fg`, a storm
  /// of resizes, crash signals and real Swift traps, and a reader that goes away.
  ///
  /// Every test ends with the terminal as it was: `stty -g` as before (see `SignalTests` for SIGINT,
  /// SIGTERM and SIGHUP), and so are the modes `stty` does not show (alternate screen, keypad,
  /// mouse, cursor).
  @Suite(EndToEnd.needsTmux) struct FaultTests {
    /// What a test does on a screen and what it then waits for.
    typealias Step = (keys: [String], until: [String])

    /// From the welcome to question 1 with its second option chosen.
    static let toAge: [Step] = [
      (["Enter"], ["How old are you?"]),
      (["Down", "Space"], [" › 2 (•) 18 to 21", "Space choose"]),
    ]

    /// From the welcome to question 2 with options 1 and 4 ticked, the cursor on 4.
    static let toConcerns: [Step] = [
      (["Enter"], ["How old are you?"]),
      (["3", "Enter"], ["Which concerns would you like to improve?", "Space tick"]),
      (["1", "4"], ["1 [x] Acne scars", " › 4 [x] Sun damage"]),
    ]

    /// Waits for the welcome, then takes `steps`; returns the screen once it has settled.
    static func take(_ steps: [Step], on tmux: Tmux) async throws -> String {
      try await tmux.waitFor(welcomeHint)
      for step in steps {
        try tmux.send(step.keys)
        try await tmux.waitForAll(step.until)
      }
      return try await settled(tmux)
    }

    /// The screen a new `skinquiz` draws at `width` by `height` after `steps`: what a redrawn
    /// screen must be, to the cell.
    static func freshScreen(width: Int, height: Int, after steps: [Step]) async throws -> String {
      let tmux = try Tmux()
      try tmux.startSkinquiz(width: width, height: height)
      let screen = try await take(steps, on: tmux)
      try tmux.send("q", "y")
      try await expectEnded(tmux, with: 1)
      return screen
    }

    /// Polls `condition` every 20 ms until it holds, or throws with `what` after `timeout`.
    static func poll(
      _ what: String, timeout: Duration = .seconds(10), until condition: () throws -> Bool
    ) async throws {
      let deadline = ContinuousClock.now + timeout
      while try !condition() {
        guard ContinuousClock.now < deadline else {
          throw Tmux.Failure(description: "waited \(timeout) for \(what)")
        }
        try await Task.sleep(for: .milliseconds(20))
      }
    }

    /// Checks that the program ended with `status`, with `stty -g` and the pane's other modes
    /// as before.
    static func expectRestored(
      _ tmux: Tmux, with status: Int32, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
      try await expectEnded(tmux, with: status, sourceLocation: sourceLocation)
      let modes = try tmux.paneModesAroundProgram()
      #expect(
        modes.before.hasPrefix("alternate screen 0, keypad 00"), "\(modes.before)",
        sourceLocation: sourceLocation)
      #expect(
        modes.after == modes.before, "the pane's modes after the program",
        sourceLocation: sourceLocation)
    }

    // MARK: - Suspend and resume

    /// How the program is suspended.
    enum Suspension: String, CaseIterable, CustomTestStringConvertible {
      case controlZ = "Ctrl-Z, then fg"
      case sigtstpAndResize = "SIGTSTP, a resize while stopped, then fg"

      var testDescription: String { rawValue }
    }

    @Test(arguments: Suspension.allCases)
    func suspended_it_gives_the_terminal_back_and_fg_repaints_the_question_and_keys_work(
      _ suspension: Suspension
    ) async throws {
      // With job control, as at an interactive prompt: the program has a process group of its
      // own, so the stop really happens, and the shell takes the terminal while it lasts.
      let tmux = try Tmux()
      try tmux.start(command: [Paths.executable.path], jobControl: true)
      let question = try await Self.take(Self.toAge, on: tmux)
      let fullScreenModes = try tmux.paneModes()
      switch suspension {
      case .controlZ: try tmux.send("C-z")
      case .sigtstpAndResize: try await tmux.signal(SIGTSTP)
      }
      // The shell saw the program stop (status 148: SIGTSTP), with the terminal as before.
      let stoppedModes = try await tmux.waitForStop()
      try await tmux.waitFor("STOPPED=148", scrollback: 200)
      let modesWhileStopped = try tmux.paneModes()

      var expected = question
      if suspension == .sigtstpAndResize {
        // Only the shell, in the foreground, hears of this resize.
        try tmux.resize(width: 100, height: 30)
        expected = try await Self.freshScreen(width: 100, height: 30, after: Self.toAge)
      }
      try tmux.resumeInForeground()
      try await tmux.waitFor("the question as it was, drawn whole again") { $0 == expected }
      // Keypad mode is back (tmux now sends the arrows as ESC O A...), and the mouse.
      try await Self.poll("the full screen's modes") { try tmux.paneModes() == fullScreenModes }
      try tmux.send("Up")
      try await tmux.waitForAll([" › 1 ( ) Under 18", "   2 (•) 18 to 21"])
      try tmux.send("Down", "Down")
      try await tmux.waitFor(" › 3 ( ) 22 or older")
      try tmux.send("q", "y")
      try await Self.expectRestored(tmux, with: 1)
      let stty = try tmux.terminalModes()
      #expect(stoppedModes == stty.before, "stty -g while stopped")
      let modes = try tmux.paneModesAroundProgram()
      #expect(modesWhileStopped == modes.before, "the pane's modes while stopped")
    }

    /// How the program is sent SIGTSTP where nothing can stop it.
    enum StopWithoutJobControl: String, CaseIterable, CustomTestStringConvertible {
      case controlZ = "Ctrl-Z"
      case signals = "SIGTSTP, then SIGCONT"

      var testDescription: String { rawValue }
    }

    @Test(arguments: StopWithoutJobControl.allCases)
    func without_job_control_a_suspend_cannot_stop_it_and_keys_still_work(
      _ way: StopWithoutJobControl
    ) async throws {
      // A script's shell has no job control: the program is in the shell's process group, which
      // is orphaned, so the kernel discards the stop ncurses' SIGTSTP handler sends itself after
      // ending curses mode, and the handler goes straight on to repaint. Ctrl-Z reaches the whole
      // group (the shell's own stop is discarded the same way), SIGTSTP only the program; both
      // must leave the program as it was, not half suspended. The suspend test above has the
      // job control that makes Ctrl-Z a real stop.
      let tmux = try Tmux()
      try tmux.startSkinquiz()
      let question = try await Self.take(Self.toAge, on: tmux)
      let fullScreenModes = try tmux.paneModes()
      try tmux.recordOutput()
      switch way {
      case .controlZ: try tmux.send("C-z")
      case .signals: try await tmux.signal(SIGTSTP)
      }
      // The program left the alternate screen and came back to it (xterm's rmcup and smcup):
      // the suspend was handled, and the terminal is in the program's modes again, so keys can
      // be sent. (Sent earlier, they could be flushed with the typeahead, or read half in the
      // shell's modes.)
      try await Self.poll("the program to leave and re-enter the full screen") {
        let output = tmux.output()
        guard let left = output.range(of: "\u{1B}[?1049l") else { return false }
        return output[left.upperBound...].contains("\u{1B}[?1049h")
      }
      // Only now: a SIGCONT discards a SIGTSTP still waiting to be handled.
      if way == .signals { try await tmux.signal(SIGCONT) }
      try await tmux.waitFor("the question as it was") { $0 == question }
      try await Self.poll("the full screen's modes") { try tmux.paneModes() == fullScreenModes }
      try tmux.send("Up")
      try await tmux.waitForAll([" › 1 ( ) Under 18", "   2 (•) 18 to 21"])
      try tmux.send("End")
      try await tmux.waitFor(" › 3 ( ) 22 or older")
      try tmux.send("q", "y")
      try await Self.expectRestored(tmux, with: 1)
    }

    // MARK: - Resizes

    @Test func after_100_resizes_the_last_size_is_drawn_as_new_with_the_ticks_kept() async throws {
      let tmux = try Tmux()
      try tmux.startSkinquiz()
      _ = try await Self.take(Self.toConcerns, on: tmux)
      // Each resize is a tmux command of its own, one after the other as fast as they run; the
      // too-small size (30x8, the enlarge notice) is among them. The last one is 120x40.
      let sizes = [(30, 8), (40, 12), (80, 24), (120, 40)]
      let took = try await onOwnThread {
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<25 {
          for (width, height) in sizes { try tmux.resize(width: width, height: height) }
        }
        return clock.now - start
      }
      print("EndToEnd.FaultTests.after_100_resizes: 100 resizes took \(took)")
      #expect(try tmux.format("#{pane_width}x#{pane_height}") == "120x40")

      let expected = try await Self.freshScreen(width: 120, height: 40, after: Self.toConcerns)
      try await tmux.waitFor("the question as a new program draws it at 120x40") {
        $0 == expected
      }
      try tmux.send("2")
      try await tmux.waitForAll([
        "   1 [x] Acne scars", " › 2 [x] Fine lines and wrinkles", "   4 [x] Sun damage",
      ])
      // The ticks are the answer: acne scars brings in its question.
      try tmux.send("Enter")
      try await tmux.waitFor("Which best describes your acne scars?")
      try tmux.send("q", "y")
      try await Self.expectRestored(tmux, with: 1)
    }

    @Test func keys_right_after_each_of_several_resizes_are_all_taken_in_order() async throws {
      let tmux = try Tmux()
      try tmux.startSkinquiz()
      _ = try await Self.take(Self.toConcerns, on: tmux)
      // 30x8 shows the enlarge notice: the key typed then counts too. A number ticks its option
      // and moves the cursor to it, so Down ends on 4.
      try tmux.resizeAndSend([
        (100, 30, ["1"]), (30, 8, ["2"]), (80, 24, ["3"]), (81, 25, ["Down"]),
      ])
      try await tmux.waitForAll([
        "   1 [ ] Acne scars", "   2 [x] Fine lines", "   3 [x] Enlarged pores",
        " › 4 [x] Sun damage", "   5 [ ] None of these",
      ])
      try tmux.send("q", "y")
      try await Self.expectRestored(tmux, with: 1)
    }

    // MARK: - Crashes

    /// A signal that ends the program as a crash does.
    enum Crash: String, CaseIterable, CustomTestStringConvertible {
      case sigill = "SIGILL"
      case sigtrap = "SIGTRAP"
      case sigsegv = "SIGSEGV"
      case sigbus = "SIGBUS"
      case sigfpe = "SIGFPE"
      case sigabrt = "SIGABRT"
      case sigquit = "SIGQUIT"

      var testDescription: String { rawValue }

      var number: Int32 {
        switch self {
        case .sigill: return SIGILL
        case .sigtrap: return SIGTRAP
        case .sigsegv: return SIGSEGV
        case .sigbus: return SIGBUS
        case .sigfpe: return SIGFPE
        case .sigabrt: return SIGABRT
        case .sigquit: return SIGQUIT
        }
      }
    }

    @Test(
      EndToEnd.crashesAreOurs,
      arguments: Crash.allCases)
    func a_crash_signal_restores_the_terminal_and_exits_128_plus_the_signal(_ crash: Crash)
      async throws
    {
      // No input makes the running program trap, and no environment variable either: the Swift
      // runtime's (SWIFT_BACKTRACE, SWIFT_DEBUG_...) only say how failures are reported. So the
      // signal is sent with kill: the same signal and handler as a trap, though a sent signal
      // (si_code <= 0) takes the handler's branch that raises it again, where a fault returns
      // to fault again; the next test makes real faults, with a debugger. All these signals
      // dump core, and a shell reports 128 + the signal whether or not a core file was written.
      let tmux = try Tmux()
      try tmux.startSkinquiz()
      _ = try await Self.take(Self.toAge, on: tmux)
      try await tmux.signal(crash.number)
      try await Self.expectRestored(tmux, with: 128 + crash.number)
      let after = try tmux.screen(scrollback: 500)
      #expect(!after.contains("How old are you?"), "the alternate screen is gone:\n\(after)")
      if crash != .sigquit {
        // The Swift runtime's crash report ("💣 Program crashed: ...", then the thread that
        // "crashed") is on the normal screen, where it can be read.
        #expect(after.contains("crashed"), "Swift's crash report:\n\(after)")
      }
    }

    /// A real fault, made by a debugger in the running program.
    enum RealFault: String, CaseIterable, CustomTestStringConvertible {
      case swiftTrap = "the arithmetic overflow trap in CursesTerminal.nextKey()"
      case nullJump = "a jump to address 0"

      var testDescription: String { rawValue }
      var status: Int32 { self == .swiftTrap ? 128 + SIGILL : 128 + SIGSEGV }
    }

    /// Whether gdb can attach to the program: x86-64 Linux (the only place this was tried, and
    /// where `$orig_rax` exists), gdb installed, and ptrace allowed.
    static let canDebug: Bool = {
      #if arch(x86_64) && os(Linux)
        let scope =
          (try? String(contentsOfFile: "/proc/sys/kernel/yama/ptrace_scope", encoding: .utf8))
          .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
        return FaultTests.gdb != nil && (scope == 0 || (geteuid() == 0 && scope < 3))
      #else
        return false
      #endif
    }()

    /// The `gdb` executable on the `PATH`, if there is one.
    static let gdb: String? = {
      let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
      return path.split(separator: ":").lazy.map { "\($0)/gdb" }
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    @Test(
      .enabled(if: FaultTests.canDebug, "needs gdb, and ptrace, on x86-64 Linux"),
      EndToEnd.crashesAreOurs,
      arguments: RealFault.allCases)
    func a_real_swift_trap_or_fault_restores_the_terminal_and_exits_128_plus_the_signal(
      _ fault: RealFault
    ) async throws {
      // gdb attaches to the program waiting for a key and points it at a faulting instruction:
      // the `ud2` that Swift's overflow check of `errorsInARow += 1` jumps to (a runtime failure:
      // SIGILL), or address 0 (SIGSEGV). The fault is the processor's, as in a real crash, so it
      // takes the handler's other way: return, fault again into Swift's backtracer, then again
      // into the default action. `$orig_rax = -1` stops the kernel restarting the interrupted
      // read() by moving the new instruction pointer back.
      let tmux = try Tmux()
      try tmux.startSkinquiz()
      _ = try await Self.take(Self.toAge, on: tmux)
      let pid = try await tmux.programPID()
      let address: String
      switch fault {
      case .swiftTrap:
        let function = "$s14CursesTerminalAAC7nextKey14DrawingSurface0D0OyF"
        let listing = try await Self.debug(pid, ["disassemble '\(function)'"])
        address = try #require(
          listing.split(separator: "\n").first { $0.hasSuffix("\tud2") }?
            .split(separator: " ").first.map(String.init),
          "a ud2 in CursesTerminal.nextKey():\n\(listing)")
      case .nullJump:
        address = "0"
      }
      _ = try await Self.debug(pid, ["set $pc = \(address)", "set $orig_rax = -1", "detach"])
      try await Self.expectRestored(tmux, with: fault.status)
      let after = try tmux.screen(scrollback: 500)
      #expect(after.contains("crashed"), "Swift's crash report:\n\(after)")
      if fault == .swiftTrap {
        #expect(after.contains("arithmetic overflow"), "a Swift runtime failure:\n\(after)")
      }
    }

    /// Runs gdb attached to `pid` with `commands`, and returns what it printed.
    static func debug(_ pid: pid_t, _ commands: [String]) async throws -> String {
      let gdb = try #require(Self.gdb)
      let arguments = ["-nx", "-batch", "-p", "\(pid)"] + commands.flatMap { ["-ex", $0] }
      let run = try await onOwnThread {
        try spawn(gdb, arguments, environment: ProcessInfo.processInfo.environment)
      }
      #expect(run.shellStatus == 0, "gdb failed: \(run.stderr)")
      return run.stdout
    }

    // MARK: - A closed standard error

    @Test func with_standard_error_closed_the_screens_run_and_the_draft_is_kept() async throws {
      let folder = try Paths.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let tmux = try Tmux()
      try tmux.start(
        command: [
          "/bin/sh", "-c", #"exec "$0" --draft d.json 2>&-"#, Paths.executable.path,
        ], directory: folder)
      _ = try await Self.take(Self.toConcerns, on: tmux)
      // The note that says where the answers are cannot be shown; the run ends as it would.
      try tmux.send("q", "y")
      try await Self.expectRestored(tmux, with: 1)
      let draft = try String(contentsOf: folder.appendingPathComponent("d.json"), encoding: .utf8)
      // The ticks on the question shown are not an answer until Enter: question 1's is kept.
      #expect(draft.contains(#""age_band": "22_plus""#), "\(draft)")
      // Nothing went into a file opened in standard error's place (the draft's lock).
      for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
      where name.hasPrefix(".skinquiz-lock-") {
        let size =
          try FileManager.default.attributesOfItem(
            atPath: folder.appendingPathComponent(name).path)[.size] as? Int
        #expect(size == 0, "\(name) holds \(size ?? -1) bytes")
      }
    }

    // MARK: - A reader that goes away

    @Test func plain_piped_into_head_at_a_terminal_dies_of_sigpipe_with_the_terminal_as_it_was()
      async throws
    {
      // The left side records the program's status; the right side closes its end of the pipe
      // once head has exited, then says so, so no reader is left when the test types. --plain,
      // since without it the screens would be drawn on /dev/tty and only the result piped.
      let script =
        "{ \"$0\" --plain; echo $? > status; } | { head -c 10; exec <&-; echo; echo READER-GONE; }; "
        + "exit \"$(cat status)\""
      let tmux = try Tmux()
      try tmux.start(command: ["/bin/sh", "-c", script, Paths.executable.path])
      let screen = try await tmux.waitFor("READER-GONE")
      #expect(screen.contains("Is microne\nREADER-GONE"), "\(screen)")
      // The program waits for the answer to question 1; its next line has nowhere to go. (It
      // may have died already, if its first lines came after head had gone.)
      try? tmux.send("3", "Enter")
      try await Self.expectRestored(tmux, with: 128 + SIGPIPE)
    }
  }

  /// A result written into a pipe whose reader has gone, without a terminal.
  @Suite struct PipeFaultTests {
    /// How the result is made.
    enum Mode: String, CaseIterable, CustomTestStringConvertible {
      case answers = "--answers"
      case plain = "the plain line mode"

      var testDescription: String { rawValue }
    }

    /// Runs `skinquiz` in `mode` with its standard output a pipe that nobody reads any more.
    private static func runIntoClosedPipe(_ mode: Mode, ignoringSIGPIPE: Bool) async throws
      -> Spawned
    {
      let folder = try Paths.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let answers = folder.appendingPathComponent("answers.json")
      try Data(AnswersModeFixtures.example.utf8).write(to: answers)
      let arguments = mode == .answers ? ["--answers", answers.path] : []
      let input = mode == .plain ? (contractNumbers + ["", ""]).joined(separator: "\n") + "\n" : ""
      // `trap '' PIPE` ignores SIGPIPE and the program inherits that, as under a service manager
      // or a program that ignores it and starts this one.
      let command =
        ignoringSIGPIPE
        ? ["/bin/sh", "-c", "trap '' PIPE; exec \"$0\" \"$@\"", Paths.executable.path] + arguments
        : [Paths.executable.path] + arguments
      return try await onOwnThread {
        try spawn(
          command[0], Array(command.dropFirst()), environment: Tmux.baseEnvironment,
          input: input, closedOutput: true)
      }
    }

    @Test(arguments: Mode.allCases)
    func into_a_pipe_whose_reader_has_gone_it_dies_of_sigpipe_141_in_a_shell(_ mode: Mode)
      async throws
    {
      let run = try await Self.runIntoClosedPipe(mode, ignoringSIGPIPE: false)
      #expect(run.signal == SIGPIPE, "ended with status \(run.shellStatus): \(run.stderr)")
      #expect(run.shellStatus == 141)
      #expect(run.stderr.isEmpty)
    }

    @Test(arguments: Mode.allCases)
    func with_sigpipe_ignored_the_lost_output_is_reported_and_exits_74(_ mode: Mode) async throws {
      let run = try await Self.runIntoClosedPipe(mode, ignoringSIGPIPE: true)
      #expect(run.shellStatus == 74)
      #expect(
        run.stderr
          == (mode == .answers
            ? "skinquiz: error: cannot write to standard output: broken pipe\n"
            : "skinquiz: error: cannot write to standard output: broken pipe; your answers "
              + "were not saved\n"))
    }
  }
}

/// How a process ended, and what it printed.
private struct Spawned {
  /// The status `waitpid` gave.
  var waitStatus: Int32
  var stdout: String
  var stderr: String

  /// The signal that ended the process, or `nil` if it exited.
  var signal: Int32? {
    let number = waitStatus & 0x7f
    return number != 0 && number != 0x7f ? number : nil
  }

  /// The status a shell reports: the exit status, or 128 + the signal.
  var shellStatus: Int32 { signal.map { 128 + $0 } ?? (waitStatus >> 8) & 0xff }
}

/// Runs `path` with `arguments` and waits for it; call it on a thread of its own.
///
/// Standard input is `input`; standard output goes to a file or, with `closedOutput`, to a pipe
/// whose reading end is closed before the process starts, as when a reader has gone. The process
/// gets default signal actions and an empty signal mask, as from a shell: the test's threads
/// block signals, and a blocked SIGPIPE would turn the signal into an error.
private func spawn(
  _ path: String, _ arguments: [String], environment: [String: String], input: String = "",
  closedOutput: Bool = false
) throws -> Spawned {
  let folder = try Paths.temporaryFolder()
  defer { try? FileManager.default.removeItem(at: folder) }
  let inputPath = folder.appendingPathComponent("stdin").path
  let outputPath = folder.appendingPathComponent("stdout").path
  let errorPath = folder.appendingPathComponent("stderr").path
  try Data(input.utf8).write(to: URL(fileURLWithPath: inputPath))
  try Data().write(to: URL(fileURLWithPath: outputPath))

  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
  var pipe: [Int32] = [-1, -1]
  if closedOutput {
    guard Spawn.pipe2(&pipe, O_CLOEXEC) == 0 else {
      throw Tmux.Failure(description: "pipe2 failed: errno \(errno)")
    }
    close(pipe[0])  // the reader is gone before the writer starts
    posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
  } else {
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_TRUNC, 0)
  }
  posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  defer { if pipe[1] >= 0 { close(pipe[1]) } }

  let pid = try Spawn.start(path, arguments, environment: environment, actions: &actions)
    .mapError { Tmux.Failure(description: $0.description) }.get()
  var status: Int32 = 0
  while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
  func read(_ path: String) -> String {
    String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
  }
  return Spawned(waitStatus: status, stdout: read(outputPath), stderr: read(errorPath))
}
