import Fixtures
import SkinQuizCore
import Testing

extension EngineContract {
  /// The verdict rules: the most severe floor wins, and without one a concern makes a good
  /// candidate.
  @Suite struct VerdictRuleTests {
    // MARK: - Verdict rules (section 3)

    @Test func verdicts_are_listed_most_severe_first() throws {
      let pack = try #require(ShippedPack.pack)
      #expect(
        pack.verdicts.map(\.id) == [
          "not_recommended", "postpone", "consult_first", "good_candidate", "no_matching_goal",
        ])
    }

    @Test(
      arguments: [
        (
          ["bleeding": ["bleeding_disorder"], "pregnancy": ["pregnant"]], "not_recommended",
          ["ci_bleeding_disorder", "ci_pregnancy_breastfeeding"]
        ),
        (
          ["bleeding": ["bleeding_disorder", "blood_thinner"]], "not_recommended",
          ["ci_bleeding_disorder", "caution_blood_thinner"]
        ),
        (
          ["cold_sore_history": ["yes"], "lesions_in_area": ["skin_cancer_active"]],
          "not_recommended", ["caution_cold_sore_prophylaxis", "ci_skin_cancer_in_area"]
        ),
        (
          ["pregnancy": ["breastfeeding"], "cold_sore_history": ["yes"]], "postpone",
          ["ci_pregnancy_breastfeeding", "caution_cold_sore_prophylaxis"]
        ),
        (
          ["age_band": ["under_18"], "active_skin_now": ["acne_breakout", "cold_sore"]],
          "postpone", ["caution_minor", "ci_active_acne", "ci_active_cold_sore"]
        ),
        (
          ["age_band": ["under_18"], "allergies": ["numbing_creams"]], "consult_first",
          ["caution_minor", "caution_allergy"]
        ),
      ])
    func the_most_severe_floor_wins(changes: [String: [String]], verdict: String, fired: [String])
      throws
    {
      let pack = try #require(ShippedPack.pack)
      let outcome = evaluate(pack, try answers(pack, candidate, changes))
      #expect(outcome.verdict == verdict)
      for id in fired {
        #expect(outcome.fired.contains(id), "\(id) did not fire")
      }
    }

    @Test(
      arguments: [
        ["concerns": ["acne_scars"], "acne_scar_type": ["rolling"]],
        ["concerns": ["wrinkles_fine_lines"]],
        ["concerns": ["enlarged_pores"]],
        ["concerns": ["sun_damage_pigmentation"], "pigment_type": ["sun_spots"]],
        [
          "concerns": [
            "acne_scars", "wrinkles_fine_lines", "enlarged_pores", "sun_damage_pigmentation",
          ],
          "acne_scar_type": ["not_sure"], "pigment_type": ["post_acne_marks"],
        ],
      ])
    func no_floor_and_a_concern_is_a_good_candidate(changes: [String: [String]]) throws {
      let pack = try #require(ShippedPack.pack)
      let outcome = evaluate(pack, try answers(pack, neutral, changes))
      #expect(outcome.verdict == "good_candidate")
    }

    @Test func no_floor_and_no_concern_is_no_matching_goal() throws {
      let pack = try #require(ShippedPack.pack)
      let outcome = evaluate(pack, try answers(pack, neutral))
      #expect(outcome.verdict == "no_matching_goal")
      #expect(outcome.fired == ["info_no_target_concern"])
    }

    @Test func info_note_benefit_and_aftercare_never_change_the_verdict() throws {
      let pack = try #require(ShippedPack.pack)
      // Every kind of finding without a floor, and as many of them as one person can have.
      let extras: Changes = [
        "age_band": ["18_21"],
        "concerns": [
          "acne_scars", "wrinkles_fine_lines", "enlarged_pores", "sun_damage_pigmentation",
        ],
        "acne_scar_type": ["rolling", "boxcar", "ice_pick"],
        "pigment_type": ["sun_spots", "post_acne_marks"], "skin_tone": ["never_burns"],
        "scarring_history": ["dark_marks"], "isotretinoin": ["in_past"],
        "isotretinoin_stopped": ["6_to_12_months"],
        "health_conditions": ["diabetes_well_controlled"], "setting": ["spa"],
        "microneedling_type": ["radiofrequency"], "implants": ["none"],
        "topicals": ["retinoid", "vitamin_c_serum"],
      ]
      let good = evaluate(pack, try answers(pack, candidate, extras))
      #expect(good.verdict == "good_candidate")
      for id in [
        "benefit_acne_scars", "benefit_topical_absorption", "note_rf_microneedling",
        "note_post_acne_marks_pih", "info_age_18_21", "info_darker_skin_pih",
        "info_isotretinoin_6_to_12_months", "info_diabetes_controlled", "info_spa_setting",
        "aftercare_pause_retinoids_acids", "aftercare_vitamin_c_caution",
      ] {
        #expect(good.fired.contains(id), "\(id) did not fire")
      }

      // With a caution, the same extras leave the verdict at the caution's floor.
      let consult = evaluate(
        pack, try answers(pack, candidate, merged(extras, ["scarring_history": ["slow_healing"]])))
      #expect(consult.verdict == "consult_first")
      #expect(consult.fired.contains("aftercare_no_picking"))

      // Without a goal, information alone does not make anyone a candidate.
      let noGoal = evaluate(
        pack,
        try answers(
          pack, neutral,
          [
            "age_band": ["18_21"], "skin_tone": ["rarely_burns"],
            "health_conditions": ["diabetes_well_controlled"], "setting": ["clinic_with_prp"],
            "topicals": ["aha_bha_acids", "vitamin_c_serum"],
          ]))
      #expect(noGoal.verdict == "no_matching_goal")
      #expect(noGoal.fired.contains("info_prp_infection_control"))
    }

    @Test func findings_without_a_floor_in_the_contract_have_none_in_the_pack() throws {
      let pack = try #require(ShippedPack.pack)
      let unfloored = pack.findings.filter { $0.floor != nil && !$0.kind.setsFloor }.map(\.id)
      #expect(unfloored == [])
    }
  }
}
