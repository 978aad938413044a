import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Drives a program in a real terminal: a private tmux server with one pane.
///
/// Each instance has its own server (`tmux -L skinquiz-e2e-<uuid>`) and its own temporary
/// folder, so tests can run in parallel; the server is killed, and the folder removed, when the
/// instance goes away (or, should the test process die first, within a second of that). The
/// pane runs a small shell script that records `stty -g` before and
/// after the program and prints them, then `EXIT=<status>`, on the normal screen, so a test
/// sees how the program ended and whether it gave the terminal back as it found it.
///
/// Nothing sleeps blindly: ``waitFor(_:timeout:scrollback:)`` polls the screen every 20 ms
/// and fails with the last screen in its message.
///
/// One test drives an instance at a time (it is `Sendable` so that the test can time keys on a
/// thread of its own); only ``start(command:width:height:environment:directory:jobControl:)``
/// changes it. The server gets an empty signal mask and default signal actions, and none of the
/// test process's descriptors, so that it can be killed and no test waits on it by mistake.
public final class Tmux: @unchecked Sendable {
  /// What went wrong while driving the terminal.
  public struct Failure: Error, CustomStringConvertible {
    public var description: String

    public init(description: String) {
      self.description = description
    }
  }

  /// The environment every pane starts with, before a test's own variables: nothing from the
  /// test's environment (so no `SKINQUIZ_PACK`), a UTF-8 locale, a fixed time for results and
  /// no interactive Swift backtraces.
  ///
  /// Sanitizer options (`ASAN_OPTIONS`) are passed on, so that a sanitized run can set them.
  public static let baseEnvironment: [String: String] = {
    var environment = [
      "PATH": "/usr/local/bin:/usr/bin:/bin",
      "TERM": "xterm-256color",
      "LANG": "C.UTF-8",
      "SOURCE_DATE_EPOCH": "1767261600",
      "SWIFT_BACKTRACE": "interactive=no",
    ]
    environment["ASAN_OPTIONS"] = ProcessInfo.processInfo.environment["ASAN_OPTIONS"]
    return environment
  }()

  /// The `tmux` executable on the `PATH`, if there is one.
  public static let executable: URL? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    return path.split(separator: ":").lazy
      .map { URL(fileURLWithPath: String($0)).appendingPathComponent("tmux") }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }()

  /// Whether tmux is installed, for `.enabled(if:)`.
  public static var isInstalled: Bool { executable != nil }

  /// The server's socket name, unique to this instance.
  public let socket = "skinquiz-e2e-\(UUID().uuidString)"
  /// A private folder for the pane's script and the files it writes.
  public let folder: URL
  private let target = "e2e"
  private var started = false
  /// The server's socket file, removed with the server.
  private var socketPath: String?

  /// Makes a driver; nothing runs until
  /// ``start(command:width:height:environment:directory:jobControl:)``.
  public init() throws {
    guard Self.isInstalled else { throw Failure(description: "tmux is not installed") }
    folder = try Paths.temporaryFolder()
  }

  deinit {
    if started { _ = try? tmux(["kill-server"]) }
    if let socketPath { unlink(socketPath) }
    try? FileManager.default.removeItem(at: folder)
  }

  // MARK: - Starting

  /// Runs `command` (the executable, then its arguments) in a new pane of `width` by `height`.
  ///
  /// The pane's shell starts from an empty environment plus ``baseEnvironment`` and
  /// `environment` (which wins), in `directory` (the private folder by default). It records
  /// `stty -g` (and ``paneModes()``), prints `STTY-BEFORE=…`, runs the command, records them
  /// again, then prints `STTY-AFTER=…` and `EXIT=<status>`. The pane stays on screen after the
  /// command ends. The shell survives the SIGINT a Ctrl-C sends to the whole foreground process
  /// group, so it can print the status. A watchdog in the background kills this server if the
  /// test process dies without doing so (a crash), so no server outlives the tests.
  ///
  /// Without `jobControl` the shell is not interactive and has no job control, like any shell
  /// script: the program shares the shell's process group, which is orphaned (the shell leads
  /// the pane's session and its parent, the tmux server, is outside it), so the kernel discards
  /// the stop that Ctrl-Z or SIGTSTP would cause. With `jobControl` the shell runs `set -m`: the
  /// program gets a process group of its own in the foreground, Ctrl-Z stops it as in an
  /// interactive shell, and the shell takes the terminal back, records `stty -g` and prints
  /// `STOPPED=<status>`, then waits for a line (see ``resumeInForeground()``) and runs `fg`.
  public func start(
    command: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:],
    directory: URL? = nil, jobControl: Bool = false
  ) throws {
    precondition(!started, "a Tmux runs one command")
    let env = Self.baseEnvironment.merging(environment) { $1 }
    let folderPath = Self.quoted(folder.path)
    guard let tmuxPath = Self.executable?.path else {
      throw Failure(description: "tmux is not installed")
    }
    var script = [
      "trap : INT",
      "(while kill -0 \(getpid()); do sleep 1; done; "
        + "socket=$(\(Self.quoted(tmuxPath)) -L \(socket) display-message -p '#{socket_path}'); "
        + "\(Self.quoted(tmuxPath)) -L \(socket) kill-server; rm -f \"$socket\") "
        + "</dev/null >/dev/null 2>&1 &",
    ]
    if jobControl { script.append("set -m") }
    script += env.keys.sorted().map { "export \($0)=\(Self.quoted(env[$0] ?? ""))" }
    // From inside the pane, so the modes after the program are read before the pane is dead
    // (tmux hides the cursor of a dead pane).
    let paneModes =
      "\(Self.quoted(tmuxPath)) -L \(socket) display-message -p -t \(target) "
      + Self.quoted(Self.paneModesFormat)
    script += [
      "cd \(Self.quoted((directory ?? folder).path)) || exit 99",
      "stty -g > \(folderPath)/stty-before",
      "\(paneModes) > \(folderPath)/modes-before 2>/dev/null",
      "echo \"STTY-BEFORE=$(cat \(folderPath)/stty-before)\"",
      // The inner shell writes its pid and becomes the program, so signals reach the program.
      "sh -c 'echo $$ > \"$0\"; exec \"$@\"' \(folderPath)/pid "
        + command.map(Self.quoted).joined(separator: " "),
      "status=$?",
    ]
    if jobControl {
      // 147 to 150: stopped by SIGSTOP, SIGTSTP, SIGTTIN or SIGTTOU. The modes are written
      // whole before the file appears, so a test never reads half of them.
      script += [
        "while [ \"$status\" -ge 147 ] && [ \"$status\" -le 150 ]; do",
        "  stty -g > \(folderPath)/stty-stopping && mv \(folderPath)/stty-stopping "
          + "\(folderPath)/stty-stopped",
        "  echo \"STOPPED=$status\"",
        "  read line",
        "  fg",
        "  status=$?",
        "done",
      ]
    }
    script += [
      "stty -g > \(folderPath)/stty-after",
      "\(paneModes) > \(folderPath)/modes-after 2>/dev/null",
      "echo \"STTY-AFTER=$(cat \(folderPath)/stty-after)\"",
      "echo \"EXIT=$status\"",
    ]
    let scriptURL = folder.appendingPathComponent("run.sh")
    try Data((script.joined(separator: "\n") + "\n").utf8).write(to: scriptURL)
    let config = folder.appendingPathComponent("tmux.conf")
    try Data("set -g remain-on-exit on\nset -g history-limit 5000\nset -g status off\n".utf8)
      .write(to: config)
    started = true
    try tmux([
      "-f", config.path, "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)",
      "env -i /bin/sh \(Self.quoted(scriptURL.path))",
    ])
    socketPath = try tmux(["display-message", "-p", "#{socket_path}"])
      .trimmingCharacters(in: .newlines)
  }

  // MARK: - Input

  /// Sends keys by their tmux names (`Enter`, `Escape`, `Space`, `Up`, `End`, `C-u`, `3`...).
  public func send(_ keys: String...) throws {
    try send(keys)
  }

  /// Sends keys by their tmux names.
  public func send(_ keys: [String]) throws {
    try tmux(["send-keys", "-t", target] + keys)
  }

  /// Types `text` as it is, with no key names.
  public func type(_ text: String) throws {
    try tmux(["send-keys", "-t", target, "-l", text])
  }

  /// Sends raw bytes to the program, as a terminal would (mouse reports, for instance).
  public func sendRaw(_ bytes: [UInt8]) throws {
    try tmux(["send-keys", "-t", target, "-H"] + bytes.map { String(format: "%02x", $0) })
  }

  /// Resizes the window; the program gets SIGWINCH.
  public func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
  }

  /// Resizes the window and sends keys, in turn, as one tmux command: each key reaches the
  /// program right after its resize, with no wait for the screen to be redrawn.
  public func resizeAndSend(_ steps: [(width: Int, height: Int, keys: [String])]) throws {
    var arguments: [String] = []
    for step in steps {
      if !arguments.isEmpty { arguments.append(";") }
      arguments +=
        [
          "resize-window", "-t", target, "-x", "\(step.width)", "-y", "\(step.height)", ";",
          "send-keys", "-t", target,
        ] + step.keys
    }
    try tmux(arguments)
  }

  /// Sends `signal` to the program (not to the shell around it).
  public func signal(_ signal: Int32) async throws {
    let pid = try await programPID()
    guard kill(pid, signal) == 0 else {
      throw Failure(description: "kill(\(pid), \(signal)) failed: errno \(errno)")
    }
  }

  /// Waits for the program to stop (Ctrl-Z, SIGTSTP) in a pane started with `jobControl`, and
  /// returns `stty -g` as the shell found the terminal then, that is as the program left it.
  public func waitForStop(timeout: Duration = .seconds(10)) async throws -> String {
    let file = folder.appendingPathComponent("stty-stopped")
    let deadline = ContinuousClock.now + timeout
    while true {
      if let text = try? String(contentsOf: file, encoding: .utf8) {
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
      }
      guard ContinuousClock.now < deadline else {
        throw Failure(
          description: "the program did not stop within \(timeout); the screen was:\n"
            + "\(try screen(scrollback: 200))\n[end of screen]")
      }
      try await Task.sleep(for: .milliseconds(20))
    }
  }

  /// Brings the program stopped in a pane started with `jobControl` back, as `fg` at a prompt
  /// does: the shell hands it the terminal and sends its process group SIGCONT.
  public func resumeInForeground() throws {
    try FileManager.default.removeItem(at: folder.appendingPathComponent("stty-stopped"))
    try send("Enter")  // the line the shell waits for before `fg`
  }

  /// The program's process id, once it has started.
  public func programPID(timeout: Duration = .seconds(10)) async throws -> pid_t {
    let file = folder.appendingPathComponent("pid")
    let deadline = ContinuousClock.now + timeout
    while true {
      if let text = try? String(contentsOf: file, encoding: .utf8),
        let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        return pid
      }
      guard ContinuousClock.now < deadline else {
        throw Failure(description: "the program did not start within \(timeout)")
      }
      try await Task.sleep(for: .milliseconds(20))
    }
  }

  // MARK: - Output

  /// Starts copying everything the program writes to the terminal, escape sequences and all,
  /// for ``output()``; what it wrote before is not copied.
  public func recordOutput() throws {
    let file = folder.appendingPathComponent("output")
    try tmux(["pipe-pane", "-O", "-t", target, "cat >> \(Self.quoted(file.path))"])
  }

  /// What the program has written to the terminal since ``recordOutput()``, as far as it has
  /// reached the file yet.
  public func output() -> String {
    let data = FileManager.default.contents(atPath: folder.appendingPathComponent("output").path)
    return String(decoding: data ?? Data(), as: UTF8.self)
  }

  /// The visible screen as text, without trailing spaces.
  ///
  /// - Parameters:
  ///   - escapes: Keeps the text attributes and colours as escape sequences (`capture-pane -e`).
  ///   - scrollback: Also this many lines of history above the screen, with wrapped lines
  ///     joined (`-S -N -J`).
  public func screen(escapes: Bool = false, scrollback: Int = 0) throws -> String {
    var arguments = ["capture-pane", "-p", "-t", target]
    if escapes { arguments.append("-e") }
    if scrollback > 0 { arguments += ["-J", "-S", "-\(scrollback)"] }
    var text = try tmux(arguments)
    if text.hasSuffix("\n") { text.removeLast() }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
      .joined(separator: "\n")
  }

  /// Polls the screen every 20 ms until it contains `text`; returns that screen, or throws with
  /// the last screen after `timeout`.
  @discardableResult
  public func waitFor(
    _ text: String, timeout: Duration = .seconds(10), scrollback: Int = 0
  ) async throws -> String {
    try await waitFor("'\(text)'", timeout: timeout, scrollback: scrollback) {
      $0.contains(text)
    }
  }

  /// Polls the screen every 20 ms until it contains every one of `texts`; returns that screen,
  /// or throws with the last screen after `timeout`.
  ///
  /// A program redraws a screen piece by piece, so wait for everything a test then checks.
  @discardableResult
  public func waitForAll(
    _ texts: [String], timeout: Duration = .seconds(10), scrollback: Int = 0
  ) async throws -> String {
    let what = texts.map { "'\($0)'" }.joined(separator: ", ")
    return try await waitFor(what, timeout: timeout, scrollback: scrollback) { screen in
      texts.allSatisfy { screen.contains($0) }
    }
  }

  /// Polls the screen every `interval` until `condition` holds for it; returns that screen, or
  /// throws with `what` and the last screen after `timeout`.
  @discardableResult
  public func waitFor(
    _ what: String, timeout: Duration = .seconds(10), scrollback: Int = 0,
    interval: Duration = .milliseconds(20), until condition: (String) -> Bool
  ) async throws -> String {
    let deadline = ContinuousClock.now + timeout
    while true {
      let screen = try self.screen(scrollback: scrollback)
      if condition(screen) { return screen }
      guard ContinuousClock.now < deadline else {
        throw Failure(
          description: "waited \(timeout) for \(what); the screen was:\n\(screen)\n[end of screen]")
      }
      try await Task.sleep(for: interval)
    }
  }

  /// Waits for the program to end and returns its exit status, as the pane's shell printed it.
  public func waitForExit(timeout: Duration = .seconds(10)) async throws -> Int32 {
    let screen = try await waitFor("EXIT=<status>", timeout: timeout, scrollback: 5000) {
      Self.exitStatus(in: $0) != nil
    }
    return Self.exitStatus(in: screen) ?? -1
  }

  /// `stty -g` before and after the program, as the pane's shell recorded them; call it after
  /// ``waitForExit(timeout:)``.
  public func terminalModes() throws -> (before: String, after: String) {
    func read(_ name: String) throws -> String {
      try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        .trimmingCharacters(in: .whitespacesAndNewlines)
    }
    return (try read("stty-before"), try read("stty-after"))
  }

  /// The value of a tmux format for the pane (`#{pane_width}`, `#{alternate_on}`...; FORMATS in
  /// tmux(1)).
  public func format(_ format: String) throws -> String {
    try tmux(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .newlines)
  }

  /// The pane's terminal modes that a full-screen program changes and `stty` does not show.
  ///
  /// The alternate screen, keypad mode (application cursor keys and keypad), mouse reporting
  /// and the cursor's visibility, as in `alternate screen 0, keypad 00, mouse 0000, cursor 1`
  /// (a shell's).
  public func paneModes() throws -> String {
    try format(Self.paneModesFormat)
  }

  /// ``paneModes()`` before and after the program, as the pane's shell recorded them; call it
  /// after ``waitForExit(timeout:)``.
  public func paneModesAroundProgram() throws -> (before: String, after: String) {
    func read(_ name: String) throws -> String {
      try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        .trimmingCharacters(in: .whitespacesAndNewlines)
    }
    return (try read("modes-before"), try read("modes-after"))
  }

  private static let paneModesFormat =
    "alternate screen #{alternate_on}, keypad #{keypad_cursor_flag}#{keypad_flag}, mouse "
    + "#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_sgr_flag}, "
    + "cursor #{cursor_flag}"

  /// The status in the last `EXIT=<status>` line of `screen`.
  static func exitStatus(in screen: String) -> Int32? {
    screen.split(separator: "\n").reversed().lazy
      .compactMap { line -> Int32? in
        guard let range = line.range(of: "EXIT=") else { return nil }
        return Int32(line[range.upperBound...].prefix { $0.isNumber })
      }
      .first
  }

  // MARK: - Running tmux

  /// Runs `tmux -L <socket> arguments` and returns its standard output.
  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    guard let executable = Self.executable else {
      throw Failure(description: "tmux is not installed")
    }
    var environment = ProcessInfo.processInfo.environment
    environment["TMUX"] = nil  // a test run inside tmux still drives its own server
    let errorFile = folder.appendingPathComponent("tmux-stderr")
    let (status, output) = try Self.run(
      executable.path, ["-L", socket] + arguments, environment: environment,
      errorFile: errorFile.path)
    guard status == 0 else {
      let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
      throw Failure(
        description: "tmux \(arguments.joined(separator: " ")) failed with status \(status): "
          + errors)
    }
    return output
  }

  #if os(Linux)
    /// `posix_spawn_file_actions_addclosefrom_np` (glibc 2.34), which Swift does not import.
    private static let addCloseFrom = dlsym(
      UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np"
    ).map {
      unsafeBitCast(
        $0,
        to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)
          .self)
    }

    /// Runs `path` and returns its exit status and standard output; standard error goes to
    /// `errorFile`.
    ///
    /// Not `Process`: on Linux it detects the end of a child by a socket the child inherits,
    /// and the tmux server that the first command starts keeps every inherited descriptor, so
    /// `Process` would wait for the server, and another test's `Process` could too if its
    /// socket leaked into the server. Here the child gets only its three standard streams.
    private static func run(
      _ path: String, _ arguments: [String], environment: [String: String], errorFile: String
    ) throws -> (Int32, String) {
      var pipe: [Int32] = [0, 0]
      guard Spawn.pipe2(&pipe, O_CLOEXEC) == 0 else {
        throw Failure(description: "pipe2 failed: errno \(errno)")
      }
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
      posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
      posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
      _ = addCloseFrom?(&actions, 3)
      // The calling thread blocks most signals; the tmux server would inherit that mask, and a
      // blocked SIGTERM means kill-server (which sends the server SIGTERM) never ends it.
      let started = Spawn.start(path, arguments, environment: environment, actions: &actions)
      close(pipe[1])
      defer { close(pipe[0]) }
      let pid = try started.mapError { Failure(description: $0.description) }.get()
      var output: [UInt8] = []
      var buffer = [UInt8](repeating: 0, count: 65536)
      while true {
        let count = read(pipe[0], &buffer, buffer.count)
        if count > 0 {
          output += buffer[0..<count]
        } else if count == 0 || errno != EINTR {
          break
        }
      }
      var status: Int32 = 0
      while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
      let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
      return (exitStatus, String(decoding: output, as: UTF8.self))
    }
  #else
    /// Runs `path` and returns its exit status and standard output; standard error goes to
    /// `errorFile`.
    private static func run(
      _ path: String, _ arguments: [String], environment: [String: String], errorFile: String
    ) throws -> (Int32, String) {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: path)
      process.arguments = arguments
      process.environment = environment
      FileManager.default.createFile(atPath: errorFile, contents: nil)
      let output = Pipe()
      process.standardOutput = output
      process.standardError = FileHandle(forWritingAtPath: errorFile)
      process.standardInput = FileHandle.nullDevice
      try process.run()
      let data = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
  #endif

  /// `text` quoted for the shell.
  static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
