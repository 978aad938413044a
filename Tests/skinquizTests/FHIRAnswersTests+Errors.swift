import Testing

/// A QuestionnaireResponse that cannot be used: the exact message, located in the JSON.
extension FHIRAnswersTests {
  private static let header = """
    {"resourceType": "QuestionnaireResponse",
     "questionnaire": "urn:skinquiz:pack:microneedling|2.0.0",
    """

  /// The `valueCoding` of the example's answer to `age_band`.
  private static let ageBandCoding = """
    "valueCoding": {
                "system": "urn:skinquiz:pack:microneedling:age_band",
                "code": "22_plus",
                "display": "22 or older"
              }
    """

  // MARK: - Not this questionnaire

  @Test func another_version_of_the_questionnaire_is_rejected() throws {
    try expectInvalid(
      example(replacing: "|2.0.0", with: "|1.0.0"),
      error: """
        r.json:3:20: error: the QuestionnaireResponse answers version '1.0.0' of this \
        questionnaire, but the pack is version '2.0.0'; expected \
        'urn:skinquiz:pack:microneedling|2.0.0', or score it with that version's pack \
        (--pack FOLDER)
        """)
  }

  @Test func a_questionnaire_without_a_version_is_rejected() throws {
    try expectInvalid(
      example(replacing: "microneedling|2.0.0\"", with: "microneedling\""),
      error: """
        r.json:3:20: error: the QuestionnaireResponse's questionnaire \
        'urn:skinquiz:pack:microneedling' names no version; expected \
        'urn:skinquiz:pack:microneedling|2.0.0'
        """)
  }

  @Test func another_questionnaire_is_rejected() throws {
    try expectInvalid(
      example(
        replacing: "urn:skinquiz:pack:microneedling|2.0.0",
        with: "http://example.org/Questionnaire/phq9|1"),
      error: """
        r.json:3:20: error: the QuestionnaireResponse answers the questionnaire \
        'http://example.org/Questionnaire/phq9|1', not this pack's \
        'urn:skinquiz:pack:microneedling|2.0.0'
        """)
  }

  @Test func another_resource_type_is_rejected() throws {
    try expectInvalid(
      example(replacing: "\"QuestionnaireResponse\"", with: "\"Patient\""),
      error: """
        r.json:2:19: error: expected a FHIR QuestionnaireResponse, found a resource of type \
        'Patient'; only a QuestionnaireResponse holds answers
        """)
  }

  // MARK: - The answers file's own checks

  @Test func an_unknown_link_id_is_an_unknown_question() throws {
    try expectInvalid(
      example(replacing: "\"linkId\": \"skin_tone\"", with: "\"linkId\": \"skin_tones\""),
      error: """
        r.json:47:17: error: unknown question 'skin_tones' (did you mean 'skin_tone'?); \
        questions: age_band, concerns, acne_scar_type, pigment_type, skin_tone, active_skin_now, \
        skin_condition_history, cold_sore_history, scarring_history, isotretinoin, \
        isotretinoin_stopped, pregnancy, bleeding, health_conditions, lesions_in_area, allergies, \
        recent_procedures, topicals, setting, microneedling_type, implants
        """)
  }

  @Test func an_unknown_code_is_an_unknown_option() throws {
    try expectInvalid(
      example(replacing: "\"code\": \"22_plus\"", with: "\"code\": \"22\""),
      error: """
        r.json:14:21: error: '22' is not an option of 'age_band' (did you mean '22_plus'?); \
        valid: under_18, 18_21, 22_plus
        """)
  }

  @Test func two_answers_to_a_single_question_are_rejected() throws {
    try expectInvalid(
      example(
        replacing: "\"code\": \"never\",",
        with: "\"code\": \"never\"}}, {\"valueCoding\": {\"code\": \"in_past\","),
      error: """
        r.json:118:57: error: 'isotretinoin' takes one option, found 2 answers ('never', \
        'in_past'); valid: currently, in_past, never
        """)
  }

  @Test func an_exclusive_option_with_another_is_rejected() throws {
    try expectInvalid(
      example(
        replacing: "\"code\": \"acne_scars\",",
        with: "\"code\": \"acne_scars\"}}, {\"valueCoding\": {\"code\": \"none_of_these\","),
      error: """
        r.json:27:62: error: 'none_of_these' must be chosen alone for 'concerns', but it is \
        given with 'acne_scars'; valid: a list of acne_scars, wrinkles_fine_lines, \
        enlarged_pores, sun_damage_pigmentation (or none_of_these alone)
        """)
  }

  @Test func an_answer_that_skip_logic_does_not_ask_is_rejected() throws {
    try expectInvalid(
      example(replacing: "\"code\": \"acne_scars\"", with: "\"code\": \"wrinkles_fine_lines\""),
      error: """
        r.json:36:17: error: 'acne_scar_type' is asked only when concerns has acne_scars, which \
        these answers do not meet, so it must be left out (found rolling)
        """)
  }

  /// An item with no `answer` leaves its question unanswered, as FHIR has it.
  @Test func a_missing_answer_is_rejected_when_nobody_can_be_asked() throws {
    try expectInvalid(
      example(
        replacing: "skin products?\",\n      \"answer\"",
        with: "skin products?\",\n      \"definition\""),
      error: """
        r.json:1:1: error: no answer for 'topicals' (Do you use any of these skin products?); \
        valid: a list of retinoid, aha_bha_acids, benzoyl_peroxide, vitamin_c_serum, \
        hydroquinone (or none alone)
        """)
  }

  // MARK: - FHIR structure

  @Test func items_that_are_not_a_list_are_rejected() throws {
    try expectInvalid(
      Self.header + "\n \"item\": {\"linkId\": \"age_band\"}}",
      error: """
        r.json:3:10: error: the QuestionnaireResponse's 'item' must be a list, found a mapping
        """)
  }

  @Test func a_value_string_where_a_coding_is_expected_is_rejected() throws {
    try expectInvalid(
      example(replacing: Self.ageBandCoding, with: "\"valueString\": \"22 or older\""),
      error: """
        r.json:12:11: error: an answer of item 'age_band' must be a valueCoding whose code is an \
        option id, found 'valueString'
        """)
  }

  @Test func an_answer_without_a_coding_is_rejected() throws {
    try expectInvalid(
      example(replacing: Self.ageBandCoding, with: "\"id\": \"a1\""),
      error: """
        r.json:11:9: error: an answer of item 'age_band' has no 'valueCoding'
        """)
  }

  @Test func a_coding_of_another_system_is_rejected() throws {
    try expectInvalid(
      example(
        replacing: "\"system\": \"urn:skinquiz:pack:microneedling:age_band\"",
        with: "\"system\": \"http://snomed.info/sct\""),
      error: """
        r.json:13:23: error: the code system 'http://snomed.info/sct' is not that of the \
        options of 'age_band'; expected 'urn:skinquiz:pack:microneedling:age_band'
        """)
  }

  @Test func a_question_in_two_items_is_rejected() throws {
    try expectInvalid(
      example(
        replacing: "\"item\": [\n",
        with: "\"item\": [\n{\"linkId\": \"age_band\", \"answer\": [{\"valueCoding\": "
          + "{\"code\": \"18_21\"}}]},\n"),
      error: """
        r.json:9:17: error: item 'age_band' appears more than once (first on line 7); give \
        each question one item with all its answers
        """)
  }

  @Test func nested_items_are_rejected() throws {
    try expectInvalid(
      example(
        replacing: "\"linkId\": \"age_band\",", with: "\"linkId\": \"age_band\", \"item\": [],"),
      error: """
        r.json:8:29: error: unknown key 'item' in item 'age_band'; allowed: linkId, text, \
        answer, definition, id, extension
        """)
  }
}
