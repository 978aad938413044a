/// Reads one line of JSON answers straight into ``Answers``, without libyaml or a node tree,
/// when the line is plainly a complete, valid answers object.
///
/// It knows only the plain shape a program writes: `{"q": "option", "m": ["a", "b"]}`, with
/// spaces between tokens and ids of printable ASCII without escapes. Anything else, and every
/// line with a problem, gives `nil`: then `AnswersFile.parse` reads the line, which words each
/// problem with its column. So this scanner never has to say what is wrong, and a line it accepts
/// is one that `AnswersFile.parse` accepts with the same answers.
struct JSONAnswersScanner {
  /// The pack the answers are for.
  let pack: Pack
  /// Each question's id, as bytes.
  private let questionIDs: [[UInt8]]
  /// Each question's option ids, as bytes.
  private let optionIDs: [[[UInt8]]]

  /// Prepares to read answers to `pack`.
  init(pack: Pack) {
    self.pack = pack
    questionIDs = pack.questions.map { Array($0.id.utf8) }
    optionIDs = pack.questions.map { $0.options.map { Array($0.id.utf8) } }
  }

  /// The answers on `line`, or `nil` when the line is not a complete, valid answers object in
  /// the plain shape (see the type's summary).
  func answers(_ line: UnsafeBufferPointer<UInt8>) -> Answers? {
    var cursor = JSONCursor(bytes: line)
    var answers = Answers(questionCount: pack.questions.count)
    guard cursor.take(UInt8(ascii: "{")) else { return nil }
    var previous = -1
    if !cursor.take(UInt8(ascii: "}")) {
      repeat {
        guard let key = cursor.string(), cursor.take(UInt8(ascii: ":")),
          let index = questionIndex(key, after: previous),
          answers[index] == 0,  // a key given twice is an error
          let mask = selection(&cursor, for: index)
        else { return nil }
        answers[index] = mask
        previous = index
      } while cursor.take(UInt8(ascii: ","))
      guard cursor.take(UInt8(ascii: "}")) else { return nil }
    }
    guard cursor.atEnd else { return nil }
    // An answer to a question that is not asked, or a question asked but not answered, is an
    // error that the precise reader words.
    guard pack.removingUnasked(answers).removed.isEmpty,
      pack.unansweredQuestions(answers).isEmpty
    else { return nil }
    return answers
  }

  /// The index of the question whose id is `key`, looked for first after `previous`, since
  /// answers are usually written in the pack's order.
  private func questionIndex(_ key: UnsafeBufferPointer<UInt8>, after previous: Int) -> Int? {
    let count = questionIDs.count
    guard count > 0 else { return nil }
    for step in 1...count {
      let index = (previous + step) % count
      if key.elementsEqual(questionIDs[index]) { return index }
    }
    return nil
  }

  /// The valid selection written at the cursor for question `index`: an option id for a single
  /// question, a non-empty list of distinct ones, any exclusive option alone, for a multi one.
  private func selection(_ cursor: inout JSONCursor, for index: Int) -> UInt64? {
    let ids = optionIDs[index]
    func option(_ cursor: inout JSONCursor) -> UInt64? {
      guard let id = cursor.string(), let option = ids.firstIndex(where: { id.elementsEqual($0) })
      else { return nil }
      return 1 << UInt64(option)
    }
    var mask: UInt64 = 0
    switch pack.questions[index].kind {
    case .single:
      guard let bit = option(&cursor) else { return nil }
      mask = bit
    case .multi:
      guard cursor.take(UInt8(ascii: "[")) else { return nil }
      repeat {
        guard let bit = option(&cursor), mask & bit == 0 else { return nil }
        mask |= bit
      } while cursor.take(UInt8(ascii: ","))
      guard cursor.take(UInt8(ascii: "]")) else { return nil }
    }
    return pack.isValidSelection(mask, for: index) ? mask : nil
  }
}
