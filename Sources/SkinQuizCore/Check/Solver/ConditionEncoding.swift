/// A pack's conditions as literals of a ``ClauseSet`` whose models are exactly the reachable
/// answers to some of its questions.
///
/// Each option of each question encoded is a variable, true when the option is chosen. The
/// clauses say what the engine allows (``Pack/isValidSelection(_:for:)``): a question is
/// answered exactly when its skip logic holds, a single question with one option, a multi
/// question with one or more and an exclusive option alone. Every other variable is defined
/// from the options by equivalences (Tseitin's encoding), so each set of answers has exactly one
/// model, and a condition's literal is true in it exactly when the engine finds the condition
/// true for those answers. Every construct of the language is encoded exactly: `and`, `or`,
/// `not`, each atom, `count()` (in `ConditionEncoding+Count.swift`) and the verdict
/// (`ConditionEncoding+Verdict.swift`).
struct ConditionEncoding {
  /// The pack whose conditions are encoded.
  let pack: Pack
  /// The clauses so far.
  var clauses = ClauseSet()
  /// The variables of each encoded question's options, in option order, by question index.
  private(set) var options: [Int: [Literal]] = [:]
  /// Whether each encoded question is answered, which is whether it is asked.
  private(set) var answered: [Int: Literal] = [:]
  /// Each multi question's counter: element `k - 1` holds when `k` or more options are chosen.
  var counters: [Int: [Literal]] = [:]
  /// Each verdict's literal, once a condition has read the verdict.
  var verdicts: [Literal]?
  /// The literals of the conditions and atoms encoded so far, which recur (a finding's `when`
  /// is a goal and a part of the verdict; an atom is read by many conditions).
  private var known: [Condition: Literal] = [:]

  /// Encodes the questions at `questions`, in pack order; each question's skip logic must read
  /// only questions before it in that list.
  init(pack: Pack, questions: [Int]) {
    self.pack = pack
    declare(questions)
  }

  /// Encodes the questions at `questions` not encoded yet, in pack order; each question's skip
  /// logic must read only questions encoded before it.
  mutating func declare(_ questions: [Int]) {
    for index in questions where options[index] == nil { declare(index) }
  }

  /// The options' variables, question by question in pack order: what the solver decides.
  var optionGroups: [[Int]] {
    options.keys.sorted().map { options[$0, default: []].map(\.variable) }
  }

  /// A literal true exactly when `condition` holds.
  mutating func literal(for condition: Condition) -> Literal {
    if let literal = known[condition] { return literal }
    let literal: Literal
    switch condition {
    case .and(let parts):
      let inputs = parts.map { self.literal(for: $0) }
      literal = clauses.and(inputs)
    case .or(let parts):
      let inputs = parts.map { self.literal(for: $0) }
      literal = clauses.or(inputs)
    case .not(let part):
      literal = !self.literal(for: part)
    case .atom(let atom):
      literal = atom.slot == pack.verdictSlot ? verdictLiteral(for: atom) : self.literal(for: atom)
    }
    known[condition] = literal
    return literal
  }

  /// The answers a model gives, for every encoded question (others are left unanswered).
  func answers(in model: [Bool]) -> Answers {
    var answers = Answers(questionCount: pack.questions.count)
    for (index, bits) in options {
      answers[index] = bits.indices.reduce(0) { model[bits[$1].variable] ? $0 | 1 << $1 : $0 }
    }
    return answers
  }

  /// Adds the variables of question `index` and the clauses of its valid answers.
  private mutating func declare(_ index: Int) {
    let question = pack.questions[index]
    let bits = question.options.indices.map { _ in clauses.newVariable() }
    options[index] = bits
    let asked = question.when.map { literal(for: $0) } ?? clauses.truth
    answered[index] = asked
    for bit in bits { clauses.add([!bit, asked]) }
    clauses.add([!asked] + bits)
    for (first, firstBit) in bits.enumerated() {
      for second in bits.indices.dropFirst(first + 1) {
        let excludes =
          switch question.kind {
          case .single: true
          case .multi: question.options[first].isExclusive || question.options[second].isExclusive
          }
        if excludes { clauses.add([!firstBit, !bits[second]]) }
      }
    }
  }

  /// An atom on a question's answer.
  private mutating func literal(for atom: ConditionAtom) -> Literal {
    guard let bits = options[atom.slot], let answered = answered[atom.slot] else {
      preconditionFailure("question \(atom.slot) is read but was not encoded")
    }
    let named = bits.indices.filter { atom.mask >> $0 & 1 == 1 }.map { bits[$0] }
    // An option the question does not have is never chosen.
    let namesOthers = atom.mask >> bits.count != 0
    switch atom.operation {
    case .equals:
      return equals(atom.mask, bits: bits, namesOthers: namesOthers)
    case .notEquals:
      return clauses.and([answered, !equals(atom.mask, bits: bits, namesOthers: namesOthers)])
    case .isOneOf, .has, .hasAny:
      return clauses.or(named)
    case .hasAll:
      return namesOthers ? !clauses.truth : clauses.and([answered] + named)
    case .count(let comparison, let number):
      return count(atom.slot, comparison, number)
    case .answered:
      return answered
    }
  }

  /// A literal true when exactly the options in `mask` are chosen.
  private mutating func equals(_ mask: UInt64, bits: [Literal], namesOthers: Bool) -> Literal {
    // The empty set is not an answer: `q = o` is false for a question not answered.
    guard mask != 0, !namesOthers else { return !clauses.truth }
    return clauses.and(bits.indices.map { mask >> $0 & 1 == 1 ? bits[$0] : !bits[$0] })
  }
}
