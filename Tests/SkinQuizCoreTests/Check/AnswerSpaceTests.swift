import Foundation
import TestSupport
import Testing

@testable import SkinQuizCore

/// How big the answer space is, said without overflowing however big it gets.
@Suite struct AnswerSpaceTests {
  /// The mini pack with `count` more questions of 60 options each that nothing reads.
  private func pack(extraQuestions count: Int) throws -> Pack {
    var yaml = ""
    for question in 0..<count {
      yaml += "  - id: extra_\(question)\n    kind: multi\n    text: Which?\n    help: Why.\n"
      yaml += "    options:\n"
      for option in 0..<60 { yaml += "      - id: o\(option)\n        label: Option \(option)\n" }
    }
    let files = MiniPack.files(
      in: "questions.yaml", replacing: "questions:\n", with: "questions:\n" + yaml)
    // The pack tests do not answer the new questions; the checker needs no tests to count.
    return try #require(PackLoader.load(files).checkablePack)
  }

  @Test func a_space_beyond_any_double_is_counted_and_reported() throws {
    // The mini pack's 24 answer sets, times 2^60 - 1 for each of 20 questions: about 10^362,
    // past the largest Double (10^308).
    let pack = try pack(extraQuestions: 20)
    let expected = log10(24.0) + 20 * log10(pow(2.0, 60) - 1)
    #expect(abs(AnswerSpace(pack: pack).sizeBoundLog10 - expected) < 1e-9)
    #expect(
      abs(AnswerSpace(pack: try self.pack(extraQuestions: 0)).sizeBoundLog10 - log10(24)) < 1e-9)
    let report = PackChecker.check(pack)
    #expect(report.method.hasPrefix("per-rule SAT: the answer space has up to 4.1×10^362"))
  }

  @Test func answer_sets_of_a_pack_of_many_questions_are_walked_without_deep_recursion() throws {
    // One frame a question overflowed the stack of a test's thread.
    var yaml = ""
    for question in 0..<20_000 {
      yaml += "  - {id: q\(question), kind: single, text: Which?, help: Why., "
      yaml += "options: [{id: only, label: Only}]}\n"
    }
    let files = MiniPack.files(
      in: "questions.yaml", replacing: "questions:\n", with: "questions:\n" + yaml)
    func answerSets(_ pack: Pack) -> [Answers] {
      var all: [Answers] = []
      AnswerSpace(pack: pack).forEachAnswerSet {
        all.append($0)
        return true
      }
      return all
    }
    let mini = answerSets(try self.pack(extraQuestions: 0))
    let all = answerSets(try #require(PackLoader.load(files).checkablePack))
    // The same answer sets as the mini pack's, in the same order, each with the new questions
    // answered too.
    #expect(all.count == mini.count && mini.count > 1)
    #expect(all.map { Array($0.selections.dropFirst(20_000)) } == mini.map(\.selections))
    #expect(all.allSatisfy { $0.selections.prefix(20_000).allSatisfy { $0 == 1 } })
  }

  @Test(arguments: [
    (0.0, "1"), (3.0, "1000"), (5.0, "100000"), (6.0, "1.0×10^6"), (6.99999, "1.0×10^7"),
    (361.3, "2.0×10^361"), (1e6, "1.0×10^1000000"),
  ])
  func large_numbers_read_as_powers_of_ten(_ log10: Double, _ expected: String) {
    #expect(PackChecker.scientific(log10: log10) == expected)
  }
}
