import Foundation
import TestSupport
import Testing

/// Standard streams that are not what a run expects: no terminal, standard error that cannot
/// be written, and closed descriptors.
@Suite struct StandardStreamTests {
  @Test func without_answers_and_no_terminal_it_asks_line_by_line_and_stops_at_the_end_of_input()
    throws
  {
    let result = try runSkinquiz([], stdin: "3\n")
    #expect(result.status == 1)
    #expect(result.stdout.hasPrefix("Is microneedling right for me?"))
    #expect(
      result.stdout.contains("Question 2 of about 21: Which concerns would you like to improve?"))
    #expect(
      result.stderr
        == "skinquiz: error: the input ended before the quiz was finished; your answers were not "
        + "saved\n")
  }
  @Test(arguments: ["2>&-", "2>/dev/full"])
  func a_standard_error_that_cannot_be_written_never_ends_a_run(_ redirect: String) throws {
    // A missing answers file: the error cannot be shown, yet the run ends as documented.
    let failing = try runProgram(
      ["/bin/sh", "-c", #"exec "$0" --answers missing.json "# + redirect, Paths.executable.path])
    #expect(failing.status == 66 && !failing.signaled, "\(failing)")
    // Saving writes a note to standard error: the result is still saved and printed.
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(AnswersModeFixtures.example.utf8).write(to: folder.appendingPathComponent("a.json"))
    let saving = try runProgram(
      [
        "/bin/sh", "-c", #"exec "$0" --answers a.json --output r.md "# + redirect,
        Paths.executable.path,
      ],
      directory: folder)
    #expect(saving.status == 0 && !saving.signaled, "\(saving)")
    #expect(saving.stdout.contains("VERDICT"))
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.md").path))
  }

  @Test(arguments: [">&-", "2>&-", "<&- >&- 2>&-"])
  func a_file_never_takes_the_place_of_a_closed_standard_stream(_ redirect: String) throws {
    // The draft's lock stays open for the whole run: on a closed standard output or error it
    // would take that descriptor's number, and the quiz (health answers and all) would be
    // written into a hidden file that is never removed.
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try runProgram(
      [
        "/bin/sh", "-c", #"printf '3\n1\n' | exec "$0" --plain --draft d.json "# + redirect,
        Paths.executable.path,
      ],
      directory: folder)
    #expect(!result.signaled, "\(result)")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    for name in names where name.hasPrefix(".skinquiz-lock-") {
      let lock = try Data(contentsOf: folder.appendingPathComponent(name))
      #expect(lock.isEmpty, "\(name) holds \(String(decoding: lock.prefix(200), as: UTF8.self))")
    }
    if redirect == ">&-" {
      #expect(result.status == 74, "\(result)")
      #expect(result.stderr.contains("cannot write to standard output"), "\(result)")
    }
  }
}
