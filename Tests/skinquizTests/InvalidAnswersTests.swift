import Foundation
import TestSupport
import Testing

/// Answers files that cannot be used: each rejected with exit 65 and a located message, or
/// with exit 66 when the file cannot be read.
@Suite struct InvalidAnswersTests {
  // MARK: - Invalid answers

  /// Runs the answers `text` and expects exit 65, nothing on standard output and `stderr`.
  private func expectInvalid(
    _ text: String, stderr: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let result = try AnswersModeFixtures.run(answers: text)
    #expect(result.status == 65, sourceLocation: sourceLocation)
    #expect(result.stdout == "", sourceLocation: sourceLocation)
    #expect(result.stderr == stderr, sourceLocation: sourceLocation)
  }

  @Test func an_unknown_question_is_rejected_with_a_suggestion() throws {
    try expectInvalid(
      AnswersModeFixtures.example(replacing: "\"age_band\"", with: "\"age_bnad\""),
      stderr: """
        answers.json:1:2: error: unknown question 'age_bnad' (did you mean 'age_band'?); \
        questions: age_band, concerns, acne_scar_type, pigment_type, skin_tone, active_skin_now, \
        skin_condition_history, cold_sore_history, scarring_history, isotretinoin, \
        isotretinoin_stopped, pregnancy, bleeding, health_conditions, lesions_in_area, allergies, \
        recent_procedures, topicals, setting, microneedling_type, implants
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  @Test func an_unknown_option_is_rejected_with_the_valid_choices() throws {
    try expectInvalid(
      AnswersModeFixtures.example(replacing: "\"burns_then_tans\"", with: "\"burns_than_tans\""),
      stderr: """
        answers.json:2:15: error: 'burns_than_tans' is not an option of 'skin_tone' (did you \
        mean 'burns_then_tans'?); valid: burns_never_tans, burns_then_tans, rarely_burns, \
        never_burns, prefer_not_to_say
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  @Test func a_list_for_a_single_question_is_rejected() throws {
    try expectInvalid(
      AnswersModeFixtures.example(
        replacing: "\"isotretinoin\": \"never\"", with: "\"isotretinoin\": [\"never\"]"),
      stderr: """
        answers.json:3:75: error: 'isotretinoin' takes one option, found a list; valid: \
        currently, in_past, never
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  @Test func a_string_for_a_multi_question_is_rejected() throws {
    try expectInvalid(
      AnswersModeFixtures.example(
        replacing: "\"bleeding\": [\"none\"]", with: "\"bleeding\": \"none\""),
      stderr: """
        answers.json:4:33: error: 'bleeding' takes a list of options, found 'none'; valid: a \
        list of bleeding_disorder, blood_thinner (or none alone)
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  @Test func an_exclusive_option_with_another_is_rejected() throws {
    try expectInvalid(
      AnswersModeFixtures.example(
        replacing: "\"topicals\": [\"none\"]", with: "\"topicals\": [\"retinoid\", \"none\"]"),
      stderr: """
        answers.json:6:27: error: 'none' must be chosen alone for 'topicals', but it is given \
        with 'retinoid'; valid: a list of retinoid, aha_bha_acids, benzoyl_peroxide, \
        vitamin_c_serum, hydroquinone (or none alone)
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  @Test func an_answer_to_a_question_that_is_not_asked_is_rejected() throws {
    try expectInvalid(
      AnswersModeFixtures.example(
        replacing: "\"isotretinoin\": \"never\"",
        with: "\"isotretinoin\": \"never\", \"isotretinoin_stopped\": \"lt_6_months\""),
      stderr: """
        answers.json:3:108: error: 'isotretinoin_stopped' is asked only when isotretinoin = \
        in_past, which these answers do not meet, so it must be left out (found lt_6_months)
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  @Test func every_missing_question_is_named() throws {
    let text = try AnswersModeFixtures.example(replacing: " \"allergies\": [\"none\"],", with: "")
      .replacingOccurrences(of: ", \"setting\": \"clinic_medical\"", with: "")
    #expect(!text.contains("setting"))
    try expectInvalid(
      text,
      stderr: """
        answers.json:1:1: error: no answer for 'allergies' (Are you allergic to any of these?); \
        valid: a list of numbing_creams, metals_nickel_steel (or none alone)
        answers.json:1:1: error: no answer for 'setting' (Where are you thinking of having \
        microneedling?); valid: clinic_medical, clinic_with_prp, spa, at_home_device, undecided
        skinquiz: error: 2 errors in the answers; nothing was written

        """)
  }

  @Test func malformed_json_is_a_located_syntax_error() throws {
    try expectInvalid(
      AnswersModeFixtures.example(
        replacing: "\"cold_sore_history\": \"no\",", with: "\"cold_sore_history\": \"no\""),
      stderr: """
        answers.json:3:28: error: JSON syntax error: did not find expected ',' or '}' (while \
        parsing a flow mapping at line 1)
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  @Test func an_empty_file_is_rejected() throws {
    try expectInvalid(
      "",
      stderr: """
        answers.json:1:1: error: the answers file is empty; it must be a mapping of question ids \
        to option ids, such as {"age_band": "22_plus", "concerns": ["acne_scars"]}
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  @Test func a_list_instead_of_a_mapping_is_rejected() throws {
    try expectInvalid(
      "[\"age_band\", \"22_plus\"]\n",
      stderr: """
        answers.json:1:1: error: the answers must be a mapping of keys to values, found a list
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  @Test func a_question_given_twice_is_rejected() throws {
    try expectInvalid(
      AnswersModeFixtures.example(
        replacing: "\"age_band\": \"22_plus\",",
        with: "\"age_band\": \"22_plus\", \"age_band\": \"under_18\","),
      stderr: """
        answers.json:1:2: error: key 'age_band' appears more than once in this mapping
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  @Test func an_empty_list_for_a_multi_question_is_rejected() throws {
    try expectInvalid(
      AnswersModeFixtures.example(
        replacing: "\"concerns\": [\"acne_scars\"]", with: "\"concerns\": []"),
      stderr: """
        answers.json:1:37: error: 'concerns' needs at least one option; valid: a list of \
        acne_scars, wrinkles_fine_lines, enlarged_pores, sun_damage_pigmentation (or \
        none_of_these alone)
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  @Test func errors_in_standard_input_are_located_in_stdin() throws {
    let result = try runSkinquiz(["--answers", "-"], stdin: "")
    #expect(result.status == 65)
    #expect(result.stdout == "")
    #expect(
      result.stderr == """
        <stdin>:1:1: error: the answers file is empty; it must be a mapping of question ids to \
        option ids, such as {"age_band": "22_plus", "concerns": ["acne_scars"]}
        skinquiz: error: 1 error in the answers; nothing was written

        """)
  }

  // MARK: - Unreadable answers

  @Test func a_missing_answers_file_exits_66() throws {
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try runSkinquiz(["--answers", "nope.json"], directory: folder)
    #expect(result.status == 66)
    #expect(result.stdout == "")
    #expect(result.stderr == "skinquiz: error: cannot read 'nope.json': no such file\n")
  }

  @Test func a_folder_as_answers_file_exits_66() throws {
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("answers.json"), withIntermediateDirectories: false)
    let result = try runSkinquiz(["--answers", "answers.json"], directory: folder)
    #expect(result.status == 66)
    #expect(result.stdout == "")
    #expect(
      result.stderr == "skinquiz: error: cannot read 'answers.json': it is a folder, not a file\n")
  }
}
