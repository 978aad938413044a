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
    // The document passes 100,000 values at a14 (line 15): each level doubles the one before,
    // and every level is in the document once more as a value of its own key.
    #expect(excess?.line == 15)
    var diagnostics: [Diagnostic] = []
    let document = YAMLDocument(file: "a.yaml", text: Self.keyBlowup, diagnostics: &diagnostics)
    #expect(document.root == nil)
    #expect(
      diagnostics.map(\.description) == [
        "a.yaml:15:22: error: this alias would expand the document to more than 100,000 values; "
          + "write the values out instead"
      ])
    #expect(AliasExpansion.limit == 100_000, "the message names the limit")
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
    #expect(problems.contains { $0.hasPrefix("mini/sources.yaml:15:22: error: this alias would") })
  }
}
