import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
/// Running the tmux client against this driver's own server.
extension Tmux {
  /// Runs `tmux -L <socket> arguments` and returns its standard output.
  @discardableResult
  func tmux(_ arguments: [String]) throws -> String {
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
