import Testing

extension EngineContract {
  /// Every finding id of the built-in pack (Docs/microneedling-pack.md), in table order.
  static let contractFindingIDs = [
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

  /// One row of the findings table of Docs/microneedling-pack.md, with answers that make it
  /// fire and near misses.
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

  /// A row, its id and kind unlabelled, as the tables write it.
  static func row(
    _ id: String, _ kind: String, floor: String? = nil, fires: [Changes], misses: [Changes],
    fromCandidate: Bool = false
  ) -> ContractRow {
    ContractRow(
      id: id, kind: kind, floor: floor, fires: fires, misses: misses, fromCandidate: fromCandidate)
  }

  /// Every row of the table, in its order.
  static let contractRows = floorRows + adviceRows
}
