import TestSupport
import Testing

@testable import SkinQuizCore

/// The solver's answers, checked with the engine's own evaluator, and its proofs that no
/// answers exist.
@Suite struct WitnessTests {
  private func atom(
    _ pack: Pack, _ question: String, _ operation: ConditionAtom.Operation, _ options: [String]
  ) throws -> Condition {
    let index = try #require(pack.questionIndex(question))
    let mask = try options.reduce(UInt64(0)) { mask, id in
      mask | 1 << (try #require(pack.questions[index].options.firstIndex { $0.id == id }))
    }
    return .atom(ConditionAtom(slot: index, operation: operation, mask: mask))
  }

  @Test func found_answers_meet_the_goal_on_the_engine() throws {
    let pack = try #require(PackLoader.load(MiniPack.files()).pack)
    let space = AnswerSpace(pack: pack)
    let go = Condition.atom(ConditionAtom(slot: pack.verdictSlot, operation: .equals, mask: 2))
    let goals: [Condition] = [
      try atom(pack, "smooth_area", .equals, ["neck"]),
      .and([try atom(pack, "pregnant", .equals, ["no"]), go]),
      .not(try atom(pack, "goals", .hasAny, ["smooth", "even"])),
      try atom(pack, "goals", .count(.greaterOrEqual, 2), []),
    ]
    for goal in goals {
      guard case .found(let answers) = space.witness(for: goal) else {
        Issue.record("no answers for \(goal.description(in: pack))")
        continue
      }
      let verdict = space.engine.evaluate(answers).verdict
      #expect(goal.holds(answers.selections + [1 << verdict]), "\(answers.selections)")
      #expect(pack.removingUnasked(answers).removed == [])
      #expect(pack.unansweredQuestions(answers) == [])
    }
  }

  @Test func a_goal_no_reachable_answers_meet_is_impossible() throws {
    let pack = try #require(PackLoader.load(MiniPack.files()).pack)
    let space = AnswerSpace(pack: pack)
    let stop = Condition.atom(ConditionAtom(slot: pack.verdictSlot, operation: .equals, mask: 1))
    let goals: [Condition] = [
      // Asked only when 'smooth' is chosen.
      .and([
        try atom(pack, "smooth_area", .answered, []),
        .not(try atom(pack, "goals", .has, ["smooth"])),
      ]),
      // 'nothing' is exclusive.
      try atom(pack, "goals", .hasAll, ["smooth", "nothing"]),
      // A single question has one option.
      try atom(pack, "pregnant", .count(.greater, 1), []),
      // 'stop' is the floor of ci_pregnant alone.
      .and([stop, try atom(pack, "pregnant", .equals, ["no"])]),
    ]
    for goal in goals {
      guard case .impossible = space.witness(for: goal) else {
        Issue.record("answers found for \(goal.description(in: pack))")
        continue
      }
    }
  }
}
