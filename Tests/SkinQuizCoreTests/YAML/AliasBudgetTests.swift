import Foundation
import TestSupport
import Testing

@testable import SkinQuizCore

@Suite struct AliasBudgetTests {
  /// Thirty lines whose last key is an alias of 2^30 values: Yams hashed it whole, for ever
  /// (found by fuzzing: Fuzz/Regressions/AnswersFile/alias-key-blowup).
  static let keyBlowup: String = {
    var text = "a0: &a0 [x, y]\n"
    for level in 1...29 { text += "a\(level): &a\(level) [*a\(level - 1), *a\(level - 1)]\n" }
    return text + "? *a29\n: 1\n"
  }()

  /// The diagnostics of reading `text`, and whether it gave a root.
  private func read(_ text: String, language: String = "YAML") -> ([String], Bool) {
    var diagnostics: [Diagnostic] = []
    let document = YAMLDocument(
      file: "a.yaml", text: text, language: language, diagnostics: &diagnostics)
    return (diagnostics.map(\.description), document.root != nil)
  }

  @Test func refuses_aliases_that_expand_past_the_limit_at_the_alias() {
    // The aliases add more than 100,000 values at the first alias of a14 (line 15): each level
    // doubles the one before.
    let (diagnostics, hasRoot) = read(Self.keyBlowup)
    #expect(!hasRoot)
    #expect(
      diagnostics == [
        "a.yaml:15:18: error: this alias would add more than 100,000 values to the document; "
          + "write the values out instead"
      ])
    #expect(AliasBudget.limit == 100_000, "the message names the limit")
    #expect(read(Self.keyBlowup, language: "JSON").0.first?.contains("to the text;") == true)
  }

  @Test func a_large_document_without_aliases_is_never_refused() {
    // 300,000 values written out: large, but it costs only what its text costs.
    var text = "questions:\n"
    for question in 0..<50_000 {
      text += "  - {id: q\(question), kind: single, options: [a, b, c, d]}\n"
    }
    // With an alias that adds a few values (read once: building the tree takes a while in a
    // debug build).
    #expect(read(text + "common: &c [x, y]\nagain: *c\n") == ([], true))
  }

  @Test func lets_aliases_that_stay_small_through() throws {
    let text = """
      common: &common [none, not_sure]
      first: *common
      second: *common
      """
    var diagnostics: [Diagnostic] = []
    let document = YAMLDocument(file: "a.yaml", text: text, diagnostics: &diagnostics)
    #expect(diagnostics.isEmpty)
    // An alias is the anchored node, with its place.
    let second = try #require(document.topLevelValue("second")?.sequence)
    #expect(second.map(\.string) == ["none", "not_sure"])
    #expect(document.location(of: document.topLevelValue("second")).description == "a.yaml:1:9")
  }

  @Test func a_pack_file_with_such_a_key_is_refused_in_a_moment() {
    var files = MiniPack.files()
    files.texts["sources.yaml"] = Self.keyBlowup
    let problems = PackLoader.load(files).diagnostics.map(\.description)
    #expect(problems.contains { $0.hasPrefix("mini/sources.yaml:15:18: error: this alias would") })
  }

  @Test func the_limit_is_counted_over_the_whole_text_before_other_problems() {
    // A key written twice before the bomb, and a second document holding it: the bomb is
    // what is reported, as when a separate pass counted aliases before reading.
    let bomb = (1...20).reduce("b0: &b0 [x, y]\n") {
      $0 + "b\($1): &b\($1) [*b\($1 - 1), *b\($1 - 1)]\n"
    }
    let twice = "k: 1\nk: 2\n"
    #expect(read(twice + bomb).0.first?.contains("this alias would add") == true)
    #expect(read("a: 1\n---\n" + bomb).0.first?.contains("this alias would add") == true)
    // Without the bomb, each problem is the one reported.
    #expect(read(twice).0 == ["a.yaml:1:1: error: key 'k' appears more than once in this mapping"])
    #expect(
      read("a: 1\n---\nb: 2\n").0 == [
        "a.yaml:2:1: error: YAML syntax error: but found another document "
          + "(expected a single document in the stream at line 1)"
      ])
  }

  @Test func an_alias_of_no_anchor_yet_is_refused() {
    #expect(
      read("a: *x\n").0 == ["a.yaml:1:4: error: YAML syntax error: found undefined alias"])
    // An anchor is complete only at its end, so nothing contains itself.
    #expect(
      read("a: &x [*x]\n").0 == ["a.yaml:1:8: error: YAML syntax error: found undefined alias"])
  }
}
