/// The reachable answers of a pack: every complete set of answers that skip logic allows.
///
/// Finds answers that make a goal true with a SAT solver (``CDCL``) over the options of only
/// the questions the goal depends on (what it reads, what the verdict reads if it reads the
/// verdict, and their skip-logic ancestors), encoded exactly by ``ConditionEncoding``. The
/// solver is complete: it always finds answers or proves there are none, so every goal is
/// decided.
struct AnswerSpace {
  /// The result of a search.
  enum Outcome {
    /// Reachable, complete answers that make the goal true.
    case found(Answers)
    /// No reachable answers make the goal true.
    case impossible
  }

  let pack: Pack
  let engine: Engine
  private let floorFindings: [Finding]
  /// The questions the verdict depends on, encoded with the verdict once for every goal that
  /// reads it: encoding them again for each such goal made most of a large pack's check.
  private var verdictEncoding: ConditionEncoding

  init(pack: Pack) {
    self.pack = pack
    engine = Engine(pack: pack)
    floorFindings = pack.findings.filter { $0.floor != nil }
    let verdict = Condition.atom(ConditionAtom(slot: pack.verdictSlot, operation: .answered))
    verdictEncoding = ConditionEncoding(pack: pack, questions: [])
    verdictEncoding.declare(cone(of: verdict))
    _ = verdictEncoding.literal(for: verdict)
  }

  /// An upper bound on the number of reachable answer sets, as its base-10 logarithm.
  ///
  /// The product of each question's number of valid answers (one more where skip logic may
  /// leave it out). A logarithm, because a clinic's pack can pass the largest `Double` (10^308).
  var sizeBoundLog10: Double {
    pack.questions.reduce(0.0) { sum, question in
      let exclusive = Double(question.exclusiveMask.nonzeroBitCount)
      let shared = Double(question.options.count) - exclusive
      let skipped = question.when == nil ? 0.0 : 1.0
      switch question.kind {
      case .single:
        return sum + log10(Double(question.options.count) + skipped)
      case .multi:
        // log10(2^shared - 1 + exclusive + skipped), without forming 2^shared when it is huge.
        let rest = exclusive + skipped - 1
        let log2 = shared + (shared < 1000 ? log2(1 + rest / pow(2, shared)) : 0)
        return sum + log2 * log10(2.0)
      }
    }
  }

  /// The questions a goal depends on, in pack order: those it reads, those the verdict reads
  /// when it reads the verdict, and their skip-logic ancestors.
  func cone(of goal: Condition) -> [Int] {
    var conditions = [goal]
    if goal.slots.contains(pack.verdictSlot) {
      conditions += floorFindings.map(\.when) + pack.verdicts.compactMap(\.when)
    }
    var questions = Set(conditions.flatMap(\.slots).filter { $0 < pack.questions.count })
    var frontier = Array(questions)
    while let index = frontier.popLast() {
      for ancestor in pack.questions[index].when?.slots ?? []
      where questions.insert(ancestor).inserted {
        frontier.append(ancestor)
      }
    }
    return questions.sorted()
  }

  /// Looks for reachable answers that make `goal` true.
  func witness(for goal: Condition) -> Outcome {
    var encoding =
      goal.slots.contains(pack.verdictSlot)
      ? verdictEncoding : ConditionEncoding(pack: pack, questions: [])
    encoding.declare(cone(of: goal))
    encoding.clauses.add([encoding.literal(for: goal)])
    var solver = CDCL(encoding.clauses, groups: encoding.optionGroups)
    guard let model = solver.solve() else { return .impossible }
    let answers = complete(encoding.answers(in: model))
    // Checked in release builds too: a counterexample the engine disagrees with must never be
    // printed as a proof.
    precondition(holds(goal, for: answers), "the encoding disagrees with the engine")
    return .found(answers)
  }

  /// Calls `visit` with every reachable complete set of answers, in a stable order, until it
  /// returns `false`.
  ///
  /// A depth-first walk over the questions in order, kept in an array rather than on the call
  /// stack: one frame a question overflowed a thread's stack on a pack of 20,000 questions.
  func forEachAnswerSet(_ visit: (Answers) -> Bool) {
    let count = pack.questions.count
    var answers = Answers(questionCount: count)
    guard count > 0 else {
      _ = visit(answers)
      return
    }
    // For each question on the path: what it may be answered (no answer when it is not
    // asked) and which of those to try next.
    var path: [(choices: [UInt64], next: Int)] = []
    func enter(_ index: Int) {
      path.append((pack.isAsked(index, given: answers) ? pack.validSelections(for: index) : [0], 0))
    }
    enter(0)
    while let (choices, next) = path.last {
      let index = path.count - 1
      guard next < choices.count else {
        answers[index] = 0
        path.removeLast()
        continue
      }
      answers[index] = choices[next]
      path[index].next += 1
      if index + 1 < count {
        enter(index + 1)
      } else if !visit(answers) {
        return
      }
    }
  }

  /// Completes answers to the questions of a goal's cone with the first option of every other
  /// question that is asked.
  ///
  /// The first option alone is a valid answer to any question, and the goal reads none of
  /// those questions, so it holds as before.
  private func complete(_ cone: Answers) -> Answers {
    var answers = cone
    for index in pack.questions.indices where !answers.isAnswered(index) {
      if pack.isAsked(index, given: answers) { answers[index] = 1 }
    }
    return answers
  }

  /// Whether `goal` holds for complete `answers`, reading the verdict from the engine.
  func holds(_ goal: Condition, for answers: Answers) -> Bool {
    let verdict = engine.evaluate(answers).verdict
    return goal.holds(answers.selections + [1 << verdict])
  }
}
