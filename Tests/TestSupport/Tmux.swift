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
  /// The pane, by its session name.
  let target = "e2e"
  /// Whether a command was started, so that there is a server to kill.
  var started = false
  /// The server's socket file, removed with the server.
  var socketPath: String?

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
}
