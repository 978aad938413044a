import Fixtures
import Foundation
import SkinQuizCore
import Testing

/// `BatchScorer`: one line in, one compact line out, as `--answers` would score it.
@Suite struct BatchScorerTests {
  private let createdAt = "2026-01-01T10:00:00Z"

  private func scorer(_ format: BatchFormat = .json) throws -> BatchScorer {
    BatchScorer(pack: try #require(ShippedPack.pack), format: format, createdAt: createdAt)
  }

  /// Scores one line with a new scorer.
  private func scoreOnce(
    _ bytes: [UInt8], line: Int
  ) throws -> (output: String?, outcome: BatchScorer.Outcome) {
    var scorer = try scorer()
    return scorer.score(bytes, line: line)
  }

  @Test(arguments: BatchFormat.allCases)
  func each_persona_is_scored_as_its_answers_file_is(_ format: BatchFormat) throws {
    var scorer = try scorer(format)
    let pack = scorer.pack
    for (number, persona) in pack.tests.enumerated() {
      let line = AnswersFile.render(persona.answers, pack: pack).split(separator: "\n")
        .joined(separator: " ")
      let (output, outcome) = scorer.score(Array(line.utf8), line: number + 1)
      let expected = Engine(pack: pack).result(for: persona.answers, createdAt: createdAt)
      #expect(output == format.line(expected), "\(persona.name)")
      #expect(outcome == .scored(verdict: try #require(persona.verdict)), "\(persona.name)")
      #expect(output?.contains("\n") == false)
    }
  }

  @Test func a_questionnaire_response_line_is_scored_like_its_answers() throws {
    var scorer = try scorer()
    let persona = try #require(scorer.pack.tests.first)
    let result = Engine(pack: scorer.pack).result(for: persona.answers, createdAt: createdAt)
    let response = BatchFormat.fhir.line(result)
    #expect(scorer.score(Array(response.utf8), line: 1).output == BatchFormat.json.line(result))
  }

  @Test(arguments: ["", "   ", "\t"])
  func a_blank_line_gives_nothing(_ line: String) throws {
    let (output, outcome) = try scoreOnce(Array(line.utf8), line: 4)
    #expect(output == nil)
    #expect(outcome == .blank)
  }

  @Test(arguments: [
    (
      #"{"age_band": "22_plus""#,
      #"{"line":9,"error":"end of line: JSON syntax error: did not find expected ',' or '}' (while parsing a flow mapping at line 1)"}"#
    ),
    (
      #"  ["age_band"]"#,
      #"{"line":9,"error":"column 3: not a JSON object: each line must be one answers object or FHIR QuestionnaireResponse, such as {\"age_band\": \"22_plus\"}"}"#
    ),
    (
      // The first line of an object written over many lines, as a pretty-printed file has it.
      "{ ",
      #"{"line":9,"error":"column 1: the JSON object ends with the line: each line must hold one whole object; score a file of one person with --answers, or put each object on one line (jq -c)"}"#
    ),
  ])
  func a_line_that_is_not_an_object_is_a_located_error(_ line: String, _ expected: String) throws {
    let (output, outcome) = try scoreOnce(Array(line.utf8), line: 9)
    #expect(output == expected)
    #expect(outcome == .failed)
  }

  @Test func every_error_of_a_line_is_said_with_its_column() throws {
    let pack = try scorer().pack
    let persona = try #require(pack.tests.first)
    let line = AnswersFile.render(persona.answers, pack: pack).split(separator: "\n")
      .joined(separator: "").replacingOccurrences(of: "\"22_plus\"", with: "\"old\"")
    let (output, outcome) = try scoreOnce(Array(line.utf8), line: 2)
    #expect(
      output
        == #"{"line":2,"error":"column 16: 'old' is not an option of 'age_band'; valid: under_18, 18_21, 22_plus"}"#
    )
    #expect(outcome == .failed)
  }

  @Test func bytes_that_are_not_utf8_are_an_error_not_a_crash() throws {
    let (output, outcome) = try scoreOnce([UInt8(ascii: "{"), 0xFF, 0xFE], line: 3)
    #expect(
      output
        == #"{"line":3,"error":"column 2: not UTF-8 text: byte 0xFF here is invalid (save the file as UTF-8)"}"#
    )
    #expect(outcome == .failed)
  }

  @Test func an_error_message_is_escaped_as_json() {
    #expect(
      BatchScorer.errorLine(1, message: "a \"quote\"\nand a line")
        == #"{"line":1,"error":"a \"quote\"\nand a line"}"#)
  }

  @Test func a_line_longer_than_an_answers_file_may_be_is_refused_unread() throws {
    let (output, outcome) = try scoreOnce(
      Array(repeating: UInt8(ascii: "{"), count: LineReader.lineLimit + 1), line: 5)
    #expect(
      output
        == #"{"line":5,"error":"column 1: the line is longer than 8 MiB, as no answers are; it was not read"}"#
    )
    #expect(outcome == .failed)
  }
}
