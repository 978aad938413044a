/// Reads one line holding a FHIR QuestionnaireResponse straight into ``Answers``, without
/// libyaml or a node tree, when the line is plainly a complete, valid response to the pack.
///
/// It knows only the plain shape `--format fhir` writes: the response's `resourceType`,
/// `questionnaire`, `status`, `authored`, `id` and `item`; each item's `linkId` (before its
/// `answer`), `text` and `answer`; each answer's `valueCoding` with `system`, `code` and
/// `display`; each member at most once, every value a string without escapes. Anything else,
/// and every line with a problem, gives `nil`: then `AnswersFile.parse` reads the line and words
/// each problem. So a line it accepts is one that `AnswersFile.parse` accepts with the same
/// answers, and it never has to say what is wrong.
struct QuestionnaireResponseScanner {
  /// The pack the answers are for.
  let pack: Pack
  /// Each question's id, as bytes.
  private let questionIDs: [[UInt8]]
  /// Each question's option ids, as bytes.
  private let optionIDs: [[[UInt8]]]
  /// Each question's options' code system, as bytes.
  private let systems: [[UInt8]]
  /// The questionnaire a response must answer, with its version, as bytes.
  private let questionnaire: [UInt8]

  /// The response's members read here; `item` last, as the index of a bit.
  private static let responseKeys = names(
    "resourceType", "questionnaire", "status", "authored", "id", "item")
  /// The members an item may have here.
  private static let itemKeys = names("linkId", "text", "answer")
  /// The members a valueCoding may have here.
  private static let codingKeys = names("system", "code", "display")
  private static let resourceType = Array("QuestionnaireResponse".utf8)
  private static let valueCoding = Array("valueCoding".utf8)
  private static let enteredInError = Array("entered-in-error".utf8)

  /// Prepares to read responses to `pack`.
  init(pack: Pack) {
    self.pack = pack
    questionIDs = pack.questions.map { Array($0.id.utf8) }
    optionIDs = pack.questions.map { $0.options.map { Array($0.id.utf8) } }
    systems = pack.questions.map { Array(FHIRRenderer.system(pack: pack, question: $0).utf8) }
    questionnaire = Array("\(pack.url)|\(pack.version)".utf8)
  }

  /// The answers on `line`, or `nil` when the line is not a complete, valid response in the
  /// plain shape (see the type's summary).
  func answers(_ line: UnsafeBufferPointer<UInt8>) -> Answers? {
    var cursor = JSONCursor(bytes: line)
    var answers = Answers(questionCount: pack.questions.count)
    guard cursor.take(UInt8(ascii: "{")) else { return nil }
    var seen = 0
    repeat {
      guard let member = Self.member(&cursor, of: Self.responseKeys, seen: &seen) else {
        return nil
      }
      let read: Bool
      switch member {
      case 0: read = cursor.string()?.elementsEqual(Self.resourceType) ?? false
      case 1: read = cursor.string()?.elementsEqual(questionnaire) ?? false
      // A response made by mistake is refused with its reason by the precise reader.
      case 2: read = cursor.string().map { !$0.elementsEqual(Self.enteredInError) } ?? false
      case 3, 4: read = cursor.skipText()
      default: read = items(&cursor, into: &answers)
      }
      guard read else { return nil }
    } while cursor.take(UInt8(ascii: ","))
    // The resource type, the questionnaire and the items are needed.
    guard cursor.take(UInt8(ascii: "}")), cursor.atEnd, seen & 0b10_0011 == 0b10_0011 else {
      return nil
    }
    // An answer to a question that is not asked, or a question asked but not answered, is an
    // error that the precise reader words.
    guard pack.removingUnasked(answers).removed.isEmpty,
      pack.unansweredQuestions(answers).isEmpty
    else { return nil }
    return answers
  }

  /// Reads the list of items at the cursor into `answers`; `false` for anything else, or when
  /// two items answer one question.
  private func items(_ cursor: inout JSONCursor, into answers: inout Answers) -> Bool {
    guard cursor.take(UInt8(ascii: "[")) else { return false }
    if cursor.take(UInt8(ascii: "]")) { return true }
    repeat {
      guard cursor.take(UInt8(ascii: "{")) else { return false }
      var seen = 0
      var question: Int?
      var selection: UInt64 = 0
      repeat {
        guard let member = Self.member(&cursor, of: Self.itemKeys, seen: &seen) else {
          return false
        }
        switch member {
        case 0:
          guard let id = cursor.string(),
            let index = questionIDs.firstIndex(where: { id.elementsEqual($0) })
          else { return false }
          question = index
        case 1: guard cursor.skipText() else { return false }
        default:
          // The system and code are checked against the question: its linkId comes first.
          guard let question, let mask = self.selection(&cursor, for: question) else {
            return false
          }
          selection = mask
        }
      } while cursor.take(UInt8(ascii: ","))
      guard cursor.take(UInt8(ascii: "}")), let question, selection != 0, answers[question] == 0
      else { return false }
      answers[question] = selection
    } while cursor.take(UInt8(ascii: ","))
    return cursor.take(UInt8(ascii: "]"))
  }

  /// The valid selection an item's `answer` list at the cursor gives for question `index`:
  /// one option for a single question, distinct ones (any exclusive option alone) for a multi.
  private func selection(_ cursor: inout JSONCursor, for index: Int) -> UInt64? {
    guard cursor.take(UInt8(ascii: "[")) else { return nil }
    var mask: UInt64 = 0
    repeat {
      guard cursor.take(UInt8(ascii: "{")),
        cursor.string()?.elementsEqual(Self.valueCoding) == true,
        cursor.take(UInt8(ascii: ":")), let bit = option(&cursor, for: index),
        cursor.take(UInt8(ascii: "}")), mask & bit == 0
      else { return nil }
      mask |= bit
    } while cursor.take(UInt8(ascii: ","))
    guard cursor.take(UInt8(ascii: "]")),
      pack.questions[index].kind == .multi || mask.nonzeroBitCount == 1
    else { return nil }
    return pack.isValidSelection(mask, for: index) ? mask : nil
  }

  /// The bit of the option a valueCoding at the cursor names for question `index`, when its
  /// system (if given) is that of the question's options.
  private func option(_ cursor: inout JSONCursor, for index: Int) -> UInt64? {
    guard cursor.take(UInt8(ascii: "{")) else { return nil }
    var seen = 0
    var bit: UInt64 = 0
    repeat {
      guard let member = Self.member(&cursor, of: Self.codingKeys, seen: &seen) else {
        return nil
      }
      switch member {
      case 0: guard cursor.string()?.elementsEqual(systems[index]) == true else { return nil }
      case 1:
        guard let code = cursor.string(),
          let option = optionIDs[index].firstIndex(where: { code.elementsEqual($0) })
        else { return nil }
        bit = 1 << UInt64(option)
      default: guard cursor.skipText() else { return nil }
      }
    } while cursor.take(UInt8(ascii: ","))
    return cursor.take(UInt8(ascii: "}")) && bit != 0 ? bit : nil
  }

  /// The index in `keys` of the member's key at the cursor, after moving past it and its
  /// colon, or `nil` for another key or one already in `seen` (a bit per index), which it adds.
  private static func member(
    _ cursor: inout JSONCursor, of keys: [[UInt8]], seen: inout Int
  ) -> Int? {
    guard let key = cursor.string(), cursor.take(UInt8(ascii: ":")),
      let index = keys.firstIndex(where: { key.elementsEqual($0) }), seen & (1 << index) == 0
    else { return nil }
    seen |= 1 << index
    return index
  }

  private static func names(_ names: String...) -> [[UInt8]] {
    names.map { Array($0.utf8) }
  }
}
