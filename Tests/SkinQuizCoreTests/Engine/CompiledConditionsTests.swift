import Fixtures
import Foundation
import SkinQuizCore
import TestSupport
import Testing

/// The engine's compiled conditions give exactly what the conditions say, for any answers:
/// compared with a plain evaluation of the condition trees on random answers, valid or not.
@Suite struct CompiledConditionsTests {
  /// The evaluation the engine must match, written as plainly as the rules read.
  private func reference(_ pack: Pack, _ answers: Answers) -> (verdict: Int, fired: [Int]) {
    let order = pack.findings.indices.sorted {
      (pack.findings[$0].kind, $0) < (pack.findings[$1].kind, $1)
    }
    let verdictSlot = pack.questions.count
    let readsVerdict = { (index: Int) in pack.findings[index].when.slots.contains(verdictSlot) }
    var verdict = pack.verdicts.count - 1
    var fired: [Int] = []
    for index in order
    where !readsVerdict(index) && pack.findings[index].when.holds(answers.selections) {
      fired.append(index)
      if let floor = pack.findings[index].floor { verdict = min(verdict, floor) }
    }
    for (index, candidate) in pack.verdicts.enumerated() where index < verdict {
      if candidate.when?.holds(answers.selections) == true {
        verdict = index
        break
      }
    }
    let selections = answers.selections + [1 << verdict]
    for index in order where readsVerdict(index) && pack.findings[index].when.holds(selections) {
      fired.append(index)
    }
    var rank = Array(repeating: 0, count: pack.findings.count)
    for (position, index) in order.enumerated() { rank[index] = position }
    return (verdict, fired.sorted { rank[$0] < rank[$1] })
  }

  /// Random answers: any bit pattern over each question's options, including none, several
  /// options of a single question, and exclusive options with others.
  private func randomAnswers(_ pack: Pack, _ generator: inout SplitMix64) -> Answers {
    var answers = Answers(questionCount: pack.questions.count)
    for (index, question) in pack.questions.enumerated() {
      let all: UInt64 = question.options.count == 64 ? .max : (1 << question.options.count) - 1
      switch generator.next() % 4 {
      case 0: answers[index] = 0
      case 1: answers[index] = 1 << (generator.next() % UInt64(question.options.count))
      default: answers[index] = generator.next() & all
      }
    }
    return answers
  }

  private func expectSameAsReference(_ pack: Pack, count: Int) {
    var generator = SplitMix64(state: 42)
    let engine = Engine(pack: pack)
    var mismatches = 0
    for _ in 0..<count {
      let answers = randomAnswers(pack, &generator)
      let expected = reference(pack, answers)
      let actual = engine.evaluate(answers)
      if actual.verdict != expected.verdict || actual.fired != expected.fired {
        mismatches += 1
        if mismatches <= 3 {
          Issue.record("for \(answers.selections): expected \(expected), got \(actual)")
        }
      }
    }
    #expect(mismatches == 0)
  }

  @Test func matches_the_condition_trees_on_the_shipped_pack() throws {
    expectSameAsReference(try #require(ShippedPack.pack), count: 10_000)
  }

  @Test func matches_on_long_conditions_wide_questions_counts_and_the_verdict() throws {
    // A multi question with 10 options (more than a row covers), a condition of 14 tests
    // (more than a truth table holds), one of 10 (a table of many words), count(), '!=' and
    // findings that read the verdict.
    let wide = (1...10).map { "      - id: w\($0)\n        label: W\($0)\n" }.joined()
    var files = MiniPack.files(
      in: "questions.yaml", replacing: "  - id: pregnant\n",
      with: """
          - id: wide
            kind: multi
            text: Wide?
            help: Many options.
            options:
        \(wide)  - id: pregnant

        """)
    let long = (1...7).map { "wide has w\($0)" }.joined(separator: " or ")
    let findings =
      (files.texts["findings.yaml"] ?? "") + """
          - id: info_long
            kind: info
            when: (\(long)) and not (goals has all [smooth, even] or count(wide) >= 4 or smooth_area != face or pregnant = yes or answered(smooth_area) or wide has any [w8, w9, w10])
            title: Long
            text: Long.
          - id: info_ten_tests
            kind: info
            when: (wide has w1 or wide has w2) and not (wide has w3 and wide has w4) or (wide has w5 and not wide has w6) or smooth_area != face and not (pregnant = yes or wide has w7)
            title: Ten
            text: Ten.
          - id: info_count
            kind: info
            when: count(goals) = 2 or count(wide) < 3
            title: Count
            text: Count.
          - id: aftercare_late
            kind: aftercare
            when: verdict in [stop, none] and wide has w10
            title: Late
            text: Late.

        """
    // Many findings of varied shapes, so the tests span more than two 64-bit words.
    let shapes = [
      "answered(wide) and not answered(smooth_area)",
      "wide has all [w1, w2] or goals = smooth",
      "smooth_area in [face] and pregnant != yes",
      "not (wide has any [w3, w4] and goals has even) or pregnant = no",
      "count(wide) > 2 and wide has w5",
      "goals has nothing or (answered(pregnant) and not wide has w6)",
    ]
    let many = (0..<60).map { number in
      """
        - id: info_shape_\(number)
          kind: info
          when: \(shapes[number % shapes.count].replacingOccurrences(of: "goals = smooth", with: "goals has smooth"))
          title: Shape \(number)
          text: Shape.

      """
    }.joined()
    files.texts["findings.yaml"] = findings + many
    files.texts["tests.yaml"] = nil
    let outcome = PackLoader.load(files)
    #expect(outcome.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
    expectSameAsReference(try #require(outcome.pack), count: 4_000)
  }
}
