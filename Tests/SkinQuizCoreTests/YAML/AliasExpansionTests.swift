import Foundation
import TestSupport
import Testing

@testable import SkinQuizCore

@Suite struct AliasExpansionTests {
  /// Thirty lines whose last key is an alias of 2^30 values: Yams hashed it whole, for ever
  /// (found by fuzzing: Fuzz/Regressions/AnswersFile/alias-key-blowup).
  static let keyBlowup: String = {
    var text = "a0: &a0 [x, y]\n"
    for level in 1...29 { text += "a\(level): &a\(level) [*a\(level - 1), *a\(level - 1)]\n" }
    return text + "? *a29\n: 1\n"
  }()

  @Test func refuses_aliases_that_expand_past_the_limit_at_the_alias() {
    let excess = AliasExpansion.firstExcess(in: Self.keyBlowup)
    // The aliases add more than 100,000 values at the first alias of a14 (line 15): each level
    // doubles the one before.
    #expect(excess?.line == 15)
    var diagnostics: [Diagnostic] = []
    let document = YAMLDocument(file: "a.yaml", text: Self.keyBlowup, diagnostics: &diagnostics)
    #expect(document.root == nil)
    #expect(
      diagnostics.map(\.description) == [
        "a.yaml:15:18: error: this alias would add more than 100,000 values to the document; "
          + "write the values out instead"
      ])
    #expect(AliasExpansion.limit == 100_000, "the message names the limit")
  }

  @Test func a_large_document_without_aliases_is_never_refused() {
    // 300,000 values written out: large, but it costs only what its text costs.
    var text = "questions:\n"
    for question in 0..<50_000 {
      text += "  - {id: q\(question), kind: single, options: [a, b, c, d]}\n"
    }
    #expect(AliasExpansion.firstExcess(in: text) == nil)
    // The same with an alias that adds a few values is fine too.
    #expect(AliasExpansion.firstExcess(in: text + "common: &c [x, y]\nagain: *c\n") == nil)
  }

  @Test func lets_aliases_that_stay_small_through() {
    let text = """
      common: &common [none, not_sure]
      first: *common
      second: *common
      """
    #expect(AliasExpansion.firstExcess(in: text) == nil)
    var diagnostics: [Diagnostic] = []
    let document = YAMLDocument(file: "a.yaml", text: text, diagnostics: &diagnostics)
    #expect(diagnostics.isEmpty)
    #expect(document.root != nil)
  }

  @Test func a_pack_file_with_such_a_key_is_refused_in_a_moment() {
    var files = MiniPack.files()
    files.texts["sources.yaml"] = Self.keyBlowup
    let problems = PackLoader.load(files).diagnostics.map(\.description)
    #expect(problems.contains { $0.hasPrefix("mini/sources.yaml:15:18: error: this alias would") })
  }
}
