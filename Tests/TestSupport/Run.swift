import Foundation

/// What a run of the `skinquiz` executable printed and how it ended.
public struct RunResult: Sendable {
  /// The exit status.
  public var status: Int32
  /// Everything printed on standard output.
  public var stdout: String
  /// Everything printed on standard error.
  public var stderr: String
}

/// Runs the built `skinquiz` with `arguments`, `stdin` as its standard input, in `directory`.
///
/// The environment is the test's, without `SKINQUIZ_PACK`, with `SOURCE_DATE_EPOCH` set for a
/// fixed `createdAt`, plus `environment`.
public func runSkinquiz(
  _ arguments: [String], stdin: String = "", directory: URL? = nil,
  environment: [String: String] = [:]
) throws -> RunResult {
  let process = Process()
  process.executableURL = Paths.executable
  process.arguments = arguments
  var env = ProcessInfo.processInfo.environment
  env["SKINQUIZ_PACK"] = nil
  env["SOURCE_DATE_EPOCH"] = "1767261600"
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
    status: process.terminationStatus,
    stdout: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
    stderr: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
}
