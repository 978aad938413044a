import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension EndToEnd {
  /// Crash signals and real Swift traps mid-question: the terminal is restored and the program
  /// dies of the signal (128 + n in a shell), as a crash should.
  ///
  /// SIGINT, SIGTERM and SIGHUP, which end it cleanly, are `SignalTests`.
  ///
  /// Every test ends with the terminal as it was: `stty -g` as before, and so are the modes
  /// `stty` does not show (alternate screen, keypad, mouse, cursor).
  @Suite(EndToEnd.needsTmux) struct CrashTests {
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
      _ = try await take(toAge, on: tmux)
      try await tmux.signal(crash.number)
      try await expectRestored(tmux, with: 128 + crash.number)
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
        return CrashTests.gdb != nil && (scope == 0 || (geteuid() == 0 && scope < 3))
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
      .enabled(if: CrashTests.canDebug, "needs gdb, and ptrace, on x86-64 Linux"),
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
      _ = try await take(toAge, on: tmux)
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
      try await expectRestored(tmux, with: fault.status)
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
  }
}
