import Fixtures
import Testing

@testable import SkinQuizCore

/// `JSONAnswersScanner`: the plain lines it reads give the answers `AnswersFile.parse` gives;
/// every other line is left to `AnswersFile.parse`.
@Suite struct JSONAnswersScannerTests {
  private let pack: Pack
  private let scanner: JSONAnswersScanner

  init() throws {
    pack = try #require(ShippedPack.pack)
    scanner = JSONAnswersScanner(pack: pack)
  }

  private func scan(_ line: String) -> Answers? {
    Array(line.utf8).withUnsafeBufferPointer { scanner.answers($0) }
  }

  /// What the precise reader makes of the line, or `nil` when it finds a problem.
  private func parse(_ line: String) -> Answers? {
    try? AnswersFile.parse(line, file: "<line 1>", pack: pack, requireComplete: true)
  }

  /// The answers' members, each question id with its value, as JSON text in the pack's order.
  private func members(_ answers: Answers) -> [(id: String, value: String)] {
    pack.answered(answers).map { question, options in
      let ids = options.map { "\"\($0.id)\"" }
      return (
        question.id, question.kind == .single ? ids[0] : "[" + ids.joined(separator: ",") + "]"
      )
    }
  }

  /// The members as one line, as a program writes them: compact, or spaced, in the order given
  /// or reversed.
  private func line(
    _ members: [(id: String, value: String)], spaced: Bool = false, reversed: Bool = false
  ) -> String {
    let (colon, comma) = spaced ? (": ", ", ") : (":", ",")
    var texts = members.map { "\"\($0.id)\"" + colon + $0.value }
    if reversed { texts.reverse() }
    return (spaced ? "  { " : "{") + texts.joined(separator: comma) + (spaced ? " }  " : "}")
  }

  @Test func every_persona_and_random_answers_read_as_the_precise_reader_reads_them() throws {
    var random = SplitMix64(state: 15)
    let drawn = (0..<500).map { _ in pack.randomCompleteAnswers(&random) }
    for answers in pack.tests.map(\.answers) + drawn {
      for (spaced, reversed) in [(false, false), (true, false), (false, true)] {
        let text = line(members(answers), spaced: spaced, reversed: reversed)
        let scanned = try #require(scan(text), "\(text)")
        #expect(scanned == parse(text), "\(text)")
        #expect(scanned == answers, "\(text)")
      }
    }
  }

  @Test(arguments: [
    ("incomplete", #"{"age_band": "22_plus"}"#),
    ("empty", "{}"),
    ("unknown question", #"{"age": "22_plus"}"#),
    ("unknown option", #"{"age_band": "old"}"#),
    ("a list for a single question", #"{"age_band": ["22_plus"]}"#),
    ("an escape", #"{"age_band": "22\u005fplus"}"#),
    ("a tab", "{\"age_band\":\t\"22_plus\"}"),
    ("not ASCII", #"{"age_band": "22_plüs"}"#),
    ("a number", #"{"age_band": 22}"#),
    ("text after the object", #"{"age_band": "22_plus"} x"#),
    ("unclosed", #"{"age_band": "22_plus""#),
    ("YAML, not JSON", #"{age_band: 22_plus}"#),
    ("a FHIR resource", #"{"resourceType": "QuestionnaireResponse"}"#),
  ])
  func a_line_that_is_not_plain_and_valid_is_left_to_the_precise_reader(
    _ what: String, _ text: String
  ) {
    #expect(scan(text) == nil, "\(what)")
  }

  @Test func a_complete_line_with_one_problem_is_left_to_the_precise_reader() throws {
    let concerns = try #require(pack.questionIndex("concerns"))
    let exclusive = try #require(
      pack.questions[concerns].exclusiveMask.nonzeroBitCount == 1
        ? pack.questions[concerns].options.first(where: \.isExclusive)?.id : nil)
    let persona = try #require(
      pack.tests.first { $0.answers[concerns] & pack.questions[concerns].exclusiveMask == 0 })
    let good = members(persona.answers)
    #expect(scan(line(good)) != nil)
    let at = try #require(good.firstIndex { $0.id == "concerns" })
    let chosen = pack.chosenOptionIDs(persona.answers, question: concerns)[0]
    let unasked = try #require(
      pack.questions.indices.first { !pack.isAsked($0, given: persona.answers) })
    let extra = (
      pack.questions[unasked].id,
      pack.questions[unasked].kind == .single
        ? "\"\(pack.questions[unasked].options[0].id)\""
        : "[\"\(pack.questions[unasked].options[0].id)\"]"
    )
    var broken: [(String, [(id: String, value: String)])] = [
      ("a key twice", good + [good[0]]),
      ("a question not asked", good + [extra]),
    ]
    for (what, value) in [
      ("an option twice", "[\"\(chosen)\"," + good[at].value.dropFirst()),
      ("exclusive with others", "[\"\(exclusive)\"," + good[at].value.dropFirst()),
      ("an empty list", "[]"),
    ] {
      var changed = good
      changed[at].value = value
      broken.append((what, changed))
    }
    for (what, members) in broken {
      let text = line(members)
      #expect(scan(text) == nil, "\(what): \(text)")
      #expect(parse(text) == nil, "\(what): \(text)")
    }
  }
}
