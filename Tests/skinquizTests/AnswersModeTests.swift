import Fixtures
import Foundation
import SkinQuizCore
import TestSupport
import Testing

/// The example answers file (Docs/answers-file.md) and helpers to run `skinquiz` on answers.
enum AnswersModeFixtures {
  /// The example answers file of Docs/answers-file.md, byte for byte: its line and column numbers appear in
  /// the expected messages below.
  static let example = """
    {"age_band": "22_plus", "concerns": ["acne_scars"], "acne_scar_type": ["rolling"],
     "skin_tone": "burns_then_tans", "active_skin_now": ["none"], \
    "skin_condition_history": ["none"],
     "cold_sore_history": "no", "scarring_history": ["none"], "isotretinoin": "never",
     "pregnancy": "no", "bleeding": ["none"], "health_conditions": ["none"],
     "lesions_in_area": ["none"], "allergies": ["none"], "recent_procedures": ["none"],
     "topicals": ["none"], "setting": "clinic_medical", "microneedling_type": "standard"}
    """

  /// The same answers as YAML.
  static let exampleYAML = """
    age_band: 22_plus
    concerns: [acne_scars]
    acne_scar_type: [rolling]
    skin_tone: burns_then_tans
    active_skin_now: [none]
    skin_condition_history: [none]
    cold_sore_history: no
    scarring_history: [none]
    isotretinoin: never
    pregnancy: no
    bleeding: [none]
    health_conditions: [none]
    lesions_in_area: [none]
    allergies: [none]
    recent_procedures: [none]
    topicals: [none]
    setting: clinic_medical
    microneedling_type: standard

    """

  /// The example's answers, as the JSON result must repeat them.
  static let exampleAnswers: [String: AnswerValue] = [
    "age_band": .one("22_plus"), "concerns": .many(["acne_scars"]),
    "acne_scar_type": .many(["rolling"]), "skin_tone": .one("burns_then_tans"),
    "active_skin_now": .many(["none"]), "skin_condition_history": .many(["none"]),
    "cold_sore_history": .one("no"),
    "scarring_history": .many(["none"]), "isotretinoin": .one("never"), "pregnancy": .one("no"),
    "bleeding": .many(["none"]), "health_conditions": .many(["none"]),
    "lesions_in_area": .many(["none"]), "allergies": .many(["none"]),
    "recent_procedures": .many(["none"]), "topicals": .many(["none"]),
    "setting": .one("clinic_medical"), "microneedling_type": .one("standard"),
  ]

  /// The findings the example fires, in the order the result lists them.
  static let exampleFindings = [
    "benefit_acne_scars", "benefit_topical_absorption", "note_two_sessions_claim",
    "note_acne_scar_rolling_boxcar", "info_expectations_timeline", "aftercare_expected_downtime",
    "aftercare_sun_protection", "aftercare_provider_products_only", "aftercare_makeup_24h",
    "aftercare_avoid_sweat_heat", "aftercare_no_picking", "aftercare_warning_signs",
  ]

  /// The example with `old` replaced by `new`; `old` must occur in it.
  static func example(replacing old: String, with new: String) throws -> String {
    try #require(example.contains(old), "the example has no \(old)")
    return example.replacingOccurrences(of: old, with: new)
  }

  /// Writes `text` to `name` in a new temporary folder and runs `skinquiz --answers name` there,
  /// with `arguments` after it.
  static func run(
    answers text: String, named name: String = "answers.json", _ arguments: [String] = [],
    environment: [String: String] = [:]
  ) throws -> RunResult {
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    return try runSkinquiz(
      ["--answers", name] + arguments, directory: folder, environment: environment)
  }
}

/// One answer in an answers file or a JSON result: an option id, or a list of them.
enum AnswerValue: Codable, Equatable, Sendable {
  case one(String)
  case many([String])

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let id = try? container.decode(String.self) {
      self = .one(id)
    } else {
      self = .many(try container.decode([String].self))
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .one(let id): try container.encode(id)
    case .many(let ids): try container.encode(ids)
    }
  }
}

/// The parts of a `skinquiz.result/1` document the tests read.
struct ResultDocument: Decodable {
  struct Questionnaire: Decodable, Equatable {
    var id: String
    var version: String
  }

  struct Verdict: Decodable {
    var id: String
    var title: String
    var text: String
  }

  struct Finding: Decodable {
    var id: String
    var kind: String
    var because: [String]
  }

  var schema: String
  var questionnaire: Questionnaire
  var createdAt: String
  var answers: [String: AnswerValue]
  var verdict: Verdict
  var findings: [Finding]

  /// Decodes a JSON result.
  static func decode(_ text: String) throws -> ResultDocument {
    try JSONDecoder().decode(ResultDocument.self, from: Data(text.utf8))
  }
}

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
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let document = try ResultDocument.decode(result.stdout)
    #expect(document.answers == AnswersModeFixtures.exampleAnswers)
    #expect(document.verdict.id == "good_candidate")
    #expect(document.findings.map(\.id) == AnswersModeFixtures.exampleFindings)
  }

  @Test func the_answers_can_be_yaml() throws {
    let result = try AnswersModeFixtures.run(
      answers: AnswersModeFixtures.exampleYAML, named: "answers.yaml", ["--format", "json"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let document = try ResultDocument.decode(result.stdout)
    #expect(document.answers == AnswersModeFixtures.exampleAnswers)
    #expect(document.verdict.id == "good_candidate")
    #expect(document.findings.map(\.id) == AnswersModeFixtures.exampleFindings)
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
    for (zone, made) in [
      ("Europe/Paris", "made 2026-01-01 at 11:00 CET (UTC+01:00)."),
      ("America/New_York", "made 2026-01-01 at 05:00 EST (UTC-05:00)."),
      ("UTC", "made 2026-01-01 at 10:00 UTC."), ("Europe/Berln", "made 2026-01-01 at 10:00 UTC."),
      ("Asia/Kolkata", "made 2026-01-01 at 15:30 IST (UTC+05:30)."),
    ] {
      let text = try AnswersModeFixtures.run(
        answers: AnswersModeFixtures.example, environment: ["TZ": zone])
      #expect(text.status == 0)
      #expect(
        text.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(made),
        "\(zone)")
    }
    // The JSON result keeps the instant in UTC, whatever the zone.
    let json = try AnswersModeFixtures.run(
      answers: AnswersModeFixtures.example, ["--format", "json"],
      environment: ["TZ": "Europe/Paris"])
    #expect(json.stdout.contains("\"createdAt\": \"2026-01-01T10:00:00Z\""))
  }

  // MARK: - Invalid answers

  /// Runs the answers `text` and expects exit 65, nothing on standard output and `stderr`.
  private func expectInvalid(
    _ text: String, stderr: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let result = try AnswersModeFixtures.run(answers: text)
    #expect(result.status == 65, sourceLocation: sourceLocation)
    #expect(result.stdout == "", sourceLocation: sourceLocation)
    #expect(result.stderr == stderr, sourceLocation: sourceLocation)
  }

  @Test func an_unknown_question_is_rejected_with_a_suggestion() throws {
    try expectInvalid(
      AnswersModeFixtures.example(replacing: "\"age_band\"", with: "\"age_bnad\""),
      stderr: """
        answers.json:1:2: error: unknown question 'age_bnad' (did you mean 'age_band'?); \
        questions: age_band, concerns, acne_scar_type, pigment_type, skin_tone, active_skin_now, \
        skin_condition_history, cold_sore_history, scarring_history, isotretinoin, \
        isotretinoin_stopped, pregnancy, bleeding, health_conditions, lesions_in_area, allergies, \
        recent_procedures, topicals, setting, microneedling_type, implants
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  @Test func an_unknown_option_is_rejected_with_the_valid_choices() throws {
    try expectInvalid(
      AnswersModeFixtures.example(replacing: "\"burns_then_tans\"", with: "\"burns_than_tans\""),
      stderr: """
        answers.json:2:15: error: 'burns_than_tans' is not an option of 'skin_tone' (did you \
        mean 'burns_then_tans'?); valid: burns_never_tans, burns_then_tans, rarely_burns, \
        never_burns, prefer_not_to_say
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  @Test func a_list_for_a_single_question_is_rejected() throws {
    try expectInvalid(
      AnswersModeFixtures.example(
        replacing: "\"isotretinoin\": \"never\"", with: "\"isotretinoin\": [\"never\"]"),
      stderr: """
        answers.json:3:75: error: 'isotretinoin' takes one option, found a list; valid: \
        currently, in_past, never
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  @Test func a_string_for_a_multi_question_is_rejected() throws {
    try expectInvalid(
      AnswersModeFixtures.example(
        replacing: "\"bleeding\": [\"none\"]", with: "\"bleeding\": \"none\""),
      stderr: """
        answers.json:4:33: error: 'bleeding' takes a list of options, found 'none'; valid: a \
        list of bleeding_disorder, blood_thinner (or none alone)
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  @Test func an_exclusive_option_with_another_is_rejected() throws {
    try expectInvalid(
      AnswersModeFixtures.example(
        replacing: "\"topicals\": [\"none\"]", with: "\"topicals\": [\"retinoid\", \"none\"]"),
      stderr: """
        answers.json:6:27: error: 'none' must be chosen alone for 'topicals', but it is given \
        with 'retinoid'; valid: a list of retinoid, aha_bha_acids, benzoyl_peroxide, \
        vitamin_c_serum, hydroquinone (or none alone)
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  @Test func an_answer_to_a_question_that_is_not_asked_is_rejected() throws {
    try expectInvalid(
      AnswersModeFixtures.example(
        replacing: "\"isotretinoin\": \"never\"",
        with: "\"isotretinoin\": \"never\", \"isotretinoin_stopped\": \"lt_6_months\""),
      stderr: """
        answers.json:3:108: error: 'isotretinoin_stopped' is asked only when isotretinoin = \
        in_past, which these answers do not meet, so it must be left out (found lt_6_months)
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  @Test func every_missing_question_is_named() throws {
    let text = try AnswersModeFixtures.example(replacing: " \"allergies\": [\"none\"],", with: "")
      .replacingOccurrences(of: ", \"setting\": \"clinic_medical\"", with: "")
    #expect(!text.contains("setting"))
    try expectInvalid(
      text,
      stderr: """
        answers.json:1:1: error: no answer for 'allergies' (Are you allergic to any of these?); \
        valid: a list of numbing_creams, metals_nickel_steel (or none alone)
        answers.json:1:1: error: no answer for 'setting' (Where are you thinking of having \
        microneedling?); valid: clinic_medical, clinic_with_prp, spa, at_home_device, undecided
        skinquiz: error: 2 errors in the answers; nothing was written

        """)
  }

  @Test func malformed_json_is_a_located_syntax_error() throws {
    try expectInvalid(
      AnswersModeFixtures.example(
        replacing: "\"cold_sore_history\": \"no\",", with: "\"cold_sore_history\": \"no\""),
      stderr: """
        answers.json:3:28: error: JSON syntax error: did not find expected ',' or '}' (while \
        parsing a flow mapping at line 1)
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  @Test func an_empty_file_is_rejected() throws {
    try expectInvalid(
      "",
      stderr: """
        answers.json:1:1: error: the answers file is empty; it must be a mapping of question ids \
        to option ids, such as {"age_band": "22_plus", "concerns": ["acne_scars"]}
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  @Test func a_list_instead_of_a_mapping_is_rejected() throws {
    try expectInvalid(
      "[\"age_band\", \"22_plus\"]\n",
      stderr: """
        answers.json:1:1: error: the answers must be a mapping of keys to values, found a list
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  @Test func a_question_given_twice_is_rejected() throws {
    try expectInvalid(
      AnswersModeFixtures.example(
        replacing: "\"age_band\": \"22_plus\",",
        with: "\"age_band\": \"22_plus\", \"age_band\": \"under_18\","),
      stderr: """
        answers.json:1:2: error: key 'age_band' appears more than once in this mapping
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  @Test func an_empty_list_for_a_multi_question_is_rejected() throws {
    try expectInvalid(
      AnswersModeFixtures.example(
        replacing: "\"concerns\": [\"acne_scars\"]", with: "\"concerns\": []"),
      stderr: """
        answers.json:1:37: error: 'concerns' needs at least one option; valid: a list of \
        acne_scars, wrinkles_fine_lines, enlarged_pores, sun_damage_pigmentation (or \
        none_of_these alone)
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  @Test func errors_in_standard_input_are_located_in_stdin() throws {
    let result = try runSkinquiz(["--answers", "-"], stdin: "")
    #expect(result.status == 65)
    #expect(result.stdout == "")
    #expect(
      result.stderr == """
        <stdin>:1:1: error: the answers file is empty; it must be a mapping of question ids to \
        option ids, such as {"age_band": "22_plus", "concerns": ["acne_scars"]}
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  // MARK: - Unreadable answers

  @Test func a_missing_answers_file_exits_66() throws {
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try runSkinquiz(["--answers", "nope.json"], directory: folder)
    #expect(result.status == 66)
    #expect(result.stdout == "")
    #expect(result.stderr == "skinquiz: error: cannot read 'nope.json': no such file\n")
  }

  @Test func a_folder_as_answers_file_exits_66() throws {
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("answers.json"), withIntermediateDirectories: false)
    let result = try runSkinquiz(["--answers", "answers.json"], directory: folder)
    #expect(result.status == 66)
    #expect(result.stdout == "")
    #expect(
      result.stderr == "skinquiz: error: cannot read 'answers.json': it is a folder, not a file\n")
  }

  // MARK: - Command line

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

  @Test func an_unknown_option_is_a_usage_error() throws {
    let result = try runSkinquiz(["--bogus"])
    #expect(result.status == 64)
    #expect(result.stdout == "")
    #expect(result.stderr.hasPrefix("Error: Unknown option '--bogus'\nUsage: skinquiz "))
    #expect(result.stderr.hasSuffix("  See 'skinquiz --help' for more information.\n"))
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

  @Test func an_unknown_format_is_a_usage_error() throws {
    let result = try AnswersModeFixtures.run(
      answers: AnswersModeFixtures.example, ["--format", "pdf"])
    #expect(result.status == 64)
    #expect(result.stdout == "")
    #expect(
      result.stderr.hasPrefix(
        """
        Error: The value 'pdf' is invalid for '--format <format>'. Please provide one of 'text', \
        'markdown', 'html', 'json' or 'fhir'.

        """))
  }

  @Test func an_output_file_without_a_known_extension_needs_a_format() throws {
    let result = try AnswersModeFixtures.run(
      answers: AnswersModeFixtures.example, ["--output", "out.pdf"])
    #expect(result.status == 64)
    #expect(result.stdout == "")
    #expect(
      result.stderr.hasPrefix(
        """
        Error: cannot tell the format of 'out.pdf' from its name: end it in .txt, .md, .html, \
        .json or .fhir.json, or give --format

        """))
  }

  // MARK: - Packs

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
