import Fixtures
import Foundation
import SkinQuizCore
import TestSupport
import Testing

/// `skinquiz --answers` of a FHIR QuestionnaireResponse: read back what `--format fhir` wrote,
/// and every problem in one located, with exit 65.
@Suite struct FHIRAnswersTests {
  /// What `--format fhir` writes for the contract example (its golden file, whose line and
  /// column numbers the expected messages quote).
  static let example: String = {
    let url = Paths.root.appendingPathComponent("Tests/skinquizTests/Golden/example.fhir.json")
    return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
  }()

  /// The example with `old` replaced (once) by `new`; `old` must occur in it.
  func example(replacing old: String, with new: String) throws -> String {
    let range = try #require(Self.example.range(of: old), "the example has no \(old)")
    return Self.example.replacingCharacters(in: range, with: new)
  }

  /// Runs the response `text` and expects exit 65, nothing on standard output and `stderr`.
  func expectInvalid(
    _ text: String, stderr: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let result = try AnswersModeFixtures.run(answers: text, named: "r.json")
    #expect(result.status == 65, sourceLocation: sourceLocation)
    #expect(result.stdout == "", sourceLocation: sourceLocation)
    #expect(result.stderr == stderr, sourceLocation: sourceLocation)
  }

  /// As ``expectInvalid(_:stderr:sourceLocation:)``, for the one located `error` and the
  /// summary after it.
  func expectInvalid(
    _ text: String, error: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    try expectInvalid(
      text, stderr: error + "\nskinquiz: error: 1 error in the answers; nothing was written\n",
      sourceLocation: sourceLocation)
  }

  // MARK: - Read back

  @Test func the_fhir_export_of_the_example_reads_back_as_its_answers() throws {
    let result = try AnswersModeFixtures.run(
      answers: Self.example, named: "r.json", ["--format", "json"])
    try AnswersModeFixtures.expectExampleResult(result)
  }

  @Test func a_response_can_come_from_standard_input() throws {
    let result = try runSkinquiz(["--answers", "-", "--format", "json"], stdin: Self.example)
    #expect(result.status == 0)
    #expect(try ResultDocument.decode(result.stdout).verdict.id == "good_candidate")
  }

  /// `--format fhir > r.json`, then `--answers r.json --format json`, gives the very result that
  /// `--answers persona.json --format json` gives.
  @Test(arguments: AnswersModeTests.personaNames)
  func each_persona_makes_the_round_trip_through_the_binary(_ name: String) throws {
    let pack = try #require(ShippedPack.pack)
    let persona = try #require(pack.tests.first { $0.name == name })
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let answers = AnswersFile.render(persona.answers, pack: pack)
    try Data(answers.utf8).write(to: folder.appendingPathComponent("persona.json"))

    let fhir = try runSkinquiz(
      ["--answers", "persona.json", "--format", "fhir"], directory: folder)
    #expect(fhir.status == 0, "\(fhir.stderr)")
    try Data(fhir.stdout.utf8).write(to: folder.appendingPathComponent("r.json"))
    let direct = try runSkinquiz(
      ["--answers", "persona.json", "--format", "json"], directory: folder)
    let back = try runSkinquiz(["--answers", "r.json", "--format", "json"], directory: folder)
    #expect(back.status == 0, "\(back.stderr)")
    #expect(back.stderr == "")
    let (before, after) = (
      try ResultDocument.decode(direct.stdout), try ResultDocument.decode(back.stdout)
    )
    #expect(after.verdict.id == before.verdict.id)
    #expect(after.findings.map(\.id) == before.findings.map(\.id))
    #expect(after.answers == before.answers)
    #expect(back.stdout == direct.stdout)
  }
}
