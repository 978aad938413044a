import Testing

@testable import SkinQuizCore

@Suite struct ConditionParserTests {
  private typealias Word = ConditionSyntax.Word

  @Test func parses_each_operator() throws {
    #expect(
      try ConditionParser.parse("age_band = under_18")
        == .atom(
          subject: Word(text: "age_band", offset: 0), operation: .equals,
          values: [Word(text: "under_18", offset: 11)]))
    #expect(
      try ConditionParser.parse("setting != spa")
        == .atom(
          subject: Word(text: "setting", offset: 0), operation: .notEquals,
          values: [Word(text: "spa", offset: 11)]))
    #expect(
      try ConditionParser.parse("pregnancy in [pregnant, breastfeeding]")
        == .atom(
          subject: Word(text: "pregnancy", offset: 0), operation: .isOneOf,
          values: [Word(text: "pregnant", offset: 14), Word(text: "breastfeeding", offset: 24)]))
    #expect(
      try ConditionParser.parse("concerns has acne_scars")
        == .atom(
          subject: Word(text: "concerns", offset: 0), operation: .has,
          values: [Word(text: "acne_scars", offset: 13)]))
    #expect(
      try ConditionParser.parse("topicals has any [retinoid]")
        == .atom(
          subject: Word(text: "topicals", offset: 0), operation: .hasAny,
          values: [Word(text: "retinoid", offset: 18)]))
    #expect(
      try ConditionParser.parse("topicals has all [a,b]")
        == .atom(
          subject: Word(text: "topicals", offset: 0), operation: .hasAll,
          values: [Word(text: "a", offset: 18), Word(text: "b", offset: 20)]))
    #expect(
      try ConditionParser.parse("count(topicals) >= 2")
        == .count(
          subject: Word(text: "topicals", offset: 6), comparison: .greaterOrEqual, number: 2,
          numberWord: Word(text: "2", offset: 19)))
    #expect(
      try ConditionParser.parse("answered(x)") == .answered(subject: Word(text: "x", offset: 9)))
  }

  @Test func option_ids_may_start_with_digits_and_may_be_keywords() throws {
    #expect(
      try ConditionParser.parse("age_band = 18_21")
        == .atom(
          subject: Word(text: "age_band", offset: 0), operation: .equals,
          values: [Word(text: "18_21", offset: 11)]))
    // After 'has', 'any' is an option id unless a list follows.
    #expect(
      try ConditionParser.parse("q has any")
        == .atom(
          subject: Word(text: "q", offset: 0), operation: .has,
          values: [Word(text: "any", offset: 6)]))
  }

  @Test func not_binds_tighter_than_and_which_binds_tighter_than_or() throws {
    let a = ConditionSyntax.answered(subject: Word(text: "a", offset: 9))
    let b = ConditionSyntax.answered(subject: Word(text: "b", offset: 28))
    let c = ConditionSyntax.answered(subject: Word(text: "c", offset: 44))
    #expect(
      try ConditionParser.parse("answered(a) or not answered(b) and answered(c)")
        == .or([a, .and([.not(b), c])]))
    let grouped = try ConditionParser.parse("(answered(a) or answered(b)) and answered(c)")
    guard case .and(let parts) = grouped, case .or = parts[0] else {
      Issue.record("parentheses did not group: \(grouped)")
      return
    }
  }

  @Test(arguments: [
    ("", 0, "the condition is empty"),
    ("   ", 0, "the condition is empty"),
    (
      "age_band", 8,
      "expected =, !=, in, has, has any or has all after 'age_band', found end of condition"
    ),
    ("age_band == x", 9, "'==' is not an operator: write '=' to compare"),
    ("a = b && c = d", 6, "unexpected '&': write 'and'"),
    ("a = b || c = d", 6, "unexpected '|': write 'or'"),
    ("!answered(a)", 0, "unexpected '!': write 'not'"),
    ("a = b c", 6, "unexpected 'c' after a complete condition"),
    ("a in [b, c", 10, "expected ',' or ']' in the list, found end of condition"),
    ("a in b", 5, "expected '[' after 'in', found 'b'"),
    ("a has [b]", 6, "expected 'any' or 'all' before a list after 'has', found '['"),
    ("a has any []", 11, "expected an option id in the list, found ']'"),
    ("(a = b", 6, "expected ')' to close '(', found end of condition"),
    ("count(a) > x", 11, "count(a) compares with a whole number, not 'x'"),
    ("count(a) 2", 9, "expected a comparison (=, !=, <, <=, >, >=) after count(a), found '2'"),
    ("age < 3", 4, "'age' is not a number: '<' and '>' compare counts, as in count(age) >= 2"),
    ("and a = b", 0, "'and' needs a condition before it"),
    (
      "a = b and", 9,
      "expected a question id, 'not', 'count(...)', 'answered(...)' or '(', found end of condition"
    ),
    ("a = é", 4, "unexpected character 'é'"),
    ("café = b", 3, "unexpected character 'é'"),
  ])
  func reports_syntax_errors_at_their_exact_offset(text: String, offset: Int, message: String) {
    #expect(throws: ConditionParser.Failure(offset: offset, message: message)) {
      try ConditionParser.parse(text)
    }
  }

  // Found by fuzzing (Fuzz/Regressions/Condition/deep-nesting): 12,000 brackets overflowed the
  // stack. 100 levels parse; the 101st is an error at its bracket or `not`.
  @Test func limits_how_deep_a_condition_nests() throws {
    let deepest = String(repeating: "(", count: 100) + "a = b" + String(repeating: ")", count: 100)
    _ = try ConditionParser.parse(deepest)
    let message = "the condition is nested more than 100 levels deep"
    #expect(throws: ConditionParser.Failure(offset: 100, message: message)) {
      try ConditionParser.parse(String(repeating: "(", count: 12_000) + "a = b")
    }
    #expect(throws: ConditionParser.Failure(offset: 400, message: message)) {
      try ConditionParser.parse(String(repeating: "not ", count: 101) + "a = b")
    }
    _ = try ConditionParser.parse(String(repeating: "not ", count: 100) + "a = b")
  }
}
