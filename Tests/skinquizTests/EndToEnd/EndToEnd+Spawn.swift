import Foundation
import TestSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension EndToEnd {
  /// How a process ended, and what it printed.
  struct Spawned {
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
  static func spawn(
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
}
