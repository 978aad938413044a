import Fixtures
import Foundation
import SkinQuizCore
import TestSupport
import Testing

/// The pack as a FHIR Questionnaire: its shape, and its skip logic agreeing with SkinQuiz's.
@Suite struct FHIRQuestionnaireTests {
  /// `Tests/Packs/skip-logic`: one question for each kind of skip logic, with persona tests.
  static let skipLogicPack: Pack? = {
    let folder = Paths.root.appendingPathComponent("Tests/Packs/skip-logic").path
    return (try? PackFiles.read(folder: folder)).flatMap { PackLoader.load($0).pack }
  }()

  static func packs() throws -> [Pack] {
    [try #require(ShippedPack.pack), try #require(skipLogicPack)]
  }

  private func object(_ pack: Pack) throws -> [String: Any] {
    let json = FHIRQuestionnaire().render(pack)
    return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
  }

  @Test func the_skip_logic_pack_loads_with_every_persona_test() throws {
    let pack = try #require(Self.skipLogicPack)
    #expect(pack.tests.count == 10)
    #expect(pack.questions.count == 23)
  }

  @Test func enable_when_decides_as_skinquiz_asks_for_every_persona() throws {
    for pack in try Self.packs() {
      let form = try FHIRForm(questionnaire: FHIRQuestionnaire().render(pack))
      let engine = Engine(pack: pack)
      for test in pack.tests {
        let result = engine.result(for: test.answers, createdAt: "2026-01-01T10:00:00Z")
        try expectAgreement(form, result, "\(pack.id): \(test.name)")
      }
    }
  }

  @Test func enable_when_decides_as_skinquiz_asks_on_random_answers() throws {
    var random = SplitMix64(state: 15)
    for pack in try Self.packs() {
      let form = try FHIRForm(questionnaire: FHIRQuestionnaire().render(pack))
      for run in 0..<100 {
        var quiz = Quiz(pack: pack)
        while let question = quiz.currentQuestion {
          try quiz.answer(Self.randomSelection(question, &random))
        }
        try expectAgreement(form, quiz.result(createdAt: ""), "\(pack.id): run \(run)")
      }
    }
  }

  /// The form enables exactly the questions SkinQuiz asked, but for those left to FHIRPath.
  private func expectAgreement(_ form: FHIRForm, _ result: QuizResult, _ label: String) throws {
    let found = try form.enabled(by: FHIRRenderer().render(result))
    let asked = Set(result.answeredQuestions.map(\.question.id))
    #expect(found.enabled == asked.subtracting(found.undecided), "\(label)")
  }

  /// A valid answer chosen at random: one option, or a non-empty set with an exclusive alone.
  private static func randomSelection(_ question: Question, _ random: inout SplitMix64) -> UInt64 {
    let count = UInt64(question.options.count)
    guard question.kind == .multi else { return 1 << UInt64(random.below(count)) }
    let selection = UInt64(random.below((1 << count) - 1) + 1)
    let exclusive = selection & question.exclusiveMask
    guard exclusive != 0, selection.nonzeroBitCount > 1 else { return selection }
    return exclusive & (~exclusive + 1)
  }

  @Test func only_skip_logic_enable_when_cannot_say_is_left_to_fhirpath() throws {
    let pack = try #require(Self.skipLogicPack)
    let form = try FHIRForm(questionnaire: FHIRQuestionnaire().render(pack))
    let result = Engine(pack: pack).result(for: pack.tests[0].answers, createdAt: "")
    let undecided = try form.enabled(by: FHIRRenderer().render(result)).undecided
    #expect(
      undecided == [
        "not_neck", "other_than_face", "two_goals_or_more", "fewer_than_two", "one_goal_exactly",
        "neck_care_skipped", "smooth_answered", "face_and_smooth_or_even",
        "hands_or_smooth_and_firm", "not_laser", "other_than_laser", "neither_neck_nor_one",
        "neither_nothing_nor_firm",
      ])
    let shipped = try #require(ShippedPack.pack)
    let all = try FHIRForm(questionnaire: FHIRQuestionnaire().render(shipped))
    let first = Engine(pack: shipped).result(for: shipped.tests[0].answers, createdAt: "")
    #expect(try all.enabled(by: FHIRRenderer().render(first)).undecided.isEmpty)
  }

  @Test func the_skip_logic_pack_matches_its_golden_file() throws {
    expectGolden(
      FHIRQuestionnaire().render(try #require(Self.skipLogicPack)),
      named: "skip-logic.questionnaire.json")
  }

  @Test func the_header_names_the_pack_for_scoring_and_carries_the_disclaimer() throws {
    let pack = try #require(ShippedPack.pack)
    let object = try object(pack)
    #expect(object["resourceType"] as? String == "Questionnaire")
    #expect(object["url"] as? String == pack.url)
    #expect(object["version"] as? String == pack.version)
    #expect(object["status"] as? String == "active")
    #expect(object["title"] as? String == pack.title)
    #expect(object["description"] as? String == pack.intro.disclaimer)
    let identifier = try #require((object["identifier"] as? [[String: String]])?.first)
    #expect(identifier["system"] == "urn:skinquiz:pack")
    #expect(identifier["value"] == "microneedling|\(pack.version)")
    let first = try #require((object["item"] as? [[String: Any]])?.first)
    #expect(first["type"] as? String == "display")
    #expect(first["text"] as? String == pack.intro.disclaimer)
  }

  @Test func each_question_is_a_choice_item_coded_as_responses_are() throws {
    let pack = try #require(ShippedPack.pack)
    let items = try #require(try object(pack)["item"] as? [[String: Any]]).dropFirst()
    #expect(items.map { $0["linkId"] as? String } == pack.questions.map(\.id))
    for (item, question) in zip(items, pack.questions) {
      #expect(item["type"] as? String == "choice")
      #expect(item["required"] as? Bool == true)
      #expect(item["repeats"] as? Bool == (question.kind == .multi))
      let options = try #require(item["answerOption"] as? [[String: Any]])
      let codings = options.compactMap { $0["valueCoding"] as? [String: String] }
      #expect(codings.map { $0["code"] } == question.options.map(\.id))
      let system = FHIRRenderer.system(pack: pack, question: question)
      #expect(codings.allSatisfy { $0["system"] == system })
      let exclusive = options.map { ($0["extension"] as? [[String: Any]])?.first }
      #expect(
        exclusive.map { $0?["valueBoolean"] as? Bool == true }
          == question.options.map(\.isExclusive), "\(question.id)")
      let help = try #require((item["item"] as? [[String: Any]])?.first)
      #expect(help["type"] as? String == "display")
      #expect(help["text"] as? String == question.help)
      #expect(help["linkId"] as? String == "\(question.id).help")
    }
  }
}
