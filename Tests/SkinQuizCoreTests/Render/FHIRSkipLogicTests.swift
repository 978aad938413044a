import SkinQuizCore
import Testing

/// Which skip logic `enableWhen` says, and the FHIRPath of the rest.
@Suite struct FHIRSkipLogicTests {
  private func skipLogic(_ id: String) throws -> FHIRSkipLogic {
    let pack = try #require(FHIRQuestionnaireTests.skipLogicPack)
    let question = try #require(pack.questions.first { $0.id == id })
    return FHIRSkipLogic(try #require(question.when), in: pack)
  }

  /// An `enableWhen` written short: each test as `question:option` (indices), then its behavior.
  private func enableWhen(_ id: String) throws -> String {
    guard case .enableWhen(let tests, let behavior) = try skipLogic(id) else { return "none" }
    let written = tests.map { "\($0.question):\($0.option)" }
    return (written + [behavior?.rawValue ?? "alone"]).joined(separator: " ")
  }

  @Test func equality_and_has_are_one_enable_when() throws {
    #expect(try enableWhen("neck_care") == "1:1 alone")
    #expect(try enableWhen("smooth_how") == "0:0 alone")
  }

  @Test func lists_and_and_or_of_atoms_are_enable_whens_with_a_behavior() throws {
    #expect(try enableWhen("tone_or_firm") == "0:1 0:2 any")
    #expect(try enableWhen("smooth_and_even") == "0:0 0:1 all")
    #expect(try enableWhen("face_or_hands") == "1:0 1:2 any")
    #expect(try enableWhen("face_and_firm") == "1:0 0:2 all")
    #expect(try enableWhen("hands_or_even") == "1:2 0:1 any")
    #expect(try enableWhen("three_goals") == "0:0 0:1 0:2 all")
  }

  @Test func the_rest_is_fhirpath_false_on_an_unanswered_question() throws {
    let goals = "%resource.item.where(linkId = 'goals').answer.value.ofType(Coding).code"
    let area = "%resource.item.where(linkId = 'area').answer.value.ofType(Coding).code"
    let how = "%resource.item.where(linkId = 'smooth_how').answer.value.ofType(Coding).code"
    #expect(try skipLogic("not_neck") == .expression("(\(area) contains 'neck').not()"))
    #expect(
      try skipLogic("other_than_face")
        == .expression("\(area).exists() and (\(area) contains 'face').not()"))
    #expect(
      try skipLogic("two_goals_or_more")
        == .expression("\(goals).exists() and \(goals).count() >= 2"))
    #expect(try skipLogic("smooth_answered") == .expression("\(how).exists()"))
    #expect(
      try skipLogic("face_and_smooth_or_even")
        == .expression(
          "(\(area) contains 'face') and ((\(goals) contains 'smooth') or "
            + "(\(goals) contains 'even'))"))
    #expect(
      try skipLogic("neither_nothing_nor_firm")
        == .expression("((\(goals) contains 'firm') or (\(goals) contains 'nothing')).not()"))
  }
}
