import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a run of the `skinquiz` executable (or another program) printed and how it ended.
public struct RunResult: Sendable {
  /// The exit status, or the number of the signal that ended the run.
  public var status: Int32
  /// Whether a signal ended the run.
  public var signaled: Bool
  /// Everything printed on standard output.
  public var stdout: String
  /// Everything printed on standard error.
  public var stderr: String
}

/// Runs the built `skinquiz` with `arguments`, `stdin` as its standard input, in `directory`.
///
/// The environment is the test's, without `SKINQUIZ_PACK`, with `SOURCE_DATE_EPOCH` set for a
/// fixed `createdAt` and `TZ=UTC` so that summaries read the same on every machine, plus
/// `environment`.
public func runSkinquiz(
  _ arguments: [String], stdin: String = "", directory: URL? = nil,
  environment: [String: String] = [:]
) throws -> RunResult {
  try runProgram(
    [Paths.executable.path] + arguments, stdin: stdin, directory: directory,
    environment: environment)
}

/// Runs `command` (a program, then its arguments) as ``runSkinquiz(_:stdin:directory:environment:)``
/// runs skinquiz: for a program that runs skinquiz in turn, such as strace.
public func runProgram(
  _ command: [String], stdin: String = "", directory: URL? = nil,
  environment: [String: String] = [:]
) throws -> RunResult {
  var env = ProcessInfo.processInfo.environment
  env["SKINQUIZ_PACK"] = nil
  env["SOURCE_DATE_EPOCH"] = "1767261600"
  env["TZ"] = "UTC"
  env.merge(environment) { $1 }
  let folder = try Paths.temporaryFolder()
  defer { try? FileManager.default.removeItem(at: folder) }
  let inputPath = folder.appendingPathComponent("stdin").path
  let outputPath = folder.appendingPathComponent("stdout").path
  let errorPath = folder.appendingPathComponent("stderr").path
  // Files, not pipes: a large output can never block the child, nor a large input the test.
  try Data(stdin.utf8).write(to: URL(fileURLWithPath: inputPath))
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  if let directory {
    guard let change = Spawn.addChangeDirectory else {
      throw Spawn.Failure(path: command[0], code: ENOSYS)
    }
    _ = change(&actions, directory.path)
  }
  // Absolute paths: the folder is not the child's working directory.
  posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  // Spawn, not Process: the child gets a session of its own with no controlling terminal (see
  // `Spawn.start`), and default signal actions.
  let pid = try Spawn.start(
    command[0], Array(command.dropFirst()), environment: env, actions: &actions
  ).get()
  var status: Int32 = 0
  while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
  let signal = status & 0x7f
  let signaled = signal != 0 && signal != 0x7f
  func read(_ path: String) -> String {
    String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
  }
  return RunResult(
    status: signaled ? signal : (status >> 8) & 0xff, signaled: signaled,
    stdout: read(outputPath), stderr: read(errorPath))
}
