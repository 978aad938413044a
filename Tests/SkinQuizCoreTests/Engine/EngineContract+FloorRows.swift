extension EngineContract {
  /// The rows of the findings that set a verdict floor: contraindications and cautions.
  static let floorRows: [ContractRow] = [
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
  ]
}
