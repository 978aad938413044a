import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Starting child processes the way a shell does, for the tests that drive the binary directly.
public enum Spawn {
  /// Starts `path` with `arguments`, `environment` and the standard streams `actions` sets up,
  /// with an empty signal mask and every signal's default action, in a session of its own.
  ///
  /// The test's threads block signals, and a child would inherit that: a blocked SIGPIPE turns
  /// into an error, a blocked SIGTERM means `kill-server` never ends a tmux server.
  ///
  /// The new session has no controlling terminal, as in CI, whatever terminal `swift test` was
  /// started from: a program whose standard streams are redirected would otherwise find the
  /// developer's terminal on `/dev/tty` and draw its screens there, and wait for keys.
  ///
  /// - Returns: the child's pid, or `posix_spawn`'s error.
  public static func start(
    _ path: String, _ arguments: [String], environment: [String: String],
    actions: inout posix_spawn_file_actions_t
  ) -> Result<pid_t, Failure> {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF) | setSessionFlag)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    let error = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
    return error == 0 ? .success(pid) : .failure(Failure(path: path, code: error))
  }

  /// `POSIX_SPAWN_SETSID` (glibc 2.26), which Swift does not import: glibc declares it only for
  /// `_GNU_SOURCE`.
  private static let setSessionFlag: Int16 = 0x80

  /// `posix_spawn_file_actions_addchdir_np` (glibc 2.29), which Swift does not import either.
  public static let addChangeDirectory = dlsym(
    UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np"
  ).map {
    unsafeBitCast(
      $0,
      to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>)
        -> Int32).self)
  }

  /// A program that could not be started.
  public struct Failure: Error, CustomStringConvertible {
    public var path: String
    public var code: Int32
    public var description: String { "cannot run \(path): error \(code)" }
  }

  /// `pipe2`, which Swift does not import: a pipe whose ends no other child inherits.
  public static func pipe2(_ fds: UnsafeMutablePointer<Int32>, _ flags: Int32) -> Int32 {
    guard let pipe2Function else {
      // Without pipe2 (never on glibc): a plain pipe, then close-on-exec.
      guard pipe(fds) == 0 else { return -1 }
      _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
      _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
      return 0
    }
    return pipe2Function(fds, flags)
  }

  private static let pipe2Function = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pipe2").map {
    unsafeBitCast($0, to: (@convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32).self)
  }
}
