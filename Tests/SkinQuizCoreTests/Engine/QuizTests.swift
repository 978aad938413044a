import Fixtures
import SkinQuizCore
import TestSupport
import Testing

/// The example answers file (Docs/answers-file.md), in the order the quiz asks it.
private let example = contractExample.map { ($0.question, $0.options) }

private let concernsChoices =
  "a list of acne_scars, wrinkles_fine_lines, enlarged_pores, sun_damage_pigmentation "
  + "(or none_of_these alone)"

/// Answers by ids, for preseeding a quiz; nothing is checked beyond the ids.
private func answers(_ pack: Pack, _ given: [(String, [String])]) throws -> Answers {
  try pack.answers(given.map { (question: $0.0, options: $0.1) })
}

/// Answers the quiz's questions in turn, checking that each is the one expected.
private func answer(
  _ quiz: inout Quiz, _ steps: [(String, [String])],
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
  for (questionID, optionIDs) in steps {
    #expect(quiz.currentQuestion?.id == questionID, sourceLocation: sourceLocation)
    try quiz.answer(optionIDs: optionIDs)
  }
}

/// The option ids the quiz holds for a question; empty when it has no answer.
private func chosen(_ quiz: Quiz, _ questionID: String) throws -> [String] {
  let index = try #require(quiz.pack.questionIndex(questionID))
  return quiz.pack.chosenOptionIDs(quiz.answers, question: index)
}

/// "Question n of about m" as [n, m].
private func progress(_ quiz: Quiz) -> [Int] {
  [quiz.progress.position, quiz.progress.estimatedTotal]
}

@Suite struct QuizTests {
  // MARK: - Moving through the questions

  @Test func a_new_quiz_starts_at_the_first_question() throws {
    let quiz = Quiz(pack: try #require(ShippedPack.pack))
    #expect(quiz.current == 0)
    #expect(quiz.currentQuestion?.id == "age_band")
    #expect(!quiz.isComplete)
    #expect(progress(quiz) == [1, 21])
  }

  @Test func answering_moves_to_the_next_question() throws {
    var quiz = Quiz(pack: try #require(ShippedPack.pack))
    try quiz.answer(optionIDs: ["22_plus"])
    #expect(quiz.currentQuestion?.id == "concerns")
    #expect(try chosen(quiz, "age_band") == ["22_plus"])
    try quiz.answer(optionIDs: ["wrinkles_fine_lines", "enlarged_pores"])
    // Neither follow-up question is asked without acne scars or sun damage.
    #expect(quiz.currentQuestion?.id == "skin_tone")
    #expect(try chosen(quiz, "concerns") == ["wrinkles_fine_lines", "enlarged_pores"])
  }

  @Test func the_whole_example_is_asked_in_contract_order_and_then_the_review() throws {
    var quiz = Quiz(pack: try #require(ShippedPack.pack))
    try answer(&quiz, example)
    #expect(quiz.current == nil)
    #expect(quiz.currentQuestion == nil)
    #expect(quiz.isComplete)
    #expect(quiz.askedQuestions.map { quiz.pack.questions[$0].id } == example.map(\.0))
    #expect(progress(quiz) == [18, 18])
  }

  // MARK: - Skip logic

  @Test func acne_scars_bring_in_the_scar_type_question_next() throws {
    var quiz = Quiz(pack: try #require(ShippedPack.pack))
    try answer(&quiz, [("age_band", ["22_plus"]), ("concerns", ["acne_scars"])])
    #expect(quiz.currentQuestion?.id == "acne_scar_type")
    try quiz.answer(optionIDs: ["rolling"])
    #expect(quiz.currentQuestion?.id == "skin_tone")
  }

  @Test func sun_damage_brings_in_the_pigment_question_after_the_scar_type() throws {
    var quiz = Quiz(pack: try #require(ShippedPack.pack))
    try answer(
      &quiz,
      [
        ("age_band", ["22_plus"]), ("concerns", ["acne_scars", "sun_damage_pigmentation"]),
        ("acne_scar_type", ["boxcar"]), ("pigment_type", ["patches"]),
      ])
    #expect(quiz.currentQuestion?.id == "skin_tone")
  }

  @Test func changing_concerns_later_drops_the_scar_type_answer() throws {
    var quiz = Quiz(pack: try #require(ShippedPack.pack))
    try answer(&quiz, Array(example.prefix(4)))
    #expect(quiz.currentQuestion?.id == "active_skin_now")
    #expect(try chosen(quiz, "acne_scar_type") == ["rolling"])
    try quiz.revisit(try #require(quiz.pack.questionIndex("concerns")))
    try quiz.answer(optionIDs: ["enlarged_pores"])
    #expect(try chosen(quiz, "acne_scar_type") == [])
    #expect(!quiz.askedQuestions.contains(2))
    // Back to the first question still to answer, after the one changed.
    #expect(quiz.currentQuestion?.id == "active_skin_now")
    #expect(try chosen(quiz, "skin_tone") == ["burns_then_tans"])
  }

  @Test func isotretinoin_in_the_past_asks_when_it_stopped() throws {
    var quiz = Quiz(pack: try #require(ShippedPack.pack))
    try answer(
      &quiz,
      [
        ("age_band", ["22_plus"]), ("concerns", ["none_of_these"]),
        ("skin_tone", ["never_burns"]), ("active_skin_now", ["none"]),
        ("skin_condition_history", ["none"]), ("cold_sore_history", ["no"]),
        ("scarring_history", ["none"]), ("isotretinoin", ["in_past"]),
      ])
    #expect(quiz.currentQuestion?.id == "isotretinoin_stopped")
    #expect(progress(quiz) == [9, 19])
    try quiz.answer(optionIDs: ["lt_6_months"])
    #expect(quiz.currentQuestion?.id == "pregnancy")
  }

  // MARK: - Progress

  @Test func progress_follows_the_path_that_skip_logic_takes() throws {
    var quiz = Quiz(pack: try #require(ShippedPack.pack))
    #expect(progress(quiz) == [1, 21])
    try quiz.answer(optionIDs: ["18_21"])
    #expect(progress(quiz) == [2, 21])
    try quiz.answer(optionIDs: ["none_of_these"])
    // Neither follow-up of concerns is asked.
    #expect(progress(quiz) == [3, 19])
    try answer(
      &quiz,
      [
        ("skin_tone", ["burns_then_tans"]), ("active_skin_now", ["none"]),
        ("skin_condition_history", ["none"]), ("cold_sore_history", ["no"]),
        ("scarring_history", ["none"]), ("isotretinoin", ["never"]),
      ])
    // isotretinoin_stopped is not asked either.
    #expect(progress(quiz) == [9, 18])
    let isotretinoin = try #require(quiz.pack.questionIndex("isotretinoin"))
    try quiz.revisit(isotretinoin)
    #expect(progress(quiz) == [8, 18])
    try quiz.answer(optionIDs: ["in_past"])
    // Taking it in the past adds the question of when it stopped.
    #expect(quiz.currentQuestion?.id == "isotretinoin_stopped")
    #expect(progress(quiz) == [9, 19])
  }

  @Test func progress_with_acne_scars_counts_the_scar_type_but_not_pigment() throws {
    var quiz = Quiz(pack: try #require(ShippedPack.pack))
    try answer(&quiz, [("age_band", ["22_plus"]), ("concerns", ["acne_scars"])])
    #expect(progress(quiz) == [3, 20])
  }

  // MARK: - Back and revisit

  @Test func back_goes_to_the_previous_asked_question_and_stops_at_the_first() throws {
    var quiz = Quiz(pack: try #require(ShippedPack.pack))
    try answer(
      &quiz,
      [("age_band", ["22_plus"]), ("concerns", ["acne_scars"]), ("acne_scar_type", ["ice_pick"])])
    #expect(quiz.currentQuestion?.id == "skin_tone")
    let wentBack1 = quiz.back()
    #expect(wentBack1)
    #expect(quiz.currentQuestion?.id == "acne_scar_type")
    let wentBack2 = quiz.back()
    #expect(wentBack2)
    #expect(quiz.currentQuestion?.id == "concerns")
    let wentBack3 = quiz.back()
    #expect(wentBack3)
    #expect(quiz.currentQuestion?.id == "age_band")
    let wentBack4 = quiz.back()
    #expect(!wentBack4)
    #expect(quiz.currentQuestion?.id == "age_band")
    // Going back keeps the answers.
    #expect(try chosen(quiz, "acne_scar_type") == ["ice_pick"])
  }

  @Test func back_skips_questions_that_are_not_asked() throws {
    var quiz = Quiz(pack: try #require(ShippedPack.pack))
    try answer(&quiz, [("age_band", ["22_plus"]), ("concerns", ["wrinkles_fine_lines"])])
    #expect(quiz.currentQuestion?.id == "skin_tone")
    let wentBack5 = quiz.back()
    #expect(wentBack5)
    #expect(quiz.currentQuestion?.id == "concerns")
  }

  @Test func back_from_the_review_goes_to_the_last_question() throws {
    var quiz = Quiz(pack: try #require(ShippedPack.pack))
    try answer(&quiz, example)
    #expect(quiz.current == nil)
    let wentBack6 = quiz.back()
    #expect(wentBack6)
    #expect(quiz.currentQuestion?.id == "microneedling_type")
    let wentBack7 = quiz.back()
    #expect(wentBack7)
    #expect(quiz.currentQuestion?.id == "setting")
  }

  @Test func revisiting_a_question_from_the_review_changes_its_answer() throws {
    var quiz = Quiz(pack: try #require(ShippedPack.pack))
    try answer(&quiz, example)
    let pregnancy = try #require(quiz.pack.questionIndex("pregnancy"))
    try quiz.revisit(pregnancy)
    #expect(quiz.currentQuestion?.id == "pregnancy")
    try quiz.answer(optionIDs: ["breastfeeding"])
    #expect(quiz.current == nil)
    #expect(quiz.isComplete)
    #expect(try chosen(quiz, "pregnancy") == ["breastfeeding"])
    #expect(quiz.result(createdAt: "2026-01-01T10:00:00Z").verdict.id == "postpone")
  }

  @Test func revisiting_concerns_to_add_sun_damage_asks_the_pigment_question_next() throws {
    var quiz = Quiz(pack: try #require(ShippedPack.pack))
    try answer(&quiz, example)
    try quiz.revisit(1)
    try quiz.answer(optionIDs: ["acne_scars", "sun_damage_pigmentation"])
    #expect(quiz.currentQuestion?.id == "pigment_type")
    #expect(!quiz.isComplete)
    #expect(try chosen(quiz, "acne_scar_type") == ["rolling"])
    try quiz.answer(optionIDs: ["sun_spots"])
    #expect(quiz.current == nil)
  }

  @Test func revisiting_a_question_that_is_not_asked_throws() throws {
    var quiz = Quiz(pack: try #require(ShippedPack.pack))
    try answer(&quiz, example)
    let stopped = try #require(quiz.pack.questionIndex("isotretinoin_stopped"))
    #expect(
      throws: SkinQuizError.invalidSelection("that question is not asked with the current answers")
    ) {
      try quiz.revisit(stopped)
    }
    #expect(throws: SkinQuizError.self) { try quiz.revisit(quiz.pack.questions.count) }
    #expect(quiz.current == nil)
  }

  // MARK: - Invalid selections

  @Test func two_options_for_a_single_question_are_refused() throws {
    var quiz = Quiz(pack: try #require(ShippedPack.pack))
    #expect(
      throws: SkinQuizError.invalidSelection(
        "not a valid answer to 'age_band': choose exactly one option; "
          + "valid: under_18, 18_21, 22_plus")
    ) {
      try quiz.answer(optionIDs: ["under_18", "22_plus"])
    }
    #expect(quiz.currentQuestion?.id == "age_band")
    #expect(try chosen(quiz, "age_band") == [])
  }

  @Test func an_exclusive_option_with_another_is_refused() throws {
    var quiz = Quiz(pack: try #require(ShippedPack.pack))
    try quiz.answer(optionIDs: ["22_plus"])
    #expect(
      throws: SkinQuizError.invalidSelection(
        "not a valid answer to 'concerns': 'none_of_these' must be chosen alone; valid: "
          + concernsChoices)
    ) {
      try quiz.answer(optionIDs: ["acne_scars", "none_of_these"])
    }
    #expect(quiz.currentQuestion?.id == "concerns")
    #expect(try chosen(quiz, "concerns") == [])
  }

  @Test func no_option_at_all_is_refused() throws {
    var quiz = Quiz(pack: try #require(ShippedPack.pack))
    try quiz.answer(optionIDs: ["22_plus"])
    #expect(
      throws: SkinQuizError.invalidSelection(
        "not a valid answer to 'concerns': choose one or more options; valid: \(concernsChoices)")
    ) {
      try quiz.answer(optionIDs: [])
    }
  }

  @Test func an_unknown_option_is_refused_with_a_suggestion() throws {
    var quiz = Quiz(pack: try #require(ShippedPack.pack))
    try quiz.answer(optionIDs: ["22_plus"])
    #expect(
      throws: SkinQuizError.invalidSelection(
        "'acne_scar' is not an option of 'concerns' (did you mean 'acne_scars'?); "
          + "valid: \(concernsChoices)")
    ) {
      try quiz.answer(optionIDs: ["wrinkles_fine_lines", "acne_scar"])
    }
    #expect(quiz.currentQuestion?.id == "concerns")
    #expect(try chosen(quiz, "concerns") == [])
  }

  @Test func answering_a_complete_quiz_is_refused() throws {
    var quiz = Quiz(pack: try #require(ShippedPack.pack))
    try answer(&quiz, example)
    #expect(
      throws: SkinQuizError.invalidSelection(
        "there is no question to answer: the quiz is complete")
    ) {
      try quiz.answer(optionIDs: ["none"])
    }
  }

  // MARK: - Preseeded answers

  @Test func a_preseeded_quiz_asks_only_the_missing_questions() throws {
    let pack = try #require(ShippedPack.pack)
    let given = example.filter { !["age_band", "topicals", "setting"].contains($0.0) }
    var quiz = Quiz(pack: pack, answers: try answers(pack, given))
    #expect(quiz.currentQuestion?.id == "age_band")
    try quiz.answer(optionIDs: ["18_21"])
    #expect(quiz.currentQuestion?.id == "topicals")
    try quiz.answer(optionIDs: ["retinoid"])
    #expect(quiz.currentQuestion?.id == "setting")
    try quiz.answer(optionIDs: ["spa"])
    #expect(quiz.current == nil)
    #expect(quiz.isComplete)
    #expect(try chosen(quiz, "concerns") == ["acne_scars"])
  }

  @Test func after_a_revisit_the_quiz_moves_on_from_the_revisited_question() throws {
    let pack = try #require(ShippedPack.pack)
    let given = example.filter { !["age_band", "setting"].contains($0.0) }
    var quiz = Quiz(pack: pack, answers: try answers(pack, given))
    #expect(quiz.currentQuestion?.id == "age_band")
    try quiz.revisit(try #require(pack.questionIndex("topicals")))
    try quiz.answer(optionIDs: ["vitamin_c_serum"])
    // The next missing question after topicals, not the earlier one still missing.
    #expect(quiz.currentQuestion?.id == "setting")
    try quiz.answer(optionIDs: ["undecided"])
    #expect(quiz.currentQuestion?.id == "age_band")
    try quiz.answer(optionIDs: ["22_plus"])
    #expect(quiz.current == nil)
  }

  @Test func a_fully_preseeded_quiz_goes_straight_to_the_review() throws {
    let pack = try #require(ShippedPack.pack)
    let quiz = Quiz(pack: pack, answers: try answers(pack, example))
    #expect(quiz.current == nil)
    #expect(quiz.isComplete)
  }

  @Test func a_preseeded_answer_to_a_question_not_asked_is_dropped() throws {
    let pack = try #require(ShippedPack.pack)
    let given = example + [("isotretinoin_stopped", ["lt_6_months"])]
    let quiz = Quiz(pack: pack, answers: try answers(pack, given))
    #expect(try chosen(quiz, "isotretinoin_stopped") == [])
    #expect(quiz.isComplete)
    let result = quiz.result(createdAt: "2026-01-01T10:00:00Z")
    #expect(!result.findings.map(\.finding.id).contains("caution_isotretinoin_recent"))
  }

  // MARK: - Result

  @Test func the_quiz_result_is_the_engine_result() throws {
    let pack = try #require(ShippedPack.pack)
    var quiz = Quiz(pack: pack)
    var steps = example
    steps[8] = ("isotretinoin", ["in_past"])
    steps.insert(("isotretinoin_stopped", ["lt_6_months"]), at: 9)
    try answer(&quiz, steps)
    let result = quiz.result(createdAt: "2026-01-01T10:00:00Z")
    let engine = Engine(pack: pack).result(
      for: try answers(pack, steps), createdAt: "2026-01-01T10:00:00Z")
    #expect(result.createdAt == "2026-01-01T10:00:00Z")
    #expect(result.verdict.id == "consult_first")
    #expect(result.verdict.id == engine.verdict.id)
    #expect(result.answers == engine.answers)
    #expect(result.findings.map(\.finding.id) == engine.findings.map(\.finding.id))
    #expect(result.findings.map(\.because) == engine.findings.map(\.because))
    #expect(result.findings.map(\.finding.id).contains("caution_isotretinoin_recent"))
    #expect(result.findings.map(\.finding.id).contains("benefit_acne_scars"))
  }
}
