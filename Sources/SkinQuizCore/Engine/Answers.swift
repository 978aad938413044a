/// A person's answers: for each question of a pack, the set of options chosen.
///
/// Each selection is a bit set (bit `i` is option `i`); an empty set means the question was not
/// answered, or was not asked. This is also the form the engine evaluates conditions on.
public struct Answers: Hashable, Sendable {
  /// One bit set per question, in pack order.
  public private(set) var selections: [UInt64]

  /// No answers for a pack with `questionCount` questions.
  public init(questionCount: Int) {
    selections = Array(repeating: 0, count: questionCount)
  }

  /// The options chosen for question `index`, as a bit set; 0 when not answered.
  public subscript(index: Int) -> UInt64 {
    get { selections[index] }
    set { selections[index] = newValue }
  }

  /// Whether question `index` has an answer.
  public func isAnswered(_ index: Int) -> Bool {
    selections[index] != 0
  }

  /// The indices of the options chosen for question `index`, in option order.
  public func chosenOptions(of index: Int) -> [Int] {
    Self.optionIndices(in: selections[index])
  }

  /// The indices of the bits set in `mask`, lowest first.
  static func optionIndices(in mask: UInt64) -> [Int] {
    var result: [Int] = []
    var rest = mask
    while rest != 0 {
      let bit = rest.trailingZeroBitCount
      result.append(bit)
      rest &= rest - 1
    }
    return result
  }
}

extension Pack {
  /// The ids of the options chosen for question `index`.
  public func chosenOptionIDs(_ answers: Answers, question index: Int) -> [String] {
    answers.chosenOptions(of: index).map { questions[index].options[$0].id }
  }

  /// The answered questions in pack order, each with the options chosen.
  public func answered(_ answers: Answers) -> [(question: Question, options: [Question.Option])] {
    questions.indices.compactMap { index in
      guard answers.isAnswered(index) else { return nil }
      let question = questions[index]
      let options = answers.chosenOptions(of: index).filter { $0 < question.options.count }
      return (question, options.map { question.options[$0] })
    }
  }

  /// Whether `mask` is a valid answer to question `index`: one option for a single question;
  /// one or more for a multi question, with any exclusive option alone.
  public func isValidSelection(_ mask: UInt64, for index: Int) -> Bool {
    let question = questions[index]
    guard mask != 0, mask >> question.options.count == 0 else { return false }
    switch question.kind {
    case .single: return mask.nonzeroBitCount == 1
    case .multi: return mask & question.exclusiveMask == 0 || mask.nonzeroBitCount == 1
    }
  }

  /// Every valid answer to question `index`, in a stable order: single options in order, then
  /// for multi questions each exclusive option alone and every non-empty set of the others.
  func validSelections(for index: Int) -> [UInt64] {
    let question = questions[index]
    switch question.kind {
    case .single:
      return question.options.indices.map { 1 << $0 }
    case .multi:
      let exclusive = question.exclusiveMask
      let full: UInt64 = question.options.count == 64 ? .max : (1 << question.options.count) - 1
      let others = full & ~exclusive
      var result: [UInt64] = []
      var subset = others
      while subset != 0 {  // every non-empty subset of the non-exclusive options
        result.append(subset)
        subset = (subset - 1) & others
      }
      result.reverse()
      result += Answers.optionIndices(in: exclusive).map { 1 << $0 }
      return result
    }
  }
}
