import Fixtures
import Foundation
import SkinQuizCore
import SkinQuizTUI
import TestSupport
import Testing
import TextLayout

/// A person at a keyboard, as a script: the lines they type, and everything the session wrote.
private final class ScriptedIO: LineIO {
  private var lines: [String]
  /// Everything the session wrote, exactly.
  private(set) var output = ""
  /// The output with each line typed shown after "> " where it was read, as on a terminal.
  private(set) var transcript = ""
  /// How many times the session read again after being told the input had ended.
  private(set) var readsAfterEnd = 0
  /// Set to act as an output whose writes fail (a closed pipe).
  var writeError: String?
  /// Lines longer than this are cut as the standard reader cuts them.
  var maxLineBytes = SkinQuizTUI.maxLineBytes
  private(set) var lastLineWasCut = false
  private var ended = false

  init(_ lines: [String]) {
    self.lines = lines
  }

  /// The lines the session did not read.
  var unread: [String] { lines }

  func write(_ text: String) {
    output += text
    transcript += text
  }

  func readLine() -> String? {
    guard !lines.isEmpty else {
      if ended { readsAfterEnd += 1 }
      ended = true
      transcript += "<end of input>\n"
      return nil
    }
    var line = lines.removeFirst()
    lastLineWasCut = line.utf8.count > maxLineBytes
    if lastLineWasCut { line = "<a line of \(line.utf8.count) bytes>" }
    transcript += line.isEmpty ? ">\n" : "> \(line)\n"
    return line
  }
}

private let createdAt = "2026-01-01T10:00:00Z"

/// A session over `lines`, run to its end; `changes` collects the answers after each change.
private final class Run {
  let io: ScriptedIO
  let outcome: PlainSession.Outcome
  let pack: Pack
  let changes: [Answers]

  init(
    _ quiz: Quiz, _ lines: [String], width: Int = 80, draft: String? = nil,
    writeError: String? = nil
  ) {
    io = ScriptedIO(lines)
    io.writeError = writeError
    pack = quiz.pack
    var changes: [Answers] = []
    outcome = PlainSession(
      quiz: quiz, io: io, width: width, createdAt: { createdAt },
      answersChanged: { changes.append($0) }, draft: draft
    ).run()
    self.changes = changes
  }

  var output: String { io.output }

  /// The result, when the session completed.
  var result: QuizResult? {
    if case .completed(let result, _) = outcome { return result }
    return nil
  }

  /// The saved path, when the session completed and saved.
  var savedPath: String? {
    if case .completed(_, let path) = outcome { return path }
    return nil
  }

  /// The ids of the questions headed "Question n of about m", in the order they were shown.
  func questionsShown(_ pack: Pack) -> [String] {
    output.split(separator: "\n").compactMap { line in
      guard line.hasPrefix("Question "), let colon = line.firstIndex(of: ":") else { return nil }
      let text = line[line.index(colon, offsetBy: 2)...]
      return pack.questions.first { $0.text.hasPrefix(text) }?.id
    }
  }

  /// The option ids the last change left for `questionID`.
  func chosen(_ questionID: String) -> [String] {
    guard let answers = changes.last, let index = pack.questionIndex(questionID) else {
      return []
    }
    return pack.chosenOptionIDs(answers, question: index)
  }
}

/// The lines a person types to give `steps` by option number (several joined by ", ").
private func typed(_ pack: Pack, _ steps: [(question: String, options: [String])]) throws
  -> [String]
{
  try steps.map { step in
    let question = pack.questions[try #require(pack.questionIndex(step.question))]
    return try step.options.map { String(try #require(question.optionIndex($0)) + 1) }
      .joined(separator: ", ")
  }
}

private func shippedPack() throws -> Pack {
  try #require(ShippedPack.pack, "the shipped pack does not load")
}

private func isQuit(_ outcome: PlainSession.Outcome) -> Bool {
  if case .quit = outcome { return true }
  return false
}

private func isInputEnded(_ outcome: PlainSession.Outcome) -> Bool {
  if case .inputEnded = outcome { return true }
  return false
}

/// Whether `output` has `line` as a whole line.
private func has(_ output: String, line: String) -> Bool {
  output.split(separator: "\n", omittingEmptySubsequences: false).contains { $0 == line }
}

private let commands = "Or type ? for why we ask, b to go back, or q to quit."
private let singlePrompt = "Type a number.\n" + commands
private let multiPrompt = "Type one or more numbers separated by spaces or commas.\n" + commands

@Suite struct PlainSessionTests {
  // MARK: - Walking through

  @Test func the_contract_example_walked_through_by_number_is_a_good_candidate() throws {
    let pack = try shippedPack()
    let run = Run(Quiz(pack: pack), try typed(pack, contractExample) + ["", ""])
    let result = try #require(run.result)
    #expect(result.verdict.id == "good_candidate")
    #expect(result.answers == (try pack.answers(contractExample)))
    #expect(result.createdAt == createdAt)
    #expect(run.savedPath == nil)
    #expect(run.result != nil)
    #expect(run.outcome.errorMessage == nil)
    #expect(run.questionsShown(pack) == contractExample.map(\.question))
    #expect(run.io.unread.isEmpty)
    #expect(has(run.output, line: "Question 1 of about 21: How old are you?"))
    #expect(run.output.contains("\nQuestion 18 of about 19: "))
    #expect(has(run.output, line: "  3. 22 or older"))
    // The summary is the text renderer's, at the session's width.
    #expect(run.output.contains(TextRenderer(width: 80).render(result)))
    #expect(has(run.output, line: "Your result was not saved."))
  }

  @Test func the_output_is_plain_lines_within_the_width() throws {
    let pack = try shippedPack()
    let run = Run(Quiz(pack: pack), try typed(pack, contractExample) + ["", ""], width: 40)
    #expect(!run.output.contains("\u{1B}"), "no escape sequences: no colour, no cursor moves")
    #expect(!run.output.contains("\r"))
    // Up to the summary (whose source links stay whole), every line fits in 40 columns.
    let session = try #require(run.output.components(separatedBy: "\nYOUR ANSWERS\n").first)
    for line in session.split(separator: "\n") where !line.hasPrefix("    http") {
      #expect(DisplayWidth.of(line) <= 40, "too wide: \(line)")
    }
    #expect(has(run.output, line: "  4. Sun damage or uneven skin color"))
    #expect(has(run.output, line: "     (Brown spots, patches or dark"))
    #expect(has(run.output, line: "Or type ? for why we ask, b to go back,"))
  }

  @Test func a_walkthrough_reads_well_from_start_to_end() throws {
    let pack = try shippedPack()
    // Why we ask and one mistake on the first question, then the contract's example; at the
    // review the person changes their mind about the setting, then skips saving.
    var lines = ["?", "4"] + (try typed(pack, contractExample))
    lines += ["17", "5", "", ""]
    let run = Run(Quiz(pack: pack), lines)
    #expect(run.result?.verdict.id == "good_candidate")
    #expect(run.chosen("setting") == ["undecided"])
    expectGolden(run.io.transcript, named: "plain-walkthrough.txt", filePath: goldenAnchor)
  }

  @Test func a_lost_output_is_an_error_even_when_every_answer_came_in() throws {
    let pack = try shippedPack()
    let lines = try typed(pack, contractExample) + ["", ""]
    let run = Run(Quiz(pack: pack), lines, writeError: "broken pipe")
    guard case .outputFailed(let reason) = run.outcome else {
      Issue.record("expected the lost output to be reported, got \(run.outcome)")
      return
    }
    #expect(reason == "broken pipe")
    #expect(run.outcome.errorMessage == "cannot write to standard output: broken pipe")
    #expect(Run(Quiz(pack: pack), lines).result != nil)
  }

  // MARK: - Typing answers

  @Test func multi_answers_take_commas_spaces_or_both() throws {
    let pack = try shippedPack()
    for line in ["2,3", "2, 3", "2 3", " 2 ,, 3  ", "3 2 2"] {
      let run = Run(Quiz(pack: pack), ["3", line])
      #expect(run.chosen("concerns") == ["wrinkles_fine_lines", "enlarged_pores"], "typed \(line)")
      #expect(isInputEnded(run.outcome))
    }
  }

  @Test func a_line_too_long_to_be_an_answer_is_refused_and_never_echoed() throws {
    let pack = try shippedPack()
    let huge = String(repeating: "x", count: 200_000)
    let run = Run(Quiz(pack: pack), [huge, "3"])
    #expect(run.chosen("age_band") == ["22_plus"])
    #expect(run.io.output.contains("That line was longer than 64 KiB, so it was not read."))
    #expect(!run.io.output.contains(String(repeating: "x", count: 100)))
    // A long line that is not too long is echoed shortened.
    let long = Run(Quiz(pack: pack), [String(repeating: "y", count: 5_000), "3"])
    #expect(long.io.output.contains("yyy\" (5,000"))
    #expect(!long.io.output.contains(String(repeating: "y", count: 100)))
  }

  @Test func option_ids_work_in_any_case_and_mix_with_numbers() throws {
    let pack = try shippedPack()
    let run = Run(Quiz(pack: pack), ["22_PLUS", "Acne_Scars, 2", "boxcar ICE_PICK"])
    #expect(run.chosen("age_band") == ["22_plus"])
    #expect(run.chosen("concerns") == ["acne_scars", "wrinkles_fine_lines"])
    #expect(run.chosen("acne_scar_type") == ["boxcar", "ice_pick"])
  }

  @Test(arguments: [
    ("7", "\"7\" is not one of the choices. Type a number from 1 to 3."),
    ("0", "\"0\" is not one of the choices. Type a number from 1 to 3."),
    ("-1", "\"-1\" is not one of the choices. Type a number from 1 to 3."),
    ("maybe", "\"maybe\" is not one of the choices. Type a number from 1 to 3."),
    ("1 2", "\"1 2\": this question takes only one answer. Type a number from 1 to 3."),
    (
      "under_18,22_plus",
      "\"under_18,22_plus\": this question takes only one answer. "
        + "Type a number from 1 to 3."
    ),
    ("", "Nothing was typed. Type a number from 1 to 3."),
    ("   ", "Nothing was typed. Type a number from 1 to 3."),
    (",", "\",\" is not one of the choices. Type a number from 1 to 3."),
  ])
  func an_invalid_answer_to_a_single_question_is_asked_again(line: String, message: String)
    throws
  {
    let pack = try shippedPack()
    let run = Run(Quiz(pack: pack), [line, "3"], width: 200)
    #expect(
      run.output.contains(
        "\(singlePrompt)\n\(message)\n\n"
          + "Question 2 of about 21: Which concerns would you like to improve?\n"), "typed \(line)")
    #expect(run.chosen("age_band") == ["22_plus"])
    #expect(run.changes.count == 1)
  }

  @Test(arguments: [
    ("1 5", "\"1 5\" combines \"None of these\" with other choices; choose it alone."),
    (
      "none_of_these, acne_scars",
      "\"none_of_these, acne_scars\" combines \"None of these\" with other choices; choose it alone."
    ),
    ("1, 9", "\"9\" is not one of the choices. Type one or more numbers from 1 to 5."),
    ("acne", "\"acne\" is not one of the choices. Type one or more numbers from 1 to 5."),
    ("", "Nothing was typed. Type one or more numbers from 1 to 5."),
  ])
  func an_invalid_answer_to_a_multi_question_is_asked_again(line: String, message: String)
    throws
  {
    let pack = try shippedPack()
    let run = Run(Quiz(pack: pack), ["3", line, "5"], width: 200)
    #expect(
      run.output.contains("\(multiPrompt)\n\(message)\n\nQuestion 3 of about 19: "), "typed \(line)"
    )
    #expect(run.chosen("concerns") == ["none_of_these"])
    #expect(run.changes.count == 2)
  }

  @Test func two_exclusive_options_together_name_the_first() throws {
    let pack = try shippedPack()
    // Scarring history has two exclusive options, "None of these" and "Not sure".
    let steps = Array(contractExample.prefix(7))
    let run = Run(Quiz(pack: pack), try typed(pack, steps) + ["4 5"])
    #expect(run.questionsShown(pack).last == "scarring_history")
    #expect(
      run.output.hasSuffix(
        "\"4 5\" combines \"None of these\" with other choices; choose it alone.\n"))
  }

  // MARK: - Help, back and quit

  @Test func a_question_mark_says_why_we_ask_and_asks_again() throws {
    let pack = try shippedPack()
    let run = Run(Quiz(pack: pack), ["?"])
    let help = try #require(pack.questions.first?.help)
    let expected = TextWrapper(width: 80).wrap("Why we ask: \(help)").joined(separator: "\n")
    #expect(run.output.hasSuffix("\(singlePrompt)\n\(expected)\n\(singlePrompt)\n"))
    #expect(run.io.readsAfterEnd == 0)
  }

  @Test func b_goes_back_and_enter_keeps_the_answer() throws {
    let pack = try shippedPack()
    let run = Run(Quiz(pack: pack), ["b", "3", "b", "", "b", "b", "2", "1"])
    #expect(
      has(run.output, line: "This is the first question, so there is no earlier one to go back to.")
    )
    #expect(has(run.output, line: "Your answer now: 22 or older. Press Enter to keep it."))
    #expect(
      run.questionsShown(pack) == [
        "age_band", "concerns", "age_band", "concerns", "age_band", "concerns", "acne_scar_type",
      ])
    #expect(run.chosen("age_band") == ["18_21"])
    #expect(run.chosen("concerns") == ["acne_scars"])
    // Keeping an answer changes nothing, so no draft would be written for it.
    #expect(run.changes.count == 3)
  }

  @Test func q_asks_first_then_n_carries_on_and_y_quits() throws {
    let pack = try shippedPack()
    let run = Run(Quiz(pack: pack), ["3", "q", "maybe", "n", "Q", "y", "1"])
    #expect(isQuit(run.outcome))
    #expect(run.outcome.errorMessage == nil)
    #expect(run.io.unread == ["1"])
    #expect(
      run.output.contains(
        """
        Quit without finishing? Your answers will not be saved. (y/n)
        "maybe" is not y or n. Type y for yes or n for no.
        \(multiPrompt)
        """))
    #expect(
      run.output.hasSuffix(
        """
        Quit without finishing? Your answers will not be saved. (y/n)
        You quit the quiz. Your answers were not saved.

        """))
  }

  // MARK: - Review

  @Test func the_review_numbers_every_answer() throws {
    let pack = try shippedPack()
    let run = Run(Quiz(pack: pack), try typed(pack, contractExample) + ["x", "19", ""])
    #expect(has(run.output, line: "Your answers:"))
    #expect(has(run.output, line: "   1. How old are you? — 22 or older"))
    #expect(has(run.output, line: "   3. Which best describes your acne scars? — Rolling"))
    #expect(
      has(
        run.output,
        line: "  17. Where are you thinking of having microneedling? — A medical or dermatology"))
    #expect(has(run.output, line: "      clinic"))
    #expect(
      run.output.contains(
        """
        Type a number to change that answer, or press Enter to see your result.
        "x" is not an answer number: type 1 to 18, or press Enter to see your result.
        "19" is not an answer number: type 1 to 18, or press Enter to see your result.

        """))
    // Enter saw the result; the end of input at the offer to save skips saving.
    #expect(run.result?.verdict.id == "good_candidate")
    #expect(run.savedPath == nil)
  }

  @Test func a_changed_answer_brings_in_a_question_then_drops_it() throws {
    let pack = try shippedPack()
    var steps = contractExample.filter { $0.question != "acne_scar_type" }
    steps[1] = ("concerns", ["wrinkles_fine_lines"])
    // Review entry 2 is concerns: adding acne scars brings in the scar type, asked at once.
    let lines = try typed(pack, steps) + ["2", "1 2", "4", "2", "2", "", ""]
    let run = Run(Quiz(pack: pack), lines)
    #expect(
      run.questionsShown(pack) == steps.map(\.question) + [
        "concerns", "acne_scar_type", "concerns",
      ])
    let reviews = run.output.components(separatedBy: "\nYour answers:\n").dropFirst()
    #expect(reviews.count == 3)
    let scarType = "Which best describes your acne scars? — Raised"
    #expect(reviews.map { $0.contains(scarType) } == [false, true, false])
    #expect(reviews.dropFirst().first?.contains("   3. \(scarType)") == true)
    // The second change goes straight back to the review: nothing is asked in between.
    let afterSecondChange = try #require(reviews.dropFirst().first)
    #expect(afterSecondChange.components(separatedBy: "\nQuestion ").count == 2)
    let result = try #require(run.result)
    let answers = result.answeredQuestions.map(\.question.id)
    #expect(!answers.contains("acne_scar_type"))
    #expect(result.answers == (try pack.answers(steps)))
    #expect(result.verdict.id == "good_candidate")
  }

  @Test func a_question_revisited_from_the_review_shows_the_answer_and_enter_keeps_it() throws {
    let pack = try shippedPack()
    let run = Run(Quiz(pack: pack), try typed(pack, contractExample) + ["2", "", "", ""])
    #expect(has(run.output, line: "Your answer now: Acne scars. Press Enter to keep it."))
    #expect(run.output.components(separatedBy: "\nYour answers:\n").count == 3)
    #expect(run.result?.answers == (try pack.answers(contractExample)))
  }

  @Test func with_a_draft_quitting_says_the_answers_are_kept() throws {
    let run = Run(Quiz(pack: try shippedPack()), ["3", "q", "y"], draft: "draft.json")
    #expect(isQuit(run.outcome))
    #expect(
      run.output.contains(
        "Quit without finishing? Your answers so far stay in your draft file. (y/n)"))
    #expect(run.output.contains("You quit the quiz. Your answers so far are in your draft file"))
    #expect(!run.output.contains("not saved"))
  }

  @Test func q_at_the_review_quits_after_confirmation() throws {
    let pack = try shippedPack()
    let run = Run(Quiz(pack: pack), try typed(pack, contractExample) + ["q", "n", "q", "yes"])
    #expect(isQuit(run.outcome))
    #expect(
      run.output.contains(
        "(y/n)\nType a number to change that answer, or press Enter to see your result.\n"))
  }

  // MARK: - Preseeded answers

  @Test func a_preseeded_quiz_asks_only_the_missing_questions() throws {
    let pack = try shippedPack()
    let missing: Set = ["skin_tone", "setting"]
    let given = contractExample.filter { !missing.contains($0.question) }
    let quiz = Quiz(pack: pack, answers: try pack.answers(given))
    let run = Run(quiz, ["2", "1", "", ""])
    #expect(run.questionsShown(pack) == ["skin_tone", "setting"])
    #expect(run.output.hasPrefix(pack.title + "\n"))
    #expect(
      run.output.contains("Your 16 answers so far are kept, so the quiz carries on"))
    #expect(run.output.contains("\nQuestion 4 of about 18: How does your skin usually react"))
    #expect(run.output.contains("\nQuestion 17 of about 18: Where are you thinking"))
    #expect(run.result?.answers == (try pack.answers(contractExample)))
  }

  @Test func a_complete_preseeded_quiz_goes_straight_to_the_review() throws {
    let pack = try shippedPack()
    let quiz = Quiz(pack: pack, answers: try pack.answers(contractExample))
    let run = Run(quiz, ["", ""])
    #expect(run.output.hasPrefix("\nYour answers:\n   1. How old are you? — 22 or older\n"))
    #expect(!run.output.contains(pack.intro.privacy.prefix(30)))
    #expect(run.result?.verdict.id == "good_candidate")
  }

  // MARK: - The end of the input

  @Test func the_end_of_input_at_a_question_ends_the_session_without_spinning() throws {
    let pack = try shippedPack()
    let run = Run(Quiz(pack: pack), ["3", "1", "2"])
    #expect(isInputEnded(run.outcome))
    #expect(run.outcome.errorMessage == "the input ended before the quiz was finished")
    #expect(run.io.readsAfterEnd == 0, "read once more after the end")
    #expect(run.changes.count == 3)
  }

  @Test func the_end_of_input_at_the_quit_question_ends_the_session() throws {
    let pack = try shippedPack()
    let atQuit = Run(Quiz(pack: pack), ["q"])
    #expect(isInputEnded(atQuit.outcome))
    #expect(atQuit.io.readsAfterEnd == 0)
  }

  @Test func the_end_of_input_at_the_review_shows_the_result_of_the_finished_quiz() throws {
    let pack = try shippedPack()
    let atReview = Run(Quiz(pack: pack), try typed(pack, contractExample))
    #expect(atReview.result?.verdict.id == "good_candidate")
    #expect(atReview.result != nil)
    #expect(atReview.io.readsAfterEnd == 0)
    #expect(atReview.output.contains("or press Enter to see your result.\n"))
    #expect(!atReview.output.contains("Save your result to a file?"))
  }

  @Test func the_end_of_input_at_the_offer_to_save_skips_saving() throws {
    let pack = try shippedPack()
    let run = Run(Quiz(pack: pack), try typed(pack, contractExample) + [""])
    #expect(run.result?.verdict.id == "good_candidate")
    #expect(run.savedPath == nil)
    #expect(run.result != nil)
    #expect(run.io.readsAfterEnd == 0)
    #expect(
      run.output.hasSuffix(
        "Save your result to a file? Type a file name ending in .txt, .md, .html, .json\n"
          + "or .fhir.json, or press Enter to skip.\n"))
  }

  // MARK: - Saving

  @Test func the_result_is_saved_readable_only_by_its_owner() throws {
    let pack = try shippedPack()
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("result.json").path
    let run = Run(Quiz(pack: pack), try typed(pack, contractExample) + ["", path])
    let result = try #require(run.result)
    #expect(run.savedPath == path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == ResultFormat.json.render(result))
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    #expect(run.output.hasSuffix("Saved your result to \(path) (readable only by you).\n"))
  }

  @Test func an_existing_file_is_replaced_only_after_yes() throws {
    let pack = try shippedPack()
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("result.txt").path
    try Data("old".utf8).write(to: URL(fileURLWithPath: path))
    let run = Run(Quiz(pack: pack), try typed(pack, contractExample) + ["", path, "n"])
    #expect(run.savedPath == nil)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    #expect(run.output.contains("\"\(path)\" already exists. Replace it? (y/n)\nSave your result"))
    let again = Run(Quiz(pack: pack), try typed(pack, contractExample) + ["", path, "y"])
    let result = try #require(again.result)
    #expect(again.savedPath == path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == ResultFormat.text.render(result))
  }

  @Test func a_file_that_cannot_be_saved_is_explained_and_asked_again() throws {
    let pack = try shippedPack()
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let missing = folder.appendingPathComponent("missing/result.md").path
    let path = folder.appendingPathComponent("result.md").path
    let taken = folder.appendingPathComponent("taken.txt")
    try FileManager.default.createDirectory(at: taken, withIntermediateDirectories: false)
    let lines = ["", missing, "result.doc", taken.path, path]
    let run = Run(Quiz(pack: pack), try typed(pack, contractExample) + lines, width: 200)
    #expect(run.savedPath == path)
    #expect(FileManager.default.fileExists(atPath: path))
    let folderName = folder.appendingPathComponent("missing").path
    #expect(
      run.output.contains(
        """
        Could not save: cannot create '\(missing)': the folder '\(folderName)' does not exist.
        Type another file name, or press Enter to skip.
        "result.doc" does not end in .txt, .md, .html, .json or .fhir.json. Type another name, \
        or press Enter to skip.
        Could not save: cannot create '\(taken.path)': it is a folder; give a file name.
        Type another file name, or press Enter to skip.
        Saved your result to \(path) (readable only by you).
        """))
    #expect(
      !FileManager.default.fileExists(atPath: folder.appendingPathComponent("result.doc").path))
  }

  @Test func a_link_is_not_offered_for_replacing() throws {
    let pack = try shippedPack()
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("target.txt")
    try Data("old".utf8).write(to: target)
    let link = folder.appendingPathComponent("link.txt").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target.path)
    let run = Run(Quiz(pack: pack), try typed(pack, contractExample) + ["", link, "y"])
    #expect(run.savedPath == nil)
    #expect(!run.output.contains("Replace it?"))
    #expect(run.output.contains("Could not save: cannot create '\(link)': "))
    #expect(try String(contentsOf: target, encoding: .utf8) == "old")
  }

  @Test func the_end_of_input_at_replace_skips_saving() throws {
    let pack = try shippedPack()
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("result.txt").path
    try Data("old".utf8).write(to: URL(fileURLWithPath: path))
    let run = Run(Quiz(pack: pack), try typed(pack, contractExample) + ["", path])
    #expect(run.savedPath == nil)
    #expect(run.result != nil)
    #expect(run.io.readsAfterEnd == 0)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
  }
}

/// A file name in `App/`, so that `expectGolden` uses `App/Golden`.
///
/// `expectGolden` looks in `Golden/` beside the file it is given, and the package excludes only
/// `App/Golden` from this test target: any other folder of text files would be an unhandled
/// resource.
private let goldenAnchor = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("App/PlainSessionTests.swift").path
