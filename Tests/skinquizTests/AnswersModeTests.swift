import Fixtures
import Foundation
import SkinQuizCore
import TestSupport
import Testing

/// `skinquiz --answers`: the contract example, every persona of the shipped pack, and the
/// outputs against their golden files.
@Suite struct AnswersModeTests {
  // MARK: - The contract example

  @Test func the_contract_example_gives_a_json_result_for_a_good_candidate() throws {
    let result = try AnswersModeFixtures.run(
      answers: AnswersModeFixtures.example, ["--format", "json"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let document = try ResultDocument.decode(result.stdout)
    #expect(document.schema == "skinquiz.result/1")
    #expect(document.questionnaire == .init(id: "microneedling", version: "2.0.0"))
    #expect(document.createdAt == "2026-01-01T10:00:00Z")
    #expect(document.answers == AnswersModeFixtures.exampleAnswers)
    #expect(document.verdict.id == "good_candidate")
    #expect(document.findings.map(\.id) == AnswersModeFixtures.exampleFindings)
    #expect(document.findings.allSatisfy { !$0.because.isEmpty })
  }

  @Test func the_json_result_keeps_the_contract_key_order() throws {
    let result = try AnswersModeFixtures.run(
      answers: AnswersModeFixtures.example, ["--format", "json"])
    let keys = ["\"schema\"", "\"questionnaire\"", "\"createdAt\"", "\"answers\"", "\"verdict\""]
    let positions = keys.compactMap { result.stdout.range(of: $0)?.lowerBound }
    #expect(positions.count == keys.count)
    #expect(positions == positions.sorted())
    #expect(result.stdout.hasPrefix("{\n  \"schema\": \"skinquiz.result/1\","))
  }

  @Test func the_answers_can_come_from_standard_input() throws {
    let result = try runSkinquiz(
      ["--answers", "-", "--format", "json"], stdin: AnswersModeFixtures.example)
    try AnswersModeFixtures.expectExampleResult(result)
  }

  @Test func the_answers_can_be_yaml() throws {
    let result = try AnswersModeFixtures.run(
      answers: AnswersModeFixtures.exampleYAML, named: "answers.yaml", ["--format", "json"])
    try AnswersModeFixtures.expectExampleResult(result)
  }

  @Test func the_default_format_is_the_text_summary() throws {
    let plain = try AnswersModeFixtures.run(answers: AnswersModeFixtures.example)
    let text = try AnswersModeFixtures.run(
      answers: AnswersModeFixtures.example, ["--format", "text"])
    #expect(plain.status == 0)
    #expect(plain.stdout == text.stdout)
    #expect(plain.stdout.hasPrefix("Is microneedling right for me?\n"))
  }

  // MARK: - Every persona of the shipped pack

  static let personaNames = ShippedPack.pack?.tests.map(\.name) ?? []

  @Test func the_shipped_pack_has_personas_to_run() {
    #expect(Self.personaNames.count >= 25)
  }

  @Test(arguments: personaNames)
  func each_persona_gets_its_expected_result_from_the_binary(_ name: String) throws {
    let pack = try #require(ShippedPack.pack)
    let persona = try #require(pack.tests.first { $0.name == name })
    var answers: [String: AnswerValue] = [:]
    for (index, question) in pack.questions.enumerated() where persona.answers.isAnswered(index) {
      let ids = pack.chosenOptionIDs(persona.answers, question: index)
      answers[question.id] = question.kind == .single ? .one(ids[0]) : .many(ids)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let text = String(decoding: try encoder.encode(answers), as: UTF8.self)

    let result = try AnswersModeFixtures.run(answers: text, ["--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr == "")
    let document = try ResultDocument.decode(result.stdout)
    #expect(document.answers == answers)
    if let verdict = persona.verdict {
      #expect(document.verdict.id == pack.verdicts[verdict].id)
    }
    let fired = Set(document.findings.map(\.id))
    let mustFire = persona.fires.map { pack.findings[$0].id }
    let mustNotFire = persona.notFires.map { pack.findings[$0].id }
    #expect(mustFire.filter { !fired.contains($0) } == [])
    #expect(mustNotFire.filter { fired.contains($0) } == [])
  }

  // MARK: - Golden outputs

  @Test(arguments: [
    ("text", "example.txt"), ("markdown", "example.md"), ("json", "example.json"),
    ("fhir", "example.fhir.json"),
  ])
  func each_format_of_the_contract_example_matches_its_golden_file(
    _ format: String, _ golden: String
  ) throws {
    let result = try AnswersModeFixtures.run(
      answers: AnswersModeFixtures.example, ["--format", format])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    expectGolden(result.stdout, named: golden)
  }

  @Test func the_text_summary_wraps_at_80_columns_except_unbreakable_urls() throws {
    let result = try AnswersModeFixtures.run(answers: AnswersModeFixtures.example)
    #expect(result.status == 0)
    let long = result.stdout.split(separator: "\n").map(String.init).filter { $0.count > 80 }
    // A source's URL cannot be broken, so it may run past the margin, on a line of its own.
    let wrappable = long.filter { line in
      let words = line.split(separator: " ")
      return words.count != 1 || !words[0].hasPrefix("http")
    }
    #expect(wrappable == [])
  }

  @Test func the_summary_tells_the_time_in_the_persons_own_time_zone() throws {
    // Run by the binary, as TZ is the whole process's: a test that set it would race with
    // every other test reading the environment.
    let winter = "1767261600"  // 2026-01-01T10:00:00Z
    let summer = "1784017805"  // 2026-07-14T08:30:05Z
    for (zone, instant, made) in [
      ("Europe/Paris", winter, "made 2026-01-01 at 11:00 CET (UTC+01:00)."),
      ("America/New_York", winter, "made 2026-01-01 at 05:00 EST (UTC-05:00)."),
      ("UTC", winter, "made 2026-01-01 at 10:00 UTC."),
      ("Europe/Berln", winter, "made 2026-01-01 at 10:00 UTC."),
      ("Asia/Kolkata", winter, "made 2026-01-01 at 15:30 IST (UTC+05:30)."),
      ("America/St_Johns", winter, "made 2026-01-01 at 06:30 NST (UTC-03:30)."),
      ("Europe/Paris", summer, "made 2026-07-14 at 10:30 CEST (UTC+02:00)."),
      ("America/New_York", summer, "made 2026-07-14 at 04:30 EDT (UTC-04:00)."),
      // Paris moves its clocks from 02:00 to 03:00 at 2026-03-29T01:00:00Z.
      ("Europe/Paris", "1774745999", "made 2026-03-29 at 01:59 CET (UTC+01:00)."),
      ("Europe/Paris", "1774746000", "made 2026-03-29 at 03:00 CEST (UTC+02:00)."),
      // A zone behind UTC can be on the day before.
      ("America/New_York", "951782400", "made 2000-02-28 at 19:00 EST (UTC-05:00)."),
      // An offset with seconds, as Monrovia's was until 1972.
      ("Africa/Monrovia", "0", "made 1969-12-31 at 23:15 MMT (UTC-00:44:30)."),
    ] {
      let text = try AnswersModeFixtures.run(
        answers: AnswersModeFixtures.example,
        environment: ["TZ": zone, "SOURCE_DATE_EPOCH": instant])
      #expect(text.status == 0)
      #expect(
        text.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(made),
        "\(zone) \(instant)")
    }
    // The JSON result keeps the instant in UTC, whatever the zone.
    let json = try AnswersModeFixtures.run(
      answers: AnswersModeFixtures.example, ["--format", "json"],
      environment: ["TZ": "Europe/Paris"])
    #expect(json.stdout.contains("\"createdAt\": \"2026-01-01T10:00:00Z\""))
  }
}
