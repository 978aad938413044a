import Fixtures
import SkinQuizCore
import Testing

/// The names of the shipped pack's persona tests.
private let personaNames = (ShippedPack.pack?.tests ?? []).map(\.name)

/// A QuestionnaireResponse read back as answers (`AnswersFile.parse`), at the API level.
@Suite struct QuestionnaireResponseReaderTests {
  @Test func the_shipped_pack_has_personas_to_read_back() {
    #expect(personaNames.count >= 25)
  }

  /// `--format fhir`, then `--answers` of what it wrote: the same answers, verdict and findings.
  @Test(arguments: personaNames)
  func each_persona_survives_the_round_trip_through_fhir(_ name: String) throws {
    let pack = try #require(ShippedPack.pack)
    let persona = try #require(pack.tests.first { $0.name == name })
    let engine = Engine(pack: pack)
    let result = engine.result(for: persona.answers, createdAt: "2026-01-01T10:00:00Z")
    let text = FHIRRenderer().render(result)

    let answers = try AnswersFile.parse(
      text, file: "r.fhir.json", pack: pack, requireComplete: true)
    let again = engine.evaluate(answers)
    let before = engine.evaluate(persona.answers)
    #expect(
      AnswersFile.render(answers, pack: pack) == AnswersFile.render(result.answers, pack: pack))
    #expect(pack.verdicts[again.verdict].id == pack.verdicts[before.verdict].id)
    #expect(again.fired.map { pack.findings[$0].id } == before.fired.map { pack.findings[$0].id })
  }

  @Test func a_response_without_items_leaves_every_question_to_ask() throws {
    let pack = try #require(ShippedPack.pack)
    let text = """
      {"resourceType": "QuestionnaireResponse",
       "questionnaire": "\(pack.url)|\(pack.version)", "status": "in-progress"}
      """
    let answers = try AnswersFile.parse(text, file: "r.json", pack: pack, requireComplete: false)
    #expect(pack.questions.indices.allSatisfy { !answers.isAnswered($0) })
    #expect(throws: SkinQuizError.self) {
      try AnswersFile.parse(text, file: "r.json", pack: pack, requireComplete: true)
    }
  }
}
