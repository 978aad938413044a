import Fixtures
import SkinQuizCore
import TestSupport
import Testing

/// Question id → option ids; in a change, an empty list removes the question's answer.
private typealias Changes = [String: [String]]

/// The example answers file (Docs/answers-file.md): a good candidate with acne scars.
private let candidate = Changes(
  uniqueKeysWithValues: contractExample.map { ($0.question, $0.options) })

/// The same person without a goal: only `info_no_target_concern` fires, the verdict is
/// `no_matching_goal`.
private let neutral = merged(candidate, ["concerns": ["none_of_these"], "acne_scar_type": []])

/// `base` with `changes` applied; an empty list removes an answer.
private func merged(_ base: Changes, _ changes: Changes) -> Changes {
  base.merging(changes) { $1 }.filter { !$0.value.isEmpty }
}

/// Builds answers by ids, and checks that they are a complete, consistent answer set: every
/// option valid, every asked question answered and no answer to a question that is not asked.
private func answers(
  _ pack: Pack, _ base: Changes, _ changes: Changes = [:],
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> Answers {
  let given = merged(base, changes)
  let answers = try pack.answers(given, sourceLocation: sourceLocation)
  for (questionID, optionIDs) in given {
    let index = try #require(pack.questionIndex(questionID), sourceLocation: sourceLocation)
    #expect(
      pack.isValidSelection(answers[index], for: index),
      "invalid fixture answer \(questionID): \(optionIDs)", sourceLocation: sourceLocation)
  }
  let unasked = pack.removingUnasked(answers).removed.map { pack.questions[$0].id }
  #expect(unasked == [], "fixture answers unasked questions", sourceLocation: sourceLocation)
  let missing = pack.unansweredQuestions(answers).map { pack.questions[$0].id }
  #expect(missing == [], "fixture leaves asked questions out", sourceLocation: sourceLocation)
  return answers
}

/// The verdict id and the ids of the findings that fire.
private func evaluate(_ pack: Pack, _ answers: Answers) -> (verdict: String, fired: [String]) {
  let evaluation = Engine(pack: pack).evaluate(answers)
  return (pack.verdicts[evaluation.verdict].id, evaluation.fired.map { pack.findings[$0].id })
}

/// Every finding id of the built-in pack (Docs/microneedling-pack.md), in table order.
private let contractFindingIDs = [
  "ci_bleeding_disorder", "ci_skin_cancer_in_area", "ci_rf_implanted_device",
  "ci_active_infection_or_wound", "ci_active_acne", "ci_active_cold_sore", "ci_dermatitis_flare",
  "ci_sunburn", "ci_isotretinoin_current", "ci_pregnancy_breastfeeding", "ci_recent_procedure",
  "caution_isotretinoin_recent", "caution_cold_sore_prophylaxis", "caution_keloid_tendency",
  "caution_slow_healing", "caution_unsure_answer", "caution_blood_thinner", "caution_diabetes",
  "caution_immunosuppression", "caution_autoimmune", "caution_radiotherapy",
  "caution_lesions_check", "caution_allergy", "caution_recent_injectables", "caution_minor",
  "caution_melasma", "caution_past_skin_cancer", "caution_skin_condition_history",
  "caution_raised_scars", "caution_home_device", "caution_rf_implants", "benefit_acne_scars",
  "benefit_wrinkles_fine_lines", "benefit_pore_appearance", "benefit_sun_damage_pigmentation",
  "benefit_topical_absorption", "note_two_sessions_claim", "note_acne_scar_rolling_boxcar",
  "note_ice_pick_limited", "note_pores_evidence_limited", "note_sun_spots_limited_evidence",
  "note_post_acne_marks_pih", "note_rf_microneedling", "info_no_target_concern",
  "info_expectations_timeline", "info_age_18_21", "info_darker_skin_pih",
  "info_isotretinoin_6_to_12_months", "info_diabetes_controlled", "info_home_device",
  "info_spa_setting", "info_prp_infection_control", "aftercare_expected_downtime",
  "aftercare_sun_protection", "aftercare_provider_products_only", "aftercare_makeup_24h",
  "aftercare_avoid_sweat_heat", "aftercare_no_picking", "aftercare_warning_signs",
  "aftercare_pause_retinoids_acids", "aftercare_vitamin_c_caution",
]

/// One row of the findings table of Docs/microneedling-pack.md, with answers that make it fire and near misses.
struct ContractRow: Sendable, CustomTestStringConvertible {
  /// The finding id.
  var id: String
  /// The finding kind, as Docs/microneedling-pack.md names it.
  var kind: String
  /// The verdict floor's id, for contraindications and cautions.
  var floor: String?
  /// Changes to the base answers that each make the finding fire.
  var fires: [[String: [String]]]
  /// Changes to the base answers that each come close but must not make it fire.
  var misses: [[String: [String]]]
  /// Whether the base answers are the contract example (good candidate) rather than the
  /// neutral ones (no goal).
  var fromCandidate = false

  var testDescription: String { id }

  var base: [String: [String]] { fromCandidate ? candidate : neutral }
}

/// Answers that make any of the seven unconditional aftercare findings fire: one per verdict
/// they fire for (good_candidate, consult_first, postpone).
private let aftercareFires: [Changes] = [
  ["concerns": ["wrinkles_fine_lines"]],
  ["cold_sore_history": ["yes"]],
  ["pregnancy": ["pregnant"]],
]

/// Answers whose verdict is not_recommended or no_matching_goal: no aftercare.
private let aftercareMisses: [Changes] = [
  ["concerns": ["wrinkles_fine_lines"], "bleeding": ["bleeding_disorder"]],
  ["lesions_in_area": ["skin_cancer_active"], "pregnancy": ["pregnant"]],
  ["setting": ["spa"], "topicals": ["retinoid"]],
]

private func row(
  _ id: String, _ kind: String, floor: String? = nil, fires: [Changes], misses: [Changes],
  fromCandidate: Bool = false
) -> ContractRow {
  ContractRow(
    id: id, kind: kind, floor: floor, fires: fires, misses: misses, fromCandidate: fromCandidate)
}

private let contractRows: [ContractRow] = [
  // Contraindications.
  row(
    "ci_bleeding_disorder", "contraindication", floor: "not_recommended",
    fires: [["bleeding": ["bleeding_disorder"]]],
    misses: [["bleeding": ["blood_thinner"]]]),
  row(
    "ci_skin_cancer_in_area", "contraindication", floor: "not_recommended",
    fires: [["lesions_in_area": ["skin_cancer_active"]]],
    misses: [
      ["lesions_in_area": ["skin_cancer_treated_past"]],
      ["lesions_in_area": ["raised_or_changing_mole"]],
      ["health_conditions": ["radiotherapy_to_area"]],
    ]),
  row(
    "ci_rf_implanted_device", "contraindication", floor: "not_recommended",
    fires: [
      [
        "microneedling_type": ["radiofrequency"], "implants": ["implanted_electronic_device"],
      ]
    ],
    misses: [
      ["microneedling_type": ["not_sure"], "implants": ["implanted_electronic_device"]],
      ["microneedling_type": ["radiofrequency"], "implants": ["metal_in_area"]],
    ]),
  row(
    "ci_active_infection_or_wound", "contraindication", floor: "postpone",
    fires: [["active_skin_now": ["infection_or_open_wound"]]],
    misses: [["active_skin_now": ["eczema_psoriasis_rosacea_flare"]]]),
  row(
    "ci_active_acne", "contraindication", floor: "postpone",
    fires: [["active_skin_now": ["acne_breakout"]]],
    misses: [["concerns": ["acne_scars"], "acne_scar_type": ["rolling"]]]),
  row(
    "ci_active_cold_sore", "contraindication", floor: "postpone",
    fires: [["active_skin_now": ["cold_sore"]]],
    misses: [["cold_sore_history": ["yes"]]]),
  row(
    "ci_dermatitis_flare", "contraindication", floor: "postpone",
    fires: [["active_skin_now": ["eczema_psoriasis_rosacea_flare"]]],
    misses: [
      ["active_skin_now": ["infection_or_open_wound"]],
      ["health_conditions": ["autoimmune_connective_tissue"]],
    ]),
  row(
    "ci_sunburn", "contraindication", floor: "postpone",
    fires: [["active_skin_now": ["sunburn_or_fresh_tan"]]],
    misses: [["skin_tone": ["burns_never_tans"]], ["active_skin_now": ["cold_sore"]]]),
  row(
    "ci_isotretinoin_current", "contraindication", floor: "postpone",
    fires: [["isotretinoin": ["currently"]]],
    misses: [["isotretinoin": ["in_past"], "isotretinoin_stopped": ["lt_6_months"]]]),
  row(
    "ci_pregnancy_breastfeeding", "contraindication", floor: "postpone",
    fires: [["pregnancy": ["pregnant"]], ["pregnancy": ["breastfeeding"]]],
    misses: [["pregnancy": ["not_applicable"]]]),
  row(
    "ci_recent_procedure", "contraindication", floor: "postpone",
    fires: [
      ["recent_procedures": ["light_peel_or_laser_last_4_weeks"]],
      ["recent_procedures": ["deep_peel_or_dermabrasion_last_3_months"]],
      ["recent_procedures": ["facial_surgery_last_12_months"]],
    ],
    misses: [["recent_procedures": ["botox_or_filler_last_4_weeks"]]]),
  // Cautions.
  row(
    "caution_isotretinoin_recent", "caution", floor: "consult_first",
    fires: [["isotretinoin": ["in_past"], "isotretinoin_stopped": ["lt_6_months"]]],
    misses: [
      ["isotretinoin": ["in_past"], "isotretinoin_stopped": ["6_to_12_months"]],
      ["isotretinoin": ["in_past"], "isotretinoin_stopped": ["gt_12_months"]],
      ["isotretinoin": ["currently"]],
    ]),
  row(
    "caution_cold_sore_prophylaxis", "caution", floor: "consult_first",
    fires: [["cold_sore_history": ["yes"]]],
    misses: [["cold_sore_history": ["not_sure"]], ["active_skin_now": ["cold_sore"]]]),
  row(
    "caution_keloid_tendency", "caution", floor: "consult_first",
    fires: [["scarring_history": ["keloid_or_raised"]]],
    misses: [
      ["concerns": ["acne_scars"], "acne_scar_type": ["raised"]],
      ["scarring_history": ["slow_healing"]],
    ]),
  row(
    "caution_slow_healing", "caution", floor: "consult_first",
    fires: [["scarring_history": ["slow_healing"]]],
    misses: [
      ["scarring_history": ["keloid_or_raised"]],
      ["health_conditions": ["diabetes_well_controlled"]],
    ]),
  row(
    "caution_unsure_answer", "caution", floor: "consult_first",
    fires: [["cold_sore_history": ["not_sure"]], ["scarring_history": ["not_sure"]]],
    misses: [
      ["cold_sore_history": ["yes"]],
      ["concerns": ["acne_scars"], "acne_scar_type": ["not_sure"]],
      ["concerns": ["sun_damage_pigmentation"], "pigment_type": ["not_sure"]],
    ]),
  row(
    "caution_blood_thinner", "caution", floor: "consult_first",
    fires: [["bleeding": ["blood_thinner"]]],
    misses: [["bleeding": ["bleeding_disorder"]]]),
  row(
    "caution_diabetes", "caution", floor: "consult_first",
    fires: [["health_conditions": ["diabetes_not_controlled_or_unsure"]]],
    misses: [["health_conditions": ["diabetes_well_controlled"]]]),
  row(
    "caution_immunosuppression", "caution", floor: "consult_first",
    fires: [["health_conditions": ["weakened_immunity_or_chemo"]]],
    misses: [["health_conditions": ["autoimmune_connective_tissue"]]]),
  row(
    "caution_autoimmune", "caution", floor: "consult_first",
    fires: [["health_conditions": ["autoimmune_connective_tissue"]]],
    misses: [
      ["health_conditions": ["weakened_immunity_or_chemo"]],
      ["active_skin_now": ["eczema_psoriasis_rosacea_flare"]],
    ]),
  row(
    "caution_radiotherapy", "caution", floor: "consult_first",
    fires: [["health_conditions": ["radiotherapy_to_area"]]],
    misses: [["lesions_in_area": ["skin_cancer_active"]]]),
  row(
    "caution_lesions_check", "caution", floor: "consult_first",
    fires: [
      ["lesions_in_area": ["raised_or_changing_mole"]],
      ["lesions_in_area": ["rough_scaly_patches"]],
      ["lesions_in_area": ["warts"]],
    ],
    misses: [["lesions_in_area": ["skin_cancer_active"]]]),
  row(
    "caution_allergy", "caution", floor: "consult_first",
    fires: [["allergies": ["numbing_creams"]], ["allergies": ["metals_nickel_steel"]]],
    misses: [["topicals": ["benzoyl_peroxide"]], ["topicals": ["vitamin_c_serum"]]]),
  row(
    "caution_recent_injectables", "caution", floor: "consult_first",
    fires: [["recent_procedures": ["botox_or_filler_last_4_weeks"]]],
    misses: [
      ["recent_procedures": ["light_peel_or_laser_last_4_weeks"]],
      ["recent_procedures": ["deep_peel_or_dermabrasion_last_3_months"]],
      ["recent_procedures": ["facial_surgery_last_12_months"]],
    ]),
  row(
    "caution_minor", "caution", floor: "consult_first",
    fires: [["age_band": ["under_18"]]],
    misses: [["age_band": ["18_21"]]]),
  row(
    "caution_melasma", "caution", floor: "consult_first",
    fires: [
      [
        "concerns": ["sun_damage_pigmentation"], "pigment_type": ["patches"],
        "acne_scar_type": [],
      ]
    ],
    misses: [
      ["concerns": ["sun_damage_pigmentation"], "pigment_type": ["sun_spots"]],
      ["concerns": ["sun_damage_pigmentation"], "pigment_type": ["not_sure"]],
    ]),
  row(
    "caution_past_skin_cancer", "caution", floor: "consult_first",
    fires: [["lesions_in_area": ["skin_cancer_treated_past"]]],
    misses: [
      ["lesions_in_area": ["skin_cancer_active"]],
      ["lesions_in_area": ["raised_or_changing_mole"]],
    ]),
  row(
    "caution_skin_condition_history", "caution", floor: "consult_first",
    fires: [
      ["skin_condition_history": ["psoriasis"]], ["skin_condition_history": ["vitiligo"]],
      ["skin_condition_history": ["lichen_planus"]], ["skin_condition_history": ["eczema"]],
      ["skin_condition_history": ["rosacea"]],
    ],
    misses: [
      ["active_skin_now": ["eczema_psoriasis_rosacea_flare"]],
      ["health_conditions": ["autoimmune_connective_tissue"]],
    ]),
  row(
    "caution_raised_scars", "caution", floor: "consult_first",
    fires: [["concerns": ["acne_scars"], "acne_scar_type": ["raised"]]],
    misses: [
      ["scarring_history": ["keloid_or_raised"]],
      ["concerns": ["acne_scars"], "acne_scar_type": ["boxcar"]],
    ]),
  row(
    "caution_home_device", "caution", floor: "consult_first",
    fires: [
      ["setting": ["at_home_device"], "concerns": ["acne_scars"], "acne_scar_type": ["rolling"]],
      ["setting": ["at_home_device"], "concerns": ["wrinkles_fine_lines"], "acne_scar_type": []],
    ],
    misses: [
      ["setting": ["at_home_device"]],
      ["setting": ["at_home_device"], "concerns": ["enlarged_pores"]],
      ["setting": ["spa"], "concerns": ["wrinkles_fine_lines"]],
    ]),
  row(
    "caution_rf_implants", "caution", floor: "consult_first",
    fires: [
      ["microneedling_type": ["radiofrequency"], "implants": ["metal_in_area"]],
      ["microneedling_type": ["not_sure"], "implants": ["metal_in_area"]],
      ["microneedling_type": ["not_sure"], "implants": ["implanted_electronic_device"]],
    ],
    misses: [
      [
        "microneedling_type": ["radiofrequency"], "implants": ["implanted_electronic_device"],
      ],
      ["microneedling_type": ["radiofrequency"], "implants": ["none"]],
    ]),
  // Benefits.
  row(
    "benefit_acne_scars", "benefit",
    fires: [["concerns": ["acne_scars"], "acne_scar_type": ["not_sure"]]],
    misses: [["concerns": ["wrinkles_fine_lines"]], ["active_skin_now": ["acne_breakout"]]]),
  row(
    "benefit_wrinkles_fine_lines", "benefit",
    fires: [["concerns": ["wrinkles_fine_lines"]]],
    misses: [["concerns": ["enlarged_pores"]]]),
  row(
    "benefit_pore_appearance", "benefit",
    fires: [["concerns": ["enlarged_pores"]]],
    misses: [["concerns": ["wrinkles_fine_lines"]]]),
  row(
    "benefit_sun_damage_pigmentation", "benefit",
    fires: [["concerns": ["sun_damage_pigmentation"], "pigment_type": ["sun_spots"]]],
    misses: [["concerns": ["wrinkles_fine_lines"]], ["skin_tone": ["never_burns"]]]),
  row(
    "benefit_topical_absorption", "benefit",
    fires: [
      ["concerns": ["acne_scars"], "acne_scar_type": ["rolling"]],
      ["concerns": ["wrinkles_fine_lines"]],
      ["concerns": ["enlarged_pores"]],
      ["concerns": ["sun_damage_pigmentation"], "pigment_type": ["not_sure"]],
    ],
    misses: [["topicals": ["vitamin_c_serum"]], ["setting": ["at_home_device"]]]),
  // Notes.
  row(
    "note_two_sessions_claim", "note",
    fires: [["concerns": ["acne_scars"], "acne_scar_type": ["ice_pick"]]],
    misses: [["concerns": ["wrinkles_fine_lines"]]]),
  row(
    "note_acne_scar_rolling_boxcar", "note",
    fires: [
      ["concerns": ["acne_scars"], "acne_scar_type": ["rolling"]],
      ["concerns": ["acne_scars"], "acne_scar_type": ["boxcar"]],
    ],
    misses: [
      ["concerns": ["acne_scars"], "acne_scar_type": ["ice_pick"]],
      ["concerns": ["acne_scars"], "acne_scar_type": ["not_sure"]],
    ]),
  row(
    "note_ice_pick_limited", "note",
    fires: [["concerns": ["acne_scars"], "acne_scar_type": ["ice_pick"]]],
    misses: [["concerns": ["acne_scars"], "acne_scar_type": ["boxcar"]]]),
  row(
    "note_pores_evidence_limited", "note",
    fires: [["concerns": ["enlarged_pores"]]],
    misses: [["concerns": ["wrinkles_fine_lines"]]]),
  row(
    "note_sun_spots_limited_evidence", "note",
    fires: [["concerns": ["sun_damage_pigmentation"], "pigment_type": ["sun_spots"]]],
    misses: [["concerns": ["sun_damage_pigmentation"], "pigment_type": ["post_acne_marks"]]]),
  row(
    "note_post_acne_marks_pih", "note",
    fires: [["concerns": ["sun_damage_pigmentation"], "pigment_type": ["post_acne_marks"]]],
    misses: [
      ["concerns": ["acne_scars"], "acne_scar_type": ["rolling"]],
      ["concerns": ["sun_damage_pigmentation"], "pigment_type": ["sun_spots"]],
    ]),
  row(
    "note_rf_microneedling", "note",
    fires: [
      ["microneedling_type": ["radiofrequency"], "implants": ["none"]],
      ["microneedling_type": ["not_sure"], "implants": ["none"]],
    ],
    misses: [["setting": ["at_home_device"]], ["setting": ["clinic_with_prp"]]]),
  // Information.
  row(
    "info_no_target_concern", "info",
    fires: [["concerns": ["none_of_these"], "acne_scar_type": []]],
    misses: [["concerns": ["wrinkles_fine_lines"], "acne_scar_type": []]],
    fromCandidate: true),
  row(
    "info_expectations_timeline", "info",
    fires: [
      ["concerns": ["acne_scars"], "acne_scar_type": ["boxcar"]],
      ["concerns": ["wrinkles_fine_lines"]],
      ["concerns": ["enlarged_pores"]],
      ["concerns": ["sun_damage_pigmentation"], "pigment_type": ["patches"]],
    ],
    misses: [["topicals": ["retinoid"]], ["cold_sore_history": ["yes"]]]),
  row(
    "info_age_18_21", "info",
    fires: [["age_band": ["18_21"]]],
    misses: [["age_band": ["under_18"]]]),
  row(
    "info_darker_skin_pih", "info",
    fires: [
      ["skin_tone": ["rarely_burns"]], ["skin_tone": ["never_burns"]],
      ["skin_tone": ["prefer_not_to_say"]], ["scarring_history": ["dark_marks"]],
    ],
    misses: [
      ["skin_tone": ["burns_then_tans"]], ["skin_tone": ["burns_never_tans"]],
      ["scarring_history": ["slow_healing"]],
    ]),
  row(
    "info_isotretinoin_6_to_12_months", "info",
    fires: [["isotretinoin": ["in_past"], "isotretinoin_stopped": ["6_to_12_months"]]],
    misses: [
      ["isotretinoin": ["in_past"], "isotretinoin_stopped": ["lt_6_months"]],
      ["isotretinoin": ["in_past"], "isotretinoin_stopped": ["gt_12_months"]],
    ]),
  row(
    "info_diabetes_controlled", "info",
    fires: [["health_conditions": ["diabetes_well_controlled"]]],
    misses: [["health_conditions": ["diabetes_not_controlled_or_unsure"]]]),
  row(
    "info_home_device", "info",
    fires: [["setting": ["at_home_device"]]],
    misses: [["setting": ["spa"]]]),
  row(
    "info_spa_setting", "info",
    fires: [["setting": ["spa"]]],
    misses: [["setting": ["at_home_device"]], ["setting": ["undecided"]]]),
  row(
    "info_prp_infection_control", "info",
    fires: [["setting": ["clinic_with_prp"]]],
    misses: [["setting": ["undecided"]], ["setting": ["spa"]]]),
  // Aftercare.
  row(
    "aftercare_expected_downtime", "aftercare", fires: aftercareFires, misses: aftercareMisses),
  row("aftercare_sun_protection", "aftercare", fires: aftercareFires, misses: aftercareMisses),
  row(
    "aftercare_provider_products_only", "aftercare", fires: aftercareFires,
    misses: aftercareMisses),
  row("aftercare_makeup_24h", "aftercare", fires: aftercareFires, misses: aftercareMisses),
  row("aftercare_avoid_sweat_heat", "aftercare", fires: aftercareFires, misses: aftercareMisses),
  row("aftercare_no_picking", "aftercare", fires: aftercareFires, misses: aftercareMisses),
  row("aftercare_warning_signs", "aftercare", fires: aftercareFires, misses: aftercareMisses),
  row(
    "aftercare_pause_retinoids_acids", "aftercare",
    fires: [
      ["concerns": ["wrinkles_fine_lines"], "topicals": ["retinoid"]],
      ["concerns": ["wrinkles_fine_lines"], "topicals": ["aha_bha_acids"]],
      ["cold_sore_history": ["yes"], "topicals": ["benzoyl_peroxide"]],
      ["pregnancy": ["breastfeeding"], "topicals": ["hydroquinone"]],
    ],
    misses: [
      ["concerns": ["wrinkles_fine_lines"], "topicals": ["vitamin_c_serum"]],
      ["topicals": ["retinoid"]],
      [
        "concerns": ["wrinkles_fine_lines"], "topicals": ["retinoid", "aha_bha_acids"],
        "bleeding": ["bleeding_disorder"],
      ],
    ]),
  row(
    "aftercare_vitamin_c_caution", "aftercare",
    fires: [
      ["concerns": ["enlarged_pores"], "topicals": ["vitamin_c_serum"]],
      ["active_skin_now": ["sunburn_or_fresh_tan"], "topicals": ["vitamin_c_serum", "retinoid"]],
    ],
    misses: [
      ["concerns": ["enlarged_pores"], "topicals": ["retinoid", "hydroquinone"]],
      ["topicals": ["vitamin_c_serum"]],
      [
        "concerns": ["enlarged_pores"], "topicals": ["vitamin_c_serum"],
        "lesions_in_area": ["skin_cancer_active"],
      ],
    ]),
]

@Suite struct EngineContractTests {
  // MARK: - The table itself

  @Test func the_rows_cover_every_finding_of_the_contract_table_once() {
    #expect(contractFindingIDs.count == 61)
    #expect(Set(contractFindingIDs).count == 61)
    #expect(contractRows.map(\.id) == contractFindingIDs)
  }

  @Test(arguments: contractRows)
  func the_pack_defines_the_finding_with_its_kind_and_floor(_ row: ContractRow) throws {
    let pack = try #require(ShippedPack.pack)
    let index = try #require(pack.findingIndex(row.id), "the pack has no '\(row.id)'")
    let finding = pack.findings[index]
    #expect(finding.kind.rawValue == row.kind)
    #expect(finding.floor.map { pack.verdicts[$0].id } == row.floor)
  }

  // MARK: - Each row fires, and its near misses do not

  @Test(arguments: contractRows)
  func the_finding_fires_when_its_answers_are_given(_ row: ContractRow) throws {
    let pack = try #require(ShippedPack.pack)
    let before = evaluate(pack, try answers(pack, row.base))
    #expect(!before.fired.contains(row.id), "\(row.id) fires on the base answers already")
    for changes in row.fires {
      let after = evaluate(pack, try answers(pack, row.base, changes))
      #expect(after.fired.contains(row.id), "\(row.id) does not fire for \(changes)")
    }
  }

  @Test(arguments: contractRows)
  func the_finding_does_not_fire_on_a_near_miss(_ row: ContractRow) throws {
    let pack = try #require(ShippedPack.pack)
    #expect(!row.misses.isEmpty)
    for changes in row.misses {
      let outcome = evaluate(pack, try answers(pack, row.base, changes))
      #expect(!outcome.fired.contains(row.id), "\(row.id) fires for \(changes)")
    }
  }

  @Test(arguments: contractRows.filter { $0.floor != nil })
  func the_finding_alone_on_a_good_candidate_gives_its_floor(_ row: ContractRow) throws {
    let pack = try #require(ShippedPack.pack)
    let base = evaluate(pack, try answers(pack, candidate))
    #expect(base.verdict == "good_candidate")
    for changes in row.fires {
      let outcome = evaluate(pack, try answers(pack, candidate, changes))
      let floors = outcome.fired.filter { $0.hasPrefix("ci_") || $0.hasPrefix("caution_") }
      #expect(floors == [row.id], "for \(changes)")
      #expect(outcome.verdict == row.floor, "for \(changes)")
    }
  }

  @Test func aftercare_fires_for_each_verdict_that_allows_it_and_only_those() throws {
    let pack = try #require(ShippedPack.pack)
    let expected = [
      (["concerns": ["wrinkles_fine_lines"]], "good_candidate", true),
      (["cold_sore_history": ["yes"]], "consult_first", true),
      (["pregnancy": ["pregnant"]], "postpone", true),
      (["bleeding": ["bleeding_disorder"]], "not_recommended", false),
      ([:], "no_matching_goal", false),
    ]
    for (changes, verdict, fires) in expected {
      let outcome = evaluate(pack, try answers(pack, neutral, changes))
      #expect(outcome.verdict == verdict)
      #expect(outcome.fired.contains("aftercare_warning_signs") == fires, "for \(verdict)")
    }
  }

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
