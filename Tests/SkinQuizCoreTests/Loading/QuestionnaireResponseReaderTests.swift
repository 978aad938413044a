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

  /// The messages `AnswersFile.parse` gives for a response to the shipped pack whose members
  /// after `questionnaire` are `rest`.
  private func problems(_ rest: String) throws -> [String] {
    let pack = try #require(ShippedPack.pack)
    let text = """
      {"resourceType": "QuestionnaireResponse",
       "questionnaire": "\(pack.url)|\(pack.version)",
       \(rest)}
      """
    let diagnostics: [Diagnostic]
    do {
      _ = try AnswersFile.parse(text, file: "r.json", pack: pack, requireComplete: false)
      diagnostics = []
    } catch {
      guard case .invalidAnswers(let found) = error else { throw error }
      diagnostics = found
    }
    return diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
  }

  @Test func an_item_without_answer_must_still_name_a_question() throws {
    // Unanswered, but misspelt: another tool's typo must not pass unseen.
    let messages = try problems(#""item": [{"linkId": "age_bandd"}]"#)
    #expect(messages.count == 1)
    #expect(messages.first?.hasPrefix("3:22: unknown question 'age_bandd' (did you mean") == true)
    #expect(try problems(#""item": [{"linkId": "age_band"}]"#) == [])
  }

  @Test func a_null_where_text_belongs_is_named_as_null_not_taken_for_an_id() throws {
    #expect(
      try problems(#""item": [{"linkId": null, "answer": []}]"#)
        == ["3:22: an item's 'linkId' is null; FHIR leaves out a member that has no value"])
    #expect(
      try problems(
        #""item": [{"linkId": "age_band", "answer": [{"valueCoding": {"code": null}}]}]"#)
        == [
          "3:70: the code of an answer of item 'age_band' is null; FHIR leaves out a member "
            + "that has no value"
        ])
  }

  @Test func a_response_whose_meaning_is_changed_or_withdrawn_is_not_scored() throws {
    let answered =
      #""item": [{"linkId": "age_band", "answer": [{"valueCoding": {"code": "22_plus"}}]}]"#
    #expect(
      try problems(#""modifierExtension": [{"url": "urn:x"}], "# + answered)
        == [
          "3:2: the QuestionnaireResponse has 'modifierExtension', which changes what its "
            + "answers mean in a way SkinQuiz cannot know, so it is not scored"
        ])
    #expect(
      try problems(#""implicitRules": "urn:rules", "# + answered)
        == [
          "3:2: the QuestionnaireResponse has 'implicitRules', which changes what its answers "
            + "mean in a way SkinQuiz cannot know, so it is not scored"
        ])
    #expect(
      try problems(#""status": "entered-in-error", "# + answered)
        == [
          "3:12: the QuestionnaireResponse's status is 'entered-in-error': it was made by "
            + "mistake, so it is not scored"
        ])
    // Any other status is not read: the answers decide.
    #expect(try problems(#""status": "in-progress", "# + answered) == [])
  }
}
