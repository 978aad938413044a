import Fixtures
import Testing

@testable import SkinQuizCore

/// The encoding says what the engine says: a condition's literal is true in the model of some
/// answers exactly when the engine's evaluator finds the condition true for them, and answers
/// have a model exactly when they are reachable.
@Suite struct ConditionEncodingTests {
  /// Random answers that skip logic allows: each asked question gets a valid answer.
  private func reachableAnswers(_ pack: Pack, _ generator: inout SplitMix64) -> Answers {
    var answers = Answers(questionCount: pack.questions.count)
    for (index, question) in pack.questions.enumerated() where pack.isAsked(index, given: answers) {
      let all: UInt64 = (1 << question.options.count) - 1
      let exclusive = question.exclusiveMask
      switch question.kind {
      case .single:
        answers[index] = 1 << generator.below(UInt64(question.options.count))
      case .multi where exclusive != 0 && generator.below(4) == 0:
        let choices = Answers.optionIndices(in: exclusive)
        answers[index] = 1 << choices[generator.below(UInt64(choices.count))]
      case .multi:
        let shared = all & ~exclusive
        let pick = generator.next() & shared
        answers[index] = pick != 0 ? pick : 1 << shared.trailingZeroBitCount
      }
    }
    return answers
  }

  /// A random condition of depth up to `depth` over the pack's questions, using every
  /// operation, `count()` with every comparison, and `and`, `or`, `not`.
  private func randomCondition(
    _ pack: Pack, depth: Int, _ generator: inout SplitMix64
  ) -> Condition {
    if depth > 0, generator.below(2) == 0 {
      let parts = (0..<(1 + generator.below(3))).map { _ in
        randomCondition(pack, depth: depth - 1, &generator)
      }
      switch generator.below(3) {
      case 0: return .and(parts)
      case 1: return .or(parts)
      default: return .not(parts[0])
      }
    }
    let slot = generator.below(UInt64(pack.questions.count))
    let options = pack.questions[slot].options.count
    let mask = generator.next() & ((1 << options) - 1)
    let single: UInt64 = 1 << generator.below(UInt64(options))
    let comparison = Comparison.allCases[generator.below(UInt64(Comparison.allCases.count))]
    let operations: [(ConditionAtom.Operation, UInt64)] = [
      (.equals, single), (.equals, mask), (.notEquals, single), (.isOneOf, mask), (.has, single),
      (.hasAny, mask), (.hasAll, mask), (.count(comparison, generator.below(4)), 0),
      (.answered, 0),
    ]
    let (operation, atomMask) = operations[generator.below(UInt64(operations.count))]
    return .atom(ConditionAtom(slot: slot, operation: operation, mask: atomMask))
  }

  /// The model of `answers`, if they have one: the options fixed by unit clauses.
  private func solved(_ answers: Answers, in encoding: ConditionEncoding) -> [Bool]? {
    var clauses = encoding.clauses
    for (index, bits) in encoding.options {
      for (option, bit) in bits.enumerated() {
        clauses.add([answers[index] >> option & 1 == 1 ? bit : !bit])
      }
    }
    var solver = CDCL(clauses, groups: encoding.optionGroups)
    return solver.solve()
  }

  @Test func literals_agree_with_the_engine_on_random_reachable_answers() throws {
    let pack = try #require(ShippedPack.pack)
    var generator = SplitMix64(state: 14)
    let verdicts = pack.verdicts.indices.map {
      Condition.atom(ConditionAtom(slot: pack.verdictSlot, operation: .equals, mask: 1 << $0))
    }
    let conditions =
      pack.findings.map(\.when) + pack.questions.compactMap(\.when) + verdicts
      + (0..<200).map { _ in randomCondition(pack, depth: 3, &generator) }
    var encoding = ConditionEncoding(pack: pack, questions: Array(pack.questions.indices))
    let literals = conditions.map { encoding.literal(for: $0) }
    let engine = Engine(pack: pack)
    for _ in 0..<150 {
      let answers = reachableAnswers(pack, &generator)
      let model = try #require(solved(answers, in: encoding), "\(answers.selections)")
      let selections = answers.selections + [1 << engine.evaluate(answers).verdict]
      for (condition, literal) in zip(conditions, literals) {
        let encoded = model[literal.variable] != literal.isNegated
        #expect(
          encoded == condition.holds(selections),
          "\(condition.description(in: pack)) on \(answers.selections)")
      }
    }
  }

  @Test func only_reachable_answers_have_a_model() throws {
    let pack = try #require(ShippedPack.pack)
    var generator = SplitMix64(state: 41)
    let encoding = ConditionEncoding(pack: pack, questions: Array(pack.questions.indices))
    var reachableCount = 0
    for round in 0..<300 {
      var answers = reachableAnswers(pack, &generator)
      if round % 3 != 0 {  // break one answer: any bits, including none or too many
        let index = generator.below(UInt64(pack.questions.count))
        answers[index] = generator.next() & ((1 << pack.questions[index].options.count) - 1)
      }
      let reachable = pack.questions.indices.allSatisfy { index in
        pack.isAsked(index, given: answers)
          ? pack.isValidSelection(answers[index], for: index) : answers[index] == 0
      }
      if reachable { reachableCount += 1 }
      #expect((solved(answers, in: encoding) != nil) == reachable, "\(answers.selections)")
    }
    #expect(reachableCount > 100 && reachableCount < 300)
  }
}
