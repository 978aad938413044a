import Foundation
import SkinQuizCore
import TestSupport
import Testing

/// Each format of a mini-pack result, compared with golden files.
@Suite struct RendererTests {
  private func result() throws -> QuizResult {
    let pack = try #require(PackLoader.load(MiniPack.files()).pack)
    var quiz = Quiz(pack: pack)
    try quiz.answer(optionIDs: ["smooth", "even"])
    try quiz.answer(optionIDs: ["neck"])
    try quiz.answer(optionIDs: ["no"])
    #expect(quiz.isComplete)
    return quiz.result(createdAt: "2026-01-01T10:00:00Z")
  }

  @Test(arguments: ResultFormat.allCases)
  func renders_each_format(_ format: ResultFormat) throws {
    expectGolden(format.render(try result()), named: "mini.\(format.fileExtension)")
  }

  @Test func wraps_the_text_summary_to_the_width_given() throws {
    let text = TextRenderer(width: 40).render(try result())
    #expect(
      text.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 40 || $0.contains("://") })
    expectGolden(text, named: "mini-40.txt")
  }

  @Test func the_json_result_has_the_contract_shape() throws {
    let json = JSONRenderer().render(try result())
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["schema"] as? String == "skinquiz.result/1")
    #expect(object["createdAt"] as? String == "2026-01-01T10:00:00Z")
    let answers = try #require(object["answers"] as? [String: Any])
    #expect(answers["goals"] as? [String] == ["smooth", "even"])
    #expect(answers["smooth_area"] as? String == "neck")
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(
      findings.map { $0["id"] as? String } == ["benefit_smooth", "info_neck", "aftercare_sun"])
  }

  @Test func escapes_json_strings() {
    let value = JSONValue.object([("a\"b", .string("line\nbreak\t\u{1}\\"))])
    #expect(value.serialized() == "{\n  \"a\\\"b\": \"line\\nbreak\\t\\u0001\\\\\"\n}\n")
  }
}
