import SkinQuizCore
import SkinQuizTUI
import TestSupport
import Testing

extension PlainMode {
  /// What a typed answer may be: numbers, option ids, commas and spaces, and what is refused.
  @Suite struct TypedAnswerTests {
    @Test func multi_answers_take_commas_spaces_or_both() throws {
      let pack = try shippedPack()
      for line in ["2,3", "2, 3", "2 3", " 2 ,, 3  ", "3 2 2"] {
        let run = Run(Quiz(pack: pack), ["3", line])
        #expect(
          run.chosen("concerns") == ["wrinkles_fine_lines", "enlarged_pores"], "typed \(line)")
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
            + "Question 2 of about 21: Which concerns would you like to improve?\n"),
        "typed \(line)")
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
        run.output.contains("\(multiPrompt)\n\(message)\n\nQuestion 3 of about 19: "),
        "typed \(line)"
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
  }
}
