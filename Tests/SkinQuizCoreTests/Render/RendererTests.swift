import Foundation
import SkinQuizCore
import TestSupport
import Testing
import TextLayout

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

  @Test func a_verdict_can_head_the_benefits_its_own_way() throws {
    let files = MiniPack.files(
      in: "pack.yaml", replacing: "    text: Go ahead.\n",
      with: "    text: Go ahead.\n    benefits_heading: What it may do for you\n")
    let pack = try #require(PackLoader.load(files).pack)
    let result = Engine(pack: pack).result(
      for: try pack.answers(["goals": ["smooth"], "smooth_area": ["face"], "pregnant": ["no"]]),
      createdAt: "2026-01-01T10:00:00Z")
    #expect(result.sections.map(\.title) == ["What it may do for you", "Aftercare"])
    #expect(TextRenderer().render(result).contains("\nWHAT IT MAY DO FOR YOU\n"))
    #expect(MarkdownRenderer().render(result).contains("\n## What it may do for you\n"))
  }

  @Test func the_json_sources_carry_their_kind_and_identifiers_and_findings_their_ask() throws {
    let json = JSONRenderer().render(try result())
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let findings = try #require(object["findings"] as? [[String: Any]])
    let sources = try #require(findings.first?["sources"] as? [[String: Any]])
    #expect(sources.map { $0["kind"] as? String } == ["review", "trial"])
    #expect(sources[0]["doi"] as? String == "10.1000/review.1")
    #expect(sources[1]["pmid"] as? String == "12345678")
    #expect(findings.last?["ask"] as? String == "Which sunscreen should I use?")
    #expect(findings.first?["ask"] == nil)
  }

  @Test func pack_text_stays_text_in_markdown_and_never_reaches_a_terminal_raw() throws {
    var result = try result()
    let hostile =
      "1. ![x](https://e.org/t.png) <b>*hi*</b> ~~gone~~\n# title\n- item \u{1B}[2J\u{202E}"
    result.verdict.title = hostile
    result.findings[0].finding.text = hostile
    let markdown = MarkdownRenderer().render(result)
    #expect(
      markdown.contains(
        "1\\. \\!\\[x\\](https://e.org/t.png) \\<b\\>\\*hi\\*\\</b\\> \\~\\~gone\\~\\~"))
    #expect(markdown.contains("\n\\# title\n\\- item \\[2J"))
    let text = TextRenderer().render(result)
    for output in [markdown, text] {
      #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    }
  }

  @Test func escapes_json_strings() {
    let value = JSONValue.object([("a\"b", .string("line\nbreak\t\u{1}\\"))])
    #expect(value.serialized() == "{\n  \"a\\\"b\": \"line\\nbreak\\t\\u0001\\\\\"\n}\n")
  }
}
