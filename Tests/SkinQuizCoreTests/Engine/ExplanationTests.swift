import Fixtures
import SkinQuizCore
import TestSupport
import Testing

/// The example answers file (Docs/answers-file.md).
private let example = [String: [String]](
  uniqueKeysWithValues: contractExample.map { ($0.question, $0.options) })

/// Answers by ids: `base` with `changes` applied (an empty list removes an answer).
private func answers(
  _ pack: Pack, _ base: [String: [String]], _ changes: [String: [String]] = [:]
) throws -> Answers {
  let answers = try pack.answers(base.merging(changes, uniquingKeysWith: { $1 }))
  #expect(pack.removingUnasked(answers).removed == [], "fixture answers unasked questions")
  #expect(pack.unansweredQuestions(answers) == [], "fixture leaves asked questions out")
  return answers
}

/// The `because` texts of finding `id`, or `nil` when it did not fire.
private func because(
  _ id: String, in pack: Pack, _ answers: Answers
) -> [String]? {
  let result = Engine(pack: pack).result(for: answers, createdAt: "2026-01-01T10:00:00Z")
  return result.findings.first { $0.finding.id == id }?.because
}

@Suite struct ExplanationTests {
  // MARK: - The shipped pack

  @Test func the_contract_example_sentence_for_acne_scars() throws {
    let pack = try #require(ShippedPack.pack)
    #expect(
      because("benefit_acne_scars", in: pack, try answers(pack, example)) == [
        "You chose “Acne scars” for “Which concerns would you like to improve?”"
      ])
  }

  @Test func a_single_choice_question_is_answered_not_chosen() throws {
    let pack = try #require(ShippedPack.pack)
    let minor = try answers(pack, example, ["age_band": ["under_18"]])
    #expect(
      because("caution_minor", in: pack, minor) == ["You answered “Under 18” to “How old are you?”"]
    )
    let breastfeeding = try answers(pack, example, ["pregnancy": ["breastfeeding"]])
    #expect(
      because("ci_pregnancy_breastfeeding", in: pack, breastfeeding) == [
        "You answered “I'm breastfeeding” to “Are you pregnant or breastfeeding?”"
      ])
  }

  @Test func has_any_names_only_the_matched_options() throws {
    let pack = try #require(ShippedPack.pack)
    let scars = try answers(pack, example, ["acne_scar_type": ["rolling", "boxcar", "ice_pick"]])
    #expect(
      because("note_acne_scar_rolling_boxcar", in: pack, scars) == [
        "You chose “Rolling” and “Boxcar” for “Which best describes your acne scars?”"
      ])
    let lesions = try answers(
      pack, example,
      ["lesions_in_area": ["raised_or_changing_mole", "rough_scaly_patches", "warts"]]
    )
    #expect(
      because("caution_lesions_check", in: pack, lesions) == [
        "You chose “A raised or changing mole”, “Rough, scaly patches” and “Warts” for "
          + "“In the area you would like treated, do you have, or have you had, any of these?”"
      ])
  }

  @Test func an_or_names_only_the_branches_that_hold() throws {
    let pack = try #require(ShippedPack.pack)
    let coldSore = "You answered “Not sure” to “Do you ever get cold sores?”"
    let scarring =
      "You chose “Not sure” for “How does your skin heal after cuts or spots?”"
    let first = try answers(pack, example, ["cold_sore_history": ["not_sure"]])
    #expect(because("caution_unsure_answer", in: pack, first) == [coldSore])
    let second = try answers(pack, example, ["scarring_history": ["not_sure"]])
    #expect(because("caution_unsure_answer", in: pack, second) == [scarring])
    let both = try answers(
      pack, example, ["cold_sore_history": ["not_sure"], "scarring_history": ["not_sure"]])
    #expect(because("caution_unsure_answer", in: pack, both) == [coldSore, scarring])
  }

  @Test func aftercare_names_the_overall_result() throws {
    let pack = try #require(ShippedPack.pack)
    #expect(
      because("aftercare_sun_protection", in: pack, try answers(pack, example)) == [
        "Your overall result is “May be a good candidate: confirm with a board-certified dermatologist”"
      ])
    let consult = try answers(pack, example, ["bleeding": ["blood_thinner"]])
    #expect(
      because("aftercare_warning_signs", in: pack, consult) == [
        "Your overall result is “See a skin doctor before you decide”"
      ])
    let retinoid = try answers(
      pack, example, ["pregnancy": ["pregnant"], "topicals": ["retinoid", "vitamin_c_serum"]])
    #expect(
      because("aftercare_pause_retinoids_acids", in: pack, retinoid) == [
        "Your overall result is “Wait before having microneedling”",
        "You chose “A retinoid” for “Do you use any of these skin products?”",
      ])
  }

  @Test func because_is_never_empty_for_any_finding_of_the_packs_own_tests() throws {
    let pack = try #require(ShippedPack.pack)
    let engine = Engine(pack: pack)
    var explained = Set<String>()
    for test in pack.tests {
      let result = engine.result(for: test.answers, createdAt: "2026-01-01T10:00:00Z")
      for fired in result.findings {
        #expect(!fired.because.isEmpty, "'\(fired.finding.id)' in '\(test.name)'")
        #expect(
          fired.because.allSatisfy { !$0.isEmpty }, "'\(fired.finding.id)' in '\(test.name)'")
        explained.insert(fired.finding.id)
      }
    }
    // The pack's tests make every finding fire, so every finding was explained at least once.
    #expect(explained.count == pack.findings.count)
  }

  // MARK: - Negations, with the mini pack

  /// The mini pack with `info_neck`'s condition replaced by `condition`.
  private func mini(infoNeckWhen condition: String) throws -> Pack {
    let files = MiniPack.files(
      in: "findings.yaml", replacing: "when: smooth_area = neck", with: "when: \(condition)")
    let outcome = PackLoader.load(files)
    #expect(outcome.diagnostics.map(\.description) == [])
    return try #require(outcome.pack)
  }

  @Test(
    arguments: [
      (
        "not goals has even", ["goals": ["smooth"], "smooth_area": ["face"], "pregnant": ["no"]],
        ["You did not choose “Even tone” for “What do you want?”"]
      ),
      (
        "not answered(smooth_area)", ["goals": ["even"], "pregnant": ["no"]],
        ["You were not asked “Where?”"]
      ),
      (
        "not goals has any [smooth, even]", ["goals": ["nothing"], "pregnant": ["yes"]],
        ["You chose none of “Smoother skin” or “Even tone” for “What do you want?”"]
      ),
      (
        "not goals has all [smooth, even]",
        ["goals": ["smooth"], "smooth_area": ["neck"], "pregnant": ["no"]],
        ["You did not choose “Even tone” for “What do you want?”"]
      ),
      (
        "not pregnant = yes", ["goals": ["nothing"], "pregnant": ["no"]],
        ["You answered “No” to “Are you pregnant?”"]
      ),
      (
        "not (goals has smooth and pregnant = yes)",
        ["goals": ["smooth"], "smooth_area": ["face"], "pregnant": ["no"]],
        ["You answered “No” to “Are you pregnant?”"]
      ),
      (
        "count(goals) >= 2",
        ["goals": ["smooth", "even"], "smooth_area": ["face"], "pregnant": ["no"]],
        ["You chose 2 options for “What do you want?”"]
      ),
    ])
  func negated_and_other_conditions_are_put_into_words(
    condition: String, given: [String: [String]], expected: [String]
  ) throws {
    let pack = try mini(infoNeckWhen: condition)
    #expect(because("info_neck", in: pack, try answers(pack, given)) == expected)
  }

  @Test func the_mini_pack_aftercare_names_its_verdict_title() throws {
    let pack = try #require(PackLoader.load(MiniPack.files()).pack)
    let go = try answers(pack, ["goals": ["even"], "pregnant": ["no"]])
    #expect(because("aftercare_sun", in: pack, go) == ["Your overall result is “Go”"])
    let stop = try answers(pack, ["goals": ["even"], "pregnant": ["yes"]])
    #expect(because("aftercare_sun", in: pack, stop) == nil)
  }
}
