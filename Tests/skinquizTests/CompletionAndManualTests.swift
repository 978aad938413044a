import Foundation
import TestSupport
import Testing

/// The completion scripts and the manual page, as the program writes them from its command-line
/// description; scripts/installcheck tries them in real shells and under man and mandoc.
@Suite struct CompletionAndManualTests {
  @Test(arguments: ["bash", "zsh", "fish"])
  func each_completion_script_is_the_golden_text(_ shell: String) throws {
    let result = try runSkinquiz(["--generate-completion-script", shell])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    expectGolden(result.stdout, named: "completion.\(shell)")
  }

  @Test func without_a_shell_the_login_shell_s_script_is_written() throws {
    let zsh = try runSkinquiz(["--generate-completion-script"], environment: ["SHELL": "/bin/zsh"])
    #expect(zsh.status == 0)
    #expect(zsh.stdout.hasPrefix("#compdef skinquiz\n"))
    let other = try runSkinquiz(
      ["--generate-completion-script"], environment: ["SHELL": "/bin/csh"])
    #expect(other.status == 64)
    #expect(
      other.stderr.hasPrefix(
        "Error: Can't autodetect a supported shell ($SHELL is '/bin/csh').\n"
          + "Please use --generate-completion-script=<shell> with one of:\n    zsh bash fish\n"
          + "Usage: skinquiz "))
  }

  @Test func the_bash_script_completes_formats_files_and_subcommands() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("skinquiz-completion-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("pack.d"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["a.json", "b.yaml", "notes.txt", "people.jsonl"] {
      try Data().write(to: folder.appendingPathComponent(name))
    }
    let script = try runSkinquiz(["--generate-completion-script", "bash"]).stdout
    for (line, wanted) in [
      ("skinquiz --format ", "fhir html json markdown text"),
      ("skinquiz --answers ", "a.json b.yaml pack.d"),
      ("skinquiz --pack ", "pack.d"),
      ("skinquiz ch", "check"),
      ("skinquiz check --p", "--pack"),
      ("skinquiz batch --format ", "fhir json"),
      ("skinquiz batch ", "--format --help --pack --version -h pack.d people.jsonl"),
      ("skinquiz batch x.jsonl --f", "--format"),
    ] {
      let completed = try complete(line, script: script, in: folder)
      #expect(completed == wanted, "'\(line)'")
    }
  }

  /// The words bash's completion function offers for `line`, sorted, as one string.
  private func complete(_ line: String, script: String, in folder: URL) throws -> String {
    let program = """
      eval "$SCRIPT"
      read -ra COMP_WORDS <<<"$LINE"
      [[ $LINE == *" " ]] && COMP_WORDS+=("")
      COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
      _skinquiz
      printf '%s\\n' "${COMPREPLY[@]}" | sort
      """
    let run = try runProgram(
      ["/bin/bash", "--norc", "--noprofile", "-c", "cd \"$1\" && " + program, "bash", folder.path],
      environment: ["SCRIPT": script, "LINE": line])
    return run.stdout.split(separator: "\n").joined(separator: " ")
  }

  @Test func the_manual_page_is_the_golden_text() throws {
    let result = try runSkinquiz(
      ["--generate-manual", "/usr/local"], environment: ["SOURCE_DATE_EPOCH": "1767261600"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    expectGolden(result.stdout, named: "skinquiz.1")
  }

  @Test func the_manual_page_is_clean_under_mandoc_lint() throws {
    let page = FileManager.default.temporaryDirectory
      .appendingPathComponent("skinquiz-\(UUID().uuidString).1")
    defer { try? FileManager.default.removeItem(at: page) }
    try Data(try runSkinquiz(["--generate-manual", "/usr/local"]).stdout.utf8).write(to: page)
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/mandoc") else { return }
    let lint = try runProgram(["/usr/bin/mandoc", "-T", "lint", "-W", "warning", page.path])
    #expect(lint.status == 0)
    #expect(lint.stdout + lint.stderr == "")
  }
}
