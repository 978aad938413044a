import Fixtures
import Testing

@testable import SkinQuizCore

/// `CompactJSONWriter` and `FHIRLineWriter`: the lines they put together from pieces are the
/// lines the renderers write, for any answers, the kept explanations included.
@Suite struct CompactJSONWriterTests {
  private let createdAt = "2026-01-01T10:00:00Z"

  @Test func random_answers_are_written_as_the_renderers_write_them() throws {
    let engine = Engine(pack: try #require(ShippedPack.pack))
    var writer = CompactJSONWriter(engine: engine, createdAt: createdAt)
    let fhir = try #require(FHIRLineWriter(pack: engine.pack, createdAt: createdAt))
    var random = SplitMix64(state: 20)
    let drawn = (0..<400).map { _ in engine.pack.randomCompleteAnswers(&random) }
    // Twice over, so that the second time the explanations come from what the writer kept.
    for answers in engine.pack.tests.map(\.answers) + drawn + drawn {
      let result = engine.result(for: answers, createdAt: createdAt)
      #expect(writer.line(answers, engine.evaluate(answers)) == BatchFormat.json.line(result))
      #expect(fhir.line(answers) == BatchFormat.fhir.line(result))
    }
  }

  @Test func a_finding_whose_text_needs_escapes_is_written_as_the_renderer_writes_it() throws {
    var pack = try #require(ShippedPack.pack)
    pack.findings[0].text = "a \"quoted\" \\ text\u{2028}with a line separator\n"
    pack.findings[0].title = "“curly” – and \u{1}"
    let engine = Engine(pack: pack)
    var writer = CompactJSONWriter(engine: engine, createdAt: "2026-01-01T10:00:00Z\"")
    var random = SplitMix64(state: 21)
    var seen = false
    for _ in 0..<2_000 {
      let answers = pack.randomCompleteAnswers(&random)
      let evaluation = engine.evaluate(answers)
      guard evaluation.fired.contains(0) else { continue }
      seen = true
      let result = engine.result(for: answers, createdAt: "2026-01-01T10:00:00Z\"")
      #expect(writer.line(answers, evaluation) == BatchFormat.json.line(result))
    }
    #expect(seen, "the first finding never fired")
  }
}
