import Fixtures
import Foundation
import SkinQuizCore
import TestSupport
import Testing

/// `skinquiz batch`, run as the built binary: JSON Lines in, one line out per person, in order.
@Suite struct BatchCommandTests {
  /// Each pack test persona's answers as one JSON line, in the pack's order.
  static let personaLines: [String] = {
    guard let pack = ShippedPack.pack else { return [] }
    return pack.tests.map { persona in
      AnswersFile.render(persona.answers, pack: pack).split(separator: "\n")
        .map { $0.trimmingCharacters(in: .whitespaces) }.joined()
    }
  }()

  /// A small input with a line of every kind: answers, broken JSON, an option the question does
  /// not have, a blank line, a QuestionnaireResponse (the first persona's, as `--format fhir`
  /// writes it) and text that is not an object.
  static func mixedInput() throws -> String {
    let response = try runSkinquiz(["--answers", "-", "--format", "fhir"], stdin: personaLines[0])
    try #require(response.status == 0)
    let compact = try JSONSerialization.data(
      withJSONObject: try JSONSerialization.jsonObject(with: Data(response.stdout.utf8)),
      options: [.sortedKeys])
    return [
      personaLines[0],
      #"{"age_band": "22_plus", "concerns": ["#,
      personaLines[1].replacingOccurrences(of: #""22_plus""#, with: #""over_22""#),
      "",
      String(decoding: compact, as: UTF8.self),
      "answers: none",
      personaLines[2],
    ].joined(separator: "\n") + "\n"
  }

  @Test func a_mixed_input_gives_the_golden_lines_a_summary_and_65() throws {
    let result = try runSkinquiz(["batch"], stdin: try Self.mixedInput())
    #expect(result.status == 65)
    expectGolden(result.stdout, named: "batch-mixed.jsonl")
    #expect(
      result.stderr
        == "skinquiz: scored 3 people: 3 good_candidate; 3 lines with errors (first: line 2); "
        + "1 blank line skipped\n")
  }

  @Test func every_persona_comes_out_in_input_order_with_its_own_answers_and_verdict() throws {
    let pack = try #require(ShippedPack.pack)
    let result = try runSkinquiz(["batch"], stdin: Self.personaLines.joined(separator: "\n"))
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == pack.tests.count + 1)
    #expect(lines.last == "")
    for (line, (input, persona)) in zip(lines, zip(Self.personaLines, pack.tests)) {
      let document = try ResultDocument.decode(String(line))
      let given = try JSONDecoder().decode([String: AnswerValue].self, from: Data(input.utf8))
      #expect(document.answers == given, "\(persona.name)")
      #expect(document.verdict.id == pack.verdicts[persona.verdict ?? 0].id, "\(persona.name)")
    }
    #expect(result.stderr.hasPrefix("skinquiz: scored \(pack.tests.count) people: "))
    #expect(result.stderr.hasSuffix("; no errors\n"))
  }

  @Test func each_line_is_the_result_that_answers_gives_compacted() throws {
    for format in ["json", "fhir"] {
      let single = try runSkinquiz(
        ["--answers", "-", "--format", format], stdin: Self.personaLines[3])
      let batch = try runSkinquiz(
        ["batch", "--format", format], stdin: Self.personaLines[3] + "\n")
      #expect(batch.status == 0)
      let expected = try JSONSerialization.jsonObject(with: Data(single.stdout.utf8))
      let actual = try JSONSerialization.jsonObject(with: Data(batch.stdout.utf8))
      #expect((expected as? NSDictionary) == (actual as? NSDictionary), "\(format)")
      #expect(batch.stdout.filter { $0 == "\n" }.count == 1)
    }
  }

  @Test func a_file_is_read_like_standard_input_and_dash_means_standard_input() throws {
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("people.jsonl")
    let input = Self.personaLines.prefix(5).joined(separator: "\r\n")
    try Data(input.utf8).write(to: file)
    let fromFile = try runSkinquiz(["batch", file.path])
    let fromDash = try runSkinquiz(["batch", "-"], stdin: input)
    #expect(fromFile.status == 0)
    #expect(fromFile.stdout.split(separator: "\n").count == 5)
    #expect(fromFile.stdout == fromDash.stdout)
  }

  @Test func an_empty_input_scores_nobody_and_succeeds() throws {
    let result = try runSkinquiz(["batch"], stdin: "")
    #expect(result.status == 0)
    #expect(result.stdout == "")
    #expect(result.stderr == "skinquiz: scored 0 people; no errors\n")
  }

  @Test(arguments: [
    (
      ["batch", "no-such.jsonl"], 66, "skinquiz: error: cannot read 'no-such.jsonl': no such file\n"
    ),
    (["batch", "."], 66, "skinquiz: error: cannot read '.': it is a folder, not a file\n"),
  ])
  func an_input_that_cannot_be_read_exits_66(
    _ arguments: [String], _ status: Int32, _ stderr: String
  ) throws {
    let result = try runSkinquiz(arguments)
    #expect(result.status == status)
    #expect(result.stdout == "")
    #expect(result.stderr == stderr)
  }

  @Test func a_format_batch_does_not_write_is_a_usage_error() throws {
    // batch's own --format, which lists only what a line can hold: its usage follows.
    let result = try runSkinquiz(["batch", "--format", "html"], stdin: Self.personaLines[0])
    #expect(result.status == 64)
    #expect(result.stdout == "")
    #expect(
      result.stderr.hasPrefix(
        "Error: The value 'html' is invalid for '--format <format>'. Please provide one of "
          + "'json' or 'fhir'.\n"))
    #expect(result.stderr.contains("\nUsage: skinquiz batch [<file>] [--format json|fhir]"))
  }

  @Test func format_before_batch_is_batch_s_own() throws {
    let result = try runSkinquiz(["--format", "fhir", "batch"], stdin: Self.personaLines[0])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix(#"{"resourceType":"QuestionnaireResponse""#))
  }

  /// README.md's example: four people, the third line bad.
  @Test func the_readme_example_is_what_the_program_prints() throws {
    let people = Self.personaLines
    let input = [people[0], people[1], #"{"age_band": "22"}"#, people[39]]
    let result = try runSkinquiz(["batch"], stdin: input.joined(separator: "\n"))
    #expect(result.status == 65)
    let readme = try String(
      contentsOf: Paths.root.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.contains("\n" + result.stderr + "$ sed -n 3p results.jsonl | cut -c1-72\n"))
    let third = result.stdout.split(separator: "\n")[2].unicodeScalars.prefix(72)
    #expect(readme.contains("cut -c1-72\n" + String(String.UnicodeScalarView(third)) + "\n"))
  }
}
