extension EngineContract {
  /// Answers that make any of the seven unconditional aftercare findings fire: one per verdict
  /// they fire for (good_candidate, consult_first, postpone).
  static let aftercareFires: [Changes] = [
    ["concerns": ["wrinkles_fine_lines"]],
    ["cold_sore_history": ["yes"]],
    ["pregnancy": ["pregnant"]],
  ]

  /// Answers whose verdict is not_recommended or no_matching_goal: no aftercare.
  static let aftercareMisses: [Changes] = [
    ["concerns": ["wrinkles_fine_lines"], "bleeding": ["bleeding_disorder"]],
    ["lesions_in_area": ["skin_cancer_active"], "pregnancy": ["pregnant"]],
    ["setting": ["spa"], "topicals": ["retinoid"]],
  ]

  /// The rows of the findings that leave the verdict alone: benefits, notes, information and
  /// aftercare.
  static let adviceRows: [ContractRow] = [
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
        [
          "active_skin_now": ["sunburn_or_fresh_tan"], "topicals": ["vitamin_c_serum", "retinoid"],
        ],
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
}
