import Foundation
import TestSupport
import Testing

/// The progress line of `skinquiz batch`: on a terminal during a long batch, erased before the
/// summary; never on a pipe.
@Suite struct BatchProgressTests {
  /// A shell command that feeds `skinquiz batch` 300 people, waits 1.2 s (so the batch has run
  /// for more than a second), then 300 more.
  private func slowBatch(in folder: URL) throws -> String {
    let file = folder.appendingPathComponent("people.jsonl")
    let lines = (0..<300).map { BatchCommandTests.personaLines[$0 % 79] }
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
    return "(cat '\(file.path)'; sleep 1.2; cat '\(file.path)') | '\(Paths.executable.path)' batch"
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func a_terminal_sees_the_progress_line_then_only_the_summary() throws {
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // script(1) runs the command on a new terminal and copies what it shows to its output.
    let run = try runProgram([
      "/usr/bin/script", "-qec", try slowBatch(in: folder) + " > /dev/null", "/dev/null",
    ])
    #expect(run.status == 0)
    let shown = run.stdout
    #expect(shown.contains(#/\r\u{1B}\[Kskinquiz: \d+ lines read, 0 with errors/#))
    #expect(shown.contains(#/with errors\r\u{1B}\[Kskinquiz: scored 600 people: /#))
  }

  @Test func a_pipe_gets_the_summary_alone() throws {
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let command = try slowBatch(in: folder) + " 2>&1 > /dev/null | cat"
    let run = try runProgram(["/bin/sh", "-c", command])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("skinquiz: scored 600 people: "))
    #expect(run.stdout.filter { $0 == "\n" }.count == 1)
    #expect(!run.stdout.contains("\r"))
  }
}
