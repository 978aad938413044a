import Foundation

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
  let process = Process()
  process.executableURL = URL(fileURLWithPath: command[0])
  process.arguments = Array(command.dropFirst())
  var env = ProcessInfo.processInfo.environment
  env["SKINQUIZ_PACK"] = nil
  env["SOURCE_DATE_EPOCH"] = "1767261600"
  env["TZ"] = "UTC"
  env.merge(environment) { $1 }
  process.environment = env
  if let directory { process.currentDirectoryURL = directory }
  let folder = try Paths.temporaryFolder()
  defer { try? FileManager.default.removeItem(at: folder) }
  let outputURL = folder.appendingPathComponent("stdout")
  let errorURL = folder.appendingPathComponent("stderr")
  try Data().write(to: outputURL)
  try Data().write(to: errorURL)
  let input = Pipe()
  process.standardInput = input
  // Files rather than pipes, so that a large output can never block the child.
  process.standardOutput = try FileHandle(forWritingTo: outputURL)
  process.standardError = try FileHandle(forWritingTo: errorURL)
  try process.run()
  input.fileHandleForWriting.write(Data(stdin.utf8))
  try input.fileHandleForWriting.close()
  process.waitUntilExit()
  return RunResult(
    status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
    stdout: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
    stderr: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
}
