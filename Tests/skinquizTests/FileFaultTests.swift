import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The strace executable, if installed.
private let straceExecutable = ["/usr/bin/strace", "/bin/strace"].first {
  FileManager.default.isExecutableFile(atPath: $0)
}

/// Faults while a result is saved, and what the program touches besides files, proved on the
/// real binary: strace kills it or fails its calls at the exact system call (no test hooks in
/// the product), and records every network call it makes (none).
@Suite(.enabled(if: straceExecutable != nil, "needs strace")) struct FileFaultTests {
  /// The strace executable, if installed.
  static let strace = straceExecutable

  /// How a traced run ended.
  struct Ending: Equatable {
    var status: Int32
    var signaled: Bool
    var stderr: String
    var stdout = ""
  }

  /// A folder holding valid answers and an old `out.md`.
  struct Workspace {
    let url: URL
    static let old = "the result saved last week\n"

    init() throws {
      url = try Paths.temporaryFolder()
      try Data(AnswersModeFixtures.example.utf8).write(to: url.appendingPathComponent("a.json"))
      try Data(Self.old.utf8).write(to: url.appendingPathComponent("out.md"))
    }

    func contents(_ name: String) -> String? {
      FileManager.default.contents(atPath: url.appendingPathComponent(name).path)
        .map { String(decoding: $0, as: UTF8.self) }
    }

    var listing: [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
  }

  /// Runs `command` in `folder` with the environment `runSkinquiz` uses, standard input empty.
  func run(_ command: [String], in folder: URL) throws -> Ending {
    let result = try runProgram(command, directory: folder)
    return Ending(
      status: result.status, signaled: result.signaled, stderr: result.stderr,
      stdout: result.stdout)
  }

  /// `skinquiz --answers a.json --output out.md`, under strace with `options`.
  func traced(_ options: [String], replacing: Bool, in folder: URL) throws -> Ending {
    let strace = try #require(Self.strace)
    let arguments = ["--answers", "a.json", "--output", "out.md"] + (replacing ? ["--force"] : [])
    return try run(
      [strace, "-f", "-qq", "-o", "/dev/null"] + options + [Paths.executable.path] + arguments,
      in: folder)
  }

  /// What `out.md` holds after a clean save.
  func wholeResult() throws -> String {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let ending = try run(
      [Paths.executable.path, "--answers", "a.json", "--output", "out.md", "--force"],
      in: workspace.url)
    #expect(ending.status == 0 && !ending.signaled, "\(ending.stderr)")
    return try #require(workspace.contents("out.md"))
  }

  /// The system calls of a save, in order: writing the unnamed file, flushing it, naming it
  /// (a link), and, when replacing (`--force`), renaming that name over the old file.
  static let saveSteps: [(call: String, replacing: Bool)] =
    ["write", "fsync", "linkat"].map { ($0, false) }
    + ["write", "fsync", "linkat", "rename"].map { ($0, true) }

  @Test(arguments: saveSteps)
  func kill_9_at_each_step_of_a_save_leaves_the_old_file_and_no_partial_file(
    at step: (call: String, replacing: Bool)
  ) throws {
    let (call, replacing) = step
    let whole = try wholeResult()
    let workspace = try Workspace()
    defer { workspace.remove() }
    // Without --force the old file must not be touched at all, so this case saves a new name.
    if !replacing {
      try FileManager.default.removeItem(at: workspace.url.appendingPathComponent("out.md"))
    }
    let ending = try traced(
      ["-e", "inject=\(call):signal=SIGKILL:when=1"], replacing: replacing, in: workspace.url)
    #expect(ending.signaled && ending.status == SIGKILL, "\(ending)")
    let saved = workspace.contents("out.md")
    if replacing {
      #expect(saved == Workspace.old, "the old file is intact")
    } else {
      // Killed before the file had a name: there is none. At the link it is whole or absent.
      #expect(saved == nil || saved == whole, "no partial file")
    }
    // A name other than out.md may remain only if the kill fell between naming and renaming,
    // and then it holds the whole result: never a partial copy of someone's answers.
    let left = workspace.listing.filter { !["a.json", "out.md"].contains($0) }
    for name in left {
      #expect(call == "rename" && workspace.contents(name) == whole, "\(name) left behind")
    }
    // The next run removes such a copy, once it is old enough not to be another run's save.
    guard !left.isEmpty else { return }
    for name in left {
      var times = [
        timeval(tv_sec: time(nil) - 120, tv_usec: 0), timeval(tv_sec: time(nil) - 120, tv_usec: 0),
      ]
      _ = utimes(workspace.url.appendingPathComponent(name).path, &times)
    }
    let next = try run(
      [Paths.executable.path, "--answers", "a.json", "--output", "out.md", "--force"],
      in: workspace.url)
    #expect(next.status == 0, "\(next)")
    #expect(workspace.listing == ["a.json", "out.md"])
  }

  @Test func a_failing_write_at_the_file_size_limit_exits_74_says_why_and_keeps_the_old_file()
    throws
  {
    let workspace = try Workspace()
    defer { workspace.remove() }
    // SIGXFSZ ignored (as the shell passes it on), so the write itself fails with EFBIG.
    let ending = try run(
      [
        "/bin/sh", "-c", #"trap "" XFSZ; ulimit -f 4; exec "$0" "$@""#, Paths.executable.path,
        "--answers", "a.json", "--output", "out.md", "--force",
      ], in: workspace.url)
    #expect(ending.status == 74 && !ending.signaled)
    // Standard output (a file here) hits the same limit: both failures are said.
    #expect(
      ending.stderr
        == "skinquiz: error: cannot write to standard output: file too large\n"
        + "skinquiz: error: cannot write 'out.md': file too large; nothing was saved\n")
    #expect(workspace.contents("out.md") == Workspace.old)
    #expect(workspace.listing == ["a.json", "out.md"])
  }

  @Test func a_draft_that_cannot_be_saved_is_never_said_to_hold_the_answers() throws {
    let strace = try #require(Self.strace)
    let workspace = try Workspace()
    defer { workspace.remove() }
    // Every flush fails as on a full disk; three answers, then the input ends.
    let input = EndToEnd.contractNumbers.prefix(3).joined(separator: "\n") + "\n"
    let run = try runProgram(
      [strace, "-f", "-qq", "-o", "/dev/null", "-e", "inject=fsync:error=ENOSPC"]
        + [Paths.executable.path, "--plain", "--draft", "d.json"],
      stdin: input, directory: workspace.url)
    #expect(run.status == 1, "\(run.stderr)")
    let lines = run.stderr.split(separator: "\n")
    // Said once as it happens (not after every answer), then plainly at the end.
    #expect(lines.filter { $0.contains("cannot keep your answers in the draft") }.count == 1)
    #expect(
      lines.last.map(String.init)
        == "skinquiz: error: the input ended before the quiz was finished; your draft d.json "
        + "could not be saved (no space left on device), so it does not hold your latest "
        + "answers")
    #expect(!run.stderr.contains("your answers so far are in"))
  }

  @Test func quitting_after_the_draft_failed_to_save_does_not_say_the_draft_keeps_the_answers()
    throws
  {
    let strace = try #require(Self.strace)
    let workspace = try Workspace()
    defer { workspace.remove() }
    let input = (EndToEnd.contractNumbers.prefix(3) + ["q", "y"]).joined(separator: "\n") + "\n"
    let run = try runProgram(
      [strace, "-f", "-qq", "-o", "/dev/null", "-e", "inject=fsync:error=ENOSPC"]
        + [Paths.executable.path, "--plain", "--draft", "d.json"],
      stdin: input, directory: workspace.url)
    let output = run.stdout.split(separator: "\n").joined(separator: " ")
    #expect(!output.contains("stay in your draft file"), "\(output)")
    #expect(!output.contains("are in your draft file"), "\(output)")
    #expect(
      output.contains(
        "Quit without finishing? Your draft file could not be saved, so it does not hold your "
          + "latest answers. (y/n)"), "\(output)")
    #expect(
      output.contains(
        "You quit the quiz. Your draft file could not be saved, so it does not hold your latest "
          + "answers."), "\(output)")
  }

  @Test(arguments: ["write", "fsync"])
  func a_full_disk_at_the_write_or_the_flush_exits_74_and_keeps_the_old_file(at call: String) throws
  {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let ending = try traced(
      ["-e", "inject=\(call):error=ENOSPC:when=1"], replacing: true, in: workspace.url)
    #expect(ending.status == 74 && !ending.signaled)
    // The result is not lost: it was printed, and the message says so.
    #expect(
      ending.stderr
        == "skinquiz: error: cannot write 'out.md': no space left on device; nothing was saved; "
        + "your result was printed to standard output instead\n")
    #expect(ending.stdout.contains("VERDICT\n=======\n"))
    #expect(workspace.contents("out.md") == Workspace.old)
    #expect(workspace.listing == ["a.json", "out.md"])
  }

  @Test(arguments: [
    ["--answers", "a.json", "--output", "new.json"], ["--plain"], ["check"], ["--help"],
  ])
  func no_run_makes_a_single_network_call(_ arguments: [String]) throws {
    let strace = try #require(Self.strace)
    let workspace = try Workspace()
    defer { workspace.remove() }
    let log = workspace.url.appendingPathComponent("trace.log")
    _ = try run(
      [strace, "-f", "-qq", "-e", "trace=%network", "-o", log.path, Paths.executable.path]
        + arguments, in: workspace.url)
    let calls = String(decoding: try Data(contentsOf: log), as: UTF8.self)
      .split(separator: "\n").filter { !$0.contains("+++ exited") && !$0.contains("--- SIG") }
    #expect(calls == [], "network calls: \(calls)")
  }
}
