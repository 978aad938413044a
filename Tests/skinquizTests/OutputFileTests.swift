import Foundation
import SkinQuizCore
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `--output FILE`: the file's format, its permissions, and never replacing a file by accident.
@Suite struct OutputFileTests {
  /// A temporary folder holding the contract example as `answers.json`.
  private struct Workspace {
    var folder: URL

    init() throws {
      folder = try Paths.temporaryFolder()
      try Data(AnswersModeFixtures.example.utf8)
        .write(to: folder.appendingPathComponent("answers.json"))
    }

    /// The absolute path of `name` in the folder.
    func path(_ name: String) -> String {
      folder.appendingPathComponent(name).path
    }

    /// Runs `skinquiz --answers answers.json` in the folder, with `arguments` after it.
    func run(_ arguments: [String]) throws -> RunResult {
      try runSkinquiz(["--answers", "answers.json"] + arguments, directory: folder)
    }

    /// The file's text.
    func contents(_ name: String) throws -> String {
      String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
    }

    /// The file's permission bits.
    func permissions(_ name: String) throws -> Int? {
      let attributes = try FileManager.default.attributesOfItem(atPath: path(name))
      return (attributes[.posixPermissions] as? NSNumber)?.intValue
    }

    /// The names in the folder (or a subfolder), sorted; hidden temporary files included.
    func listing(_ subfolder: String? = nil) throws -> [String] {
      let url = subfolder.map { folder.appendingPathComponent($0) } ?? folder
      return try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    func remove() {
      try? FileManager.default.removeItem(at: folder)
    }
  }

  @Test(arguments: [
    ("result.txt", "text"), ("result.md", "markdown"), ("result.json", "json"),
    ("result.fhir.json", "fhir"), ("RESULT.JSON", "json"), ("notes.markdown", "markdown"),
    ("report.html", "html"), ("report.htm", "html"),
  ])
  func the_file_extension_chooses_the_format(_ name: String, _ format: String) throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let result = try workspace.run(["--output", name])
    #expect(result.status == 0)
    let expected = try workspace.run(["--format", format])
    #expect(expected.status == 0)
    #expect(try workspace.contents(name) == expected.stdout)
    // Standard output keeps its own default, the text summary.
    let text = try workspace.run([])
    #expect(result.stdout == text.stdout)
    #expect(try workspace.listing() == ["answers.json", name].sorted())
  }

  @Test func the_format_option_overrides_the_extension() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let result = try workspace.run(["--output", "result.txt", "--format", "json"])
    #expect(result.status == 0)
    let saved = try workspace.contents("result.txt")
    #expect(saved.hasPrefix("{\n  \"schema\": \"skinquiz.result/1\","))
    #expect(saved == result.stdout)
    let fhir = try workspace.run(["--output", "result.json", "--format", "fhir"])
    #expect(fhir.status == 0)
    #expect(try workspace.contents("result.json").contains("\"QuestionnaireResponse\""))
  }

  @Test func the_file_is_readable_only_by_its_owner() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let result = try workspace.run(["--output", "result.json"])
    #expect(result.status == 0)
    #expect(try workspace.permissions("result.json") == 0o600)
  }

  @Test func saving_is_noted_on_standard_error() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let relative = try workspace.run(["--output", "result.md"])
    #expect(
      relative.stderr == "skinquiz: saved your result to result.md (readable only by you)\n")
    let absolute = try workspace.run(["--output", workspace.path("other.md")])
    #expect(
      absolute.stderr
        == "skinquiz: saved your result to \(workspace.path("other.md")) (readable only by you)\n"
    )
  }

  @Test func an_existing_file_is_not_replaced_without_force() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    try Data("my old result\n".utf8).write(to: workspace.folder.appendingPathComponent("r.json"))
    let result = try workspace.run(["--output", "r.json"])
    #expect(result.status == 73)
    #expect(result.stdout == "")
    #expect(
      result.stderr
        == "skinquiz: error: cannot create 'r.json': it already exists; use --force to replace it\n"
    )
    #expect(try workspace.contents("r.json") == "my old result\n")
    #expect(try workspace.listing() == ["answers.json", "r.json"])
  }

  @Test func an_existing_file_is_replaced_with_force() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let url = workspace.folder.appendingPathComponent("r.json")
    try Data("my old result\n".utf8).write(to: url)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path)
    let result = try workspace.run(["--output", "r.json", "--force"])
    #expect(result.status == 0)
    #expect(result.stderr == "skinquiz: saved your result to r.json (readable only by you)\n")
    let json = try workspace.run(["--format", "json"])
    #expect(try workspace.contents("r.json") == json.stdout)
    #expect(try workspace.permissions("r.json") == 0o600)
    #expect(try workspace.listing() == ["answers.json", "r.json"])
  }

  @Test func a_missing_folder_exits_73() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let path = workspace.path("missing/r.json")
    let result = try workspace.run(["--output", path])
    #expect(result.status == 73)
    #expect(result.stdout == "")
    #expect(
      result.stderr
        == "skinquiz: error: cannot create '\(path)': the folder '\(workspace.path("missing"))' "
        + "does not exist\n")
    #expect(try workspace.listing() == ["answers.json"])
  }

  @Test func a_folder_as_output_exits_73() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    try FileManager.default.createDirectory(
      at: workspace.folder.appendingPathComponent("r.json"), withIntermediateDirectories: false)
    let result = try workspace.run(["--output", "r.json"])
    #expect(result.status == 73)
    #expect(result.stdout == "")
    #expect(
      result.stderr == "skinquiz: error: cannot create 'r.json': it is a folder; give a file name\n"
    )
    let forced = try workspace.run(["--output", "r.json", "--force"])
    #expect(forced.status == 73)
    #expect(try workspace.listing() == ["answers.json", "r.json"])
    #expect(try workspace.listing("r.json") == [])
  }

  @Test(.enabled(if: geteuid() != 0, "root may write in any folder"))
  func a_folder_without_write_permission_exits_73() throws {
    let workspace = try Workspace()
    let locked = workspace.folder.appendingPathComponent("locked")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
    try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: locked.path)
    defer {
      try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: locked.path)
      workspace.remove()
    }
    let path = locked.appendingPathComponent("r.json").path
    let result = try workspace.run(["--output", path])
    #expect(result.status == 73)
    #expect(result.stdout == "")
    #expect(
      result.stderr
        == "skinquiz: error: cannot create '\(path)': no permission to write in '\(locked.path)'\n"
    )
    #expect(try workspace.listing("locked") == [])
  }

  @Test func a_draft_in_use_by_another_run_is_refused_and_left_alone() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    try Data("{\"age_band\": \"22_plus\"}".utf8).write(
      to: URL(fileURLWithPath: workspace.path("d.json")))
    // Another run holds the draft (here, this test holds its lock).
    var lock: DraftLock? = try DraftLock(draft: workspace.path("d.json"))
    let refused = try runSkinquiz(
      ["--plain", "--draft", "d.json"], stdin: "", directory: workspace.folder)
    #expect(refused.status == 73)
    #expect(
      refused.stderr
        == "skinquiz: error: cannot create 'd.json': another skinquiz is using this draft; "
        + "finish that one first, or give another --draft\n")
    #expect(try workspace.contents("d.json") == "{\"age_band\": \"22_plus\"}")
    lock = nil
    withExtendedLifetime(lock) {}
    // Released, the draft is free again; the empty lock file stays (see DraftLock).
    let next = try runSkinquiz(
      ["--plain", "--draft", "d.json"], stdin: "", directory: workspace.folder)
    #expect(next.status == 1, "\(next.stderr)")
    #expect(
      try workspace.listing().filter { !$0.hasPrefix(".skinquiz-lock-") }
        == ["answers.json", "d.json"])
  }

  @Test(arguments: [
    ["--draft", "r.json"], ["--draft", "./sub/../r.json"], ["--draft", "link/../r.json"],
  ])
  func a_draft_and_an_output_of_one_file_are_a_usage_error(_ draft: [String]) throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    try FileManager.default.createDirectory(
      atPath: workspace.path("sub/deep"), withIntermediateDirectories: true)
    // link/.. is sub, not the workspace: the system follows the link first.
    try FileManager.default.createSymbolicLink(
      atPath: workspace.path("link"), withDestinationPath: workspace.path("sub/deep"))
    let output = draft[1].hasPrefix("link") ? "sub/r.json" : "r.json"
    let run = try workspace.run(draft + ["--output", output])
    #expect(run.status == 64)
    #expect(
      run.stderr.hasPrefix(
        "Error: --draft and --output name the same file '\(output)': the result would replace "
          + "the draft; give two names\n"))
    #expect(try workspace.listing() == ["answers.json", "link", "sub"])
  }

  @Test(.enabled(if: geteuid() != 0, "root may write in any folder"))
  func an_output_folder_without_write_permission_is_said_before_any_question() throws {
    let workspace = try Workspace()
    defer {
      chmod(workspace.path("locked"), 0o755)
      workspace.remove()
    }
    try FileManager.default.createDirectory(
      atPath: workspace.path("locked"), withIntermediateDirectories: true)
    chmod(workspace.path("locked"), 0o555)
    // --plain with no input: were the folder not checked first, the quiz would start.
    let run = try runSkinquiz(
      ["--plain", "--output", "locked/r.md"], stdin: "", directory: workspace.folder)
    #expect(run.status == 73)
    #expect(
      run.stderr
        == "skinquiz: error: cannot create 'locked/r.md': no permission to write in the folder "
        + "'locked'\n")
    #expect(run.stdout.isEmpty)
  }

  @Test func a_name_that_is_not_utf8_is_refused_not_changed() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    // Swift would read "r\xFF.md" as "r\u{FFFD}.md" and save under that other name.
    let run = try runProgram(
      ["/bin/sh", "-c", #"exec "$0" --answers answers.json --output "$(printf 'r\377.md')""#]
        + [Paths.executable.path], directory: workspace.folder)
    #expect(run.status == 64)
    #expect(
      run.stderr
        == "skinquiz: error: argument 4 is not valid UTF-8 text ('r\\xFF.md'); SkinQuiz takes "
        + "names in UTF-8: rename the file, or use a link with a UTF-8 name\n")
    #expect(try workspace.listing() == ["answers.json"])
  }

  @Test func a_readable_draft_is_made_private_at_once() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    try Data("{\"age_band\": \"22_plus\"}".utf8).write(
      to: URL(fileURLWithPath: workspace.path("d.json")))
    chmod(workspace.path("d.json"), 0o644)
    // The input ends before any answer: nothing is saved, yet the draft is already private.
    let run = try runSkinquiz(
      ["--plain", "--draft", "d.json"], stdin: "", directory: workspace.folder)
    #expect(run.status == 1)
    #expect(try workspace.permissions("d.json") == 0o600)
  }

  @Test func invalid_answers_write_no_file() throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    try Data("{}".utf8).write(to: workspace.folder.appendingPathComponent("answers.json"))
    let result = try workspace.run(["--output", "r.json"])
    #expect(result.status == 65)
    #expect(result.stdout == "")
    #expect(try workspace.listing() == ["answers.json"])
  }
}
