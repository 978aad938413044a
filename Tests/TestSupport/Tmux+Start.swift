import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
/// Starting the one command a driver runs, in a pane that records how it ends.
extension Tmux {

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
}
