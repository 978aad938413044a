import Foundation
import TestSupport
import Testing

/// Where the pack comes from: the built-in one, `--pack`, or `$SKINQUIZ_PACK`.
@Suite struct PackSourceTests {
  /// A copy of the shipped pack in a new temporary folder.
  ///
  /// When `file` is given, the first `old` in it is replaced by `new`. Returns the temporary
  /// folder and the pack folder in it.
  private func copyOfShippedPack(
    breaking file: String? = nil, replacing old: String = "", with new: String = ""
  ) throws -> (temporary: URL, pack: URL) {
    let temporary = try Paths.temporaryFolder()
    let pack = temporary.appendingPathComponent("pack")
    // File by file rather than copyItem, which also tries to copy the owner and fails when the
    // checkout belongs to someone else.
    try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: false)
    for name in try FileManager.default.contentsOfDirectory(atPath: Paths.shippedPack.path) {
      try Data(contentsOf: Paths.shippedPack.appendingPathComponent(name))
        .write(to: pack.appendingPathComponent(name))
    }
    if let file {
      let url = pack.appendingPathComponent(file)
      let text = try String(contentsOf: url, encoding: .utf8)
      let range = try #require(text.range(of: old))
      try Data(text.replacingCharacters(in: range, with: new).utf8).write(to: url)
    }
    return (temporary, pack)
  }

  @Test func a_missing_pack_folder_exits_66() throws {
    let result = try AnswersModeFixtures.run(
      answers: AnswersModeFixtures.example, ["--pack", "no-such-pack"])
    #expect(result.status == 66)
    #expect(result.stdout == "")
    #expect(result.stderr == "skinquiz: error: cannot read 'no-such-pack': no such folder\n")
  }

  @Test func a_good_copy_of_the_pack_gives_the_same_result() throws {
    let copy = try copyOfShippedPack()
    defer { try? FileManager.default.removeItem(at: copy.temporary) }
    let builtIn = try AnswersModeFixtures.run(
      answers: AnswersModeFixtures.example, ["--format", "json"])
    let fromFolder = try AnswersModeFixtures.run(
      answers: AnswersModeFixtures.example, ["--format", "json", "--pack", copy.pack.path])
    #expect(fromFolder.status == 0)
    #expect(fromFolder.stderr == "")
    #expect(fromFolder.stdout == builtIn.stdout)
  }

  @Test func a_broken_pack_is_a_located_error() throws {
    let copy = try copyOfShippedPack(
      breaking: "questions.yaml", replacing: "    kind: single", with: "    kind: singel")
    defer { try? FileManager.default.removeItem(at: copy.temporary) }
    let result = try AnswersModeFixtures.run(
      answers: AnswersModeFixtures.example, ["--pack", copy.pack.path])
    #expect(result.status == 65)
    #expect(result.stdout == "")
    #expect(
      result.stderr == """
        \(copy.pack.path)/questions.yaml:3:11: error: question 'age_band': unknown kind \
        'singel' (did you mean 'single'?); valid: single, multi
        skinquiz: error: 1 error in the pack; nothing was written

        """)
  }

  @Test func the_pack_environment_variable_works_like_the_pack_option() throws {
    let copy = try copyOfShippedPack(
      breaking: "questions.yaml", replacing: "    kind: single", with: "    kind: singel")
    defer { try? FileManager.default.removeItem(at: copy.temporary) }
    let result = try AnswersModeFixtures.run(
      answers: AnswersModeFixtures.example, environment: ["SKINQUIZ_PACK": copy.pack.path])
    #expect(result.status == 65)
    #expect(result.stdout == "")
    #expect(
      result.stderr == """
        \(copy.pack.path)/questions.yaml:3:11: error: question 'age_band': unknown kind \
        'singel' (did you mean 'single'?); valid: single, multi
        skinquiz: error: 1 error in the pack; nothing was written

        """)
    let missing = try AnswersModeFixtures.run(
      answers: AnswersModeFixtures.example, environment: ["SKINQUIZ_PACK": "no-such-pack"])
    #expect(missing.status == 66)
    #expect(
      missing.stderr
        == "skinquiz: error: cannot read 'no-such-pack': no such folder (from $SKINQUIZ_PACK)\n")
  }

  @Test func the_pack_option_wins_over_the_environment_variable() throws {
    let copy = try copyOfShippedPack()
    defer { try? FileManager.default.removeItem(at: copy.temporary) }
    let result = try AnswersModeFixtures.run(
      answers: AnswersModeFixtures.example, ["--format", "json", "--pack", copy.pack.path],
      environment: ["SKINQUIZ_PACK": "no-such-pack"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(try ResultDocument.decode(result.stdout).verdict.id == "good_candidate")
  }

  @Test func the_binary_carries_its_pack_to_any_working_directory() throws {
    // AnswersModeFixtures.run works in a new, empty temporary folder: no Data/ beside it.
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(AnswersModeFixtures.example.utf8).write(to: folder.appendingPathComponent("a.json"))
    let result = try runSkinquiz(
      ["--answers", "a.json", "--format", "json"], directory: folder)
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let document = try ResultDocument.decode(result.stdout)
    #expect(document.questionnaire == .init(id: "microneedling", version: "2.0.0"))
    #expect(document.findings.map(\.id) == AnswersModeFixtures.exampleFindings)
  }
}
