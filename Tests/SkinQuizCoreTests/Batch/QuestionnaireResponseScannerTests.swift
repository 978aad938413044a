import Fixtures
import Testing

@testable import SkinQuizCore

/// `QuestionnaireResponseScanner`: the responses it reads give the answers `AnswersFile.parse`
/// gives; every other line is left to `AnswersFile.parse`, and scored as before.
@Suite struct QuestionnaireResponseScannerTests {
  private let createdAt = "2026-01-01T10:00:00Z"
  private let pack: Pack
  private let scanner: QuestionnaireResponseScanner
  private let writer: FHIRLineWriter

  init() throws {
    pack = try #require(ShippedPack.pack)
    scanner = QuestionnaireResponseScanner(pack: pack)
    writer = try #require(FHIRLineWriter(pack: pack, createdAt: createdAt))
  }

  private func scan(_ bytes: [UInt8]) -> Answers? {
    bytes.withUnsafeBufferPointer { scanner.answers($0) }
  }

  /// What the precise reader makes of the line, or `nil` when it finds a problem.
  private func parse(_ line: String) -> Answers? {
    try? AnswersFile.parse(line, file: "<line 1>", pack: pack, requireComplete: true)
  }

  /// The output the batch gave for `bytes` before the scanner: what the precise reader reads,
  /// scored, or the problems it words.
  private func preciseOutput(_ bytes: [UInt8]) -> String? {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return BatchScorer.errorLine(1, errors: [InputReader.notUTF8(bytes, file: "")])
    }
    do throws(SkinQuizError) {
      let answers = try AnswersFile.parse(
        text, file: "<line 1>", pack: pack, requireComplete: true)
      let result = Engine(pack: pack).result(for: answers, createdAt: createdAt)
      return BatchFormat.json.line(result)
    } catch {
      guard case .invalidAnswers(let problems) = error else {
        return BatchScorer.errorLine(1, message: error.description)
      }
      return BatchScorer.errorLine(1, errors: problems)
    }
  }

  @Test func every_persona_and_random_answers_read_as_the_precise_reader_reads_them() throws {
    var random = SplitMix64(state: 20)
    let drawn = (0..<300).map { _ in pack.randomCompleteAnswers(&random) }
    let compact = FHIRRenderer()
    for answers in pack.tests.map(\.answers) + drawn {
      let line = writer.line(answers)
      let verdict = try #require(pack.verdicts.first)
      let result = QuizResult(
        pack: pack, answers: answers, verdict: verdict, findings: [], createdAt: createdAt)
      #expect(line == compact.value(result).compactSerialized())
      let scanned = try #require(scan(Array(line.utf8)), "\(line)")
      #expect(scanned == parse(line), "\(line)")
      #expect(scanned == answers, "\(line)")
    }
  }

  @Test func free_text_of_any_printable_character_is_read() throws {
    let line = try persona().replacing(#""text":""#, with: #""text":"é ü 𝄞 "#, maxReplacements: 1)
    let scanned = try #require(scan(Array(line.utf8)))
    #expect(scanned == parse(line))
  }

  @Test func members_left_out_or_spaced_are_read_as_the_precise_reader_reads_them() throws {
    let line = try persona()
    let variants = [
      line.replacing(#/,"display":"[^"]*"/#, with: ""),
      line.replacing(#/"system":"[^"]*",/#, with: ""),
      line.replacing(#/"text":"[^"]*",/#, with: ""),
      line.replacing(#/"authored":"[^"]*",/#, with: #""id":"r1","#),
      // Spaces around each token, not in strings (which have no escapes).
      "  " + line.replacing(#/"[^"]*"|[,:\[\]{}]/#) { " \($0.output) " } + "  ",
    ]
    for variant in variants {
      #expect(variant != line)
      let scanned = try #require(scan(Array(variant.utf8)), "\(variant)")
      #expect(scanned == parse(variant), "\(variant)")
    }
  }

  /// The first persona's response, as the batch writes it.
  private func persona() throws -> String {
    writer.line(try #require(pack.tests.first).answers)
  }

  /// Lines the precise reader refuses, or reads in a way this scanner does not know.
  private func mutated() throws -> [(what: String, bytes: [UInt8])] {
    let line = try persona()
    func replacing(_ old: String, _ new: String) -> [UInt8] {
      Array(line.replacing(old, with: new, maxReplacements: 1).utf8)
    }
    let itemsStart = try #require(line.firstRange(of: #""item":["#)).upperBound
    let firstItemEnd = try #require(line.firstRange(of: #"},{"linkId""#)).lowerBound
    let firstItem = String(line[itemsStart...firstItemEnd])
    let textStart =
      Array(line.utf8).count
      - Array(
        line[
          try #require(
            line.firstRange(of: #""text":""#)
          ).upperBound...
        ].utf8
      ).count
    var invalid = Array(line.utf8)
    invalid.insert(0xFF, at: textStart)
    return [
      ("unknown key", replacing(#""status":"#, #""language":"en","status":"#)),
      ("unknown item key", replacing(#"{"linkId""#, #"{"definition":"d","linkId""#)),
      ("duplicate key", replacing(#""status":"#, #""status":"completed","status":"#)),
      ("duplicate coding key", replacing(#""code":"#, #""code":"x","code":"#)),
      ("null", replacing(#""code":"#, #""code":null,"display":"#)),
      ("other system", replacing(#""system":""#, #""system":"x"#)),
      ("other questionnaire version", replacing(#"|\#(pack.version)""#, #"|0.0.0-x""#)),
      ("no questionnaire", replacing(#""questionnaire":"#, #""questionnaires":"#)),
      ("entered-in-error", replacing(#""status":"completed""#, #""status":"entered-in-error""#)),
      ("modifierExtension", replacing(#""status":"#, #""modifierExtension":[],"status":"#)),
      ("implicitRules", replacing(#""status":"#, #""implicitRules":"x","status":"#)),
      ("escape in text", replacing(#""text":""#, #""text":"\u0041"#)),
      ("control character", replacing(#""text":""#, "\"text\":\"\u{1}")),
      ("tab", replacing(#""text":""#, "\"text\":\"\t")),
      ("NEL", replacing(#""text":""#, "\"text\":\"\u{85}")),
      ("line separator", replacing(#""text":""#, "\"text\":\"\u{2028}")),
      ("byte order mark", replacing(#""text":""#, "\"text\":\"\u{FEFF}")),
      ("answer before linkId", replacing(#"{"linkId""#, #"{"answer":[],"linkId""#)),
      ("two items for a question", replacing(#""item":["#, #""item":["# + firstItem + ",")),
      ("another resource", replacing("QuestionnaireResponse", "Patient")),
      ("a number", replacing(#""status":"completed""#, #""status":1"#)),
      ("invalid UTF-8", invalid),
    ]
  }

  @Test func a_line_that_is_not_plain_and_valid_is_scored_as_by_the_precise_reader() throws {
    var scorer = BatchScorer(pack: pack, format: .json, createdAt: createdAt)
    var lines = try mutated()
    let persona = try #require(pack.tests.first).answers
    lines += try [
      ("missing answer", Array(writer.line(answers(persona, leavingOut: true)).utf8)),
      ("unasked question", Array(writer.line(answers(persona, leavingOut: false)).utf8)),
    ]
    for (what, bytes) in lines {
      #expect(scan(bytes) == nil, "\(what)")
      #expect(scorer.score(bytes, line: 1).output == preciseOutput(bytes), "\(what)")
    }
  }

  /// `answers` with an asked question left out, or with a question that is not asked answered.
  private func answers(_ answers: Answers, leavingOut: Bool) throws -> Answers {
    var changed = answers
    let asked = pack.questions.indices.filter { pack.isAsked($0, given: answers) }
    if leavingOut {
      changed[try #require(asked.last)] = 0
    } else {
      let unasked = try #require(pack.questions.indices.first { !asked.contains($0) })
      changed[unasked] = try #require(pack.validSelections(for: unasked).first)
    }
    return changed
  }
}
