import Fixtures
import Foundation
import SkinQuizCore
import TestSupport
import Testing

/// The names of the shipped pack's persona tests.
private let personaNames = (ShippedPack.pack?.tests ?? []).map(\.name)

/// The kinds of finding that must cite sources (Docs/pack-format.md, "findings.yaml").
private let kindsWithSources: Set = ["contraindication", "caution", "benefit", "note"]

/// The verdict ids of the built-in pack (Docs/microneedling-pack.md).
private let verdictIDs: Set = [
  "not_recommended", "postpone", "consult_first", "good_candidate", "no_matching_goal",
]

/// The pack's own persona tests, run through the engine and the JSON renderer at the API level,
/// as `skinquiz check` runs them.
@Suite struct PackTestsAsFilesTests {
  @Test func there_are_personas_for_every_verdict() throws {
    let pack = try #require(ShippedPack.pack)
    #expect(personaNames.count >= 25)
    #expect(Set(personaNames).count == personaNames.count)
    let verdicts = Set(pack.tests.compactMap { $0.verdict.map { pack.verdicts[$0].id } })
    #expect(verdicts == verdictIDs)
  }

  @Test(arguments: personaNames)
  func the_persona_gets_the_expected_verdict_and_findings(_ name: String) throws {
    let pack = try #require(ShippedPack.pack)
    let test = try #require(pack.tests.first { $0.name == name })
    let expected = try #require(test.verdict, "the persona names no verdict")
    #expect(!test.fires.isEmpty)
    let evaluation = Engine(pack: pack).evaluate(test.answers)
    #expect(pack.verdicts[evaluation.verdict].id == pack.verdicts[expected].id)
    let fired = Set(evaluation.fired.map { pack.findings[$0].id })
    for index in test.fires {
      #expect(fired.contains(pack.findings[index].id), "expected to fire")
    }
    for index in test.notFires {
      #expect(!fired.contains(pack.findings[index].id), "expected not to fire")
    }
  }

  @Test(arguments: personaNames)
  func the_persona_result_renders_as_contract_json(_ name: String) throws {
    let pack = try #require(ShippedPack.pack)
    let test = try #require(pack.tests.first { $0.name == name })
    let expected = try #require(test.verdict)
    let result = Engine(pack: pack).result(for: test.answers, createdAt: "2026-01-01T10:00:00Z")
    let text = JSONRenderer().render(result)

    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
    let json = try #require(parsed as? [String: Any])
    #expect(json["schema"] as? String == "skinquiz.result/1")
    #expect(json["createdAt"] as? String == "2026-01-01T10:00:00Z")
    let questionnaire = try #require(json["questionnaire"] as? [String: Any])
    #expect(questionnaire["id"] as? String == "microneedling")
    #expect(questionnaire["version"] as? String == pack.version)

    let verdict = try #require(json["verdict"] as? [String: Any])
    #expect(verdict["id"] as? String == pack.verdicts[expected].id)
    #expect(verdictIDs.contains(verdict["id"] as? String ?? ""))
    #expect((verdict["title"] as? String)?.isEmpty == false)
    #expect((verdict["text"] as? String)?.isEmpty == false)

    // Only the questions that were asked, single answers as strings, multi answers as lists.
    let answers = try #require(json["answers"] as? [String: Any])
    let answered = pack.questions.indices.filter { test.answers.isAnswered($0) }
    #expect(Set(answers.keys) == Set(answered.map { pack.questions[$0].id }))
    #expect(answers["age_band"] is String)
    #expect(answers["concerns"] is [String])
    for index in answered {
      let question = pack.questions[index]
      let ids = pack.chosenOptionIDs(test.answers, question: index)
      switch question.kind {
      case .single: #expect(answers[question.id] as? String == ids.first, "\(question.id)")
      case .multi: #expect(answers[question.id] as? [String] == ids, "\(question.id)")
      }
    }

    let findings = try #require(json["findings"] as? [[String: Any]])
    #expect(findings.map { $0["id"] as? String ?? "" } == result.findings.map(\.finding.id))
    let ids = Set(findings.compactMap { $0["id"] as? String })
    for index in test.fires {
      #expect(ids.contains(pack.findings[index].id), "missing from the JSON")
    }
    for finding in findings {
      let id = finding["id"] as? String ?? "?"
      let kind = try #require(finding["kind"] as? String, "\(id) has no kind")
      #expect((finding["title"] as? String)?.isEmpty == false, "\(id)")
      #expect((finding["text"] as? String)?.isEmpty == false, "\(id)")
      let because = try #require(finding["because"] as? [String], "\(id) has no because")
      #expect(!because.isEmpty, "\(id) has an empty because")
      #expect(because.allSatisfy { !$0.isEmpty }, "\(id) has an empty reason")
      let sources = try #require(finding["sources"] as? [[String: Any]], "\(id) has no sources")
      if kindsWithSources.contains(kind) {
        #expect(!sources.isEmpty, "\(id) (\(kind)) cites no source")
      }
      for source in sources {
        let sourceID = source["id"] as? String ?? ""
        #expect(pack.source(sourceID) != nil, "\(id) cites unknown source '\(sourceID)'")
        #expect((source["title"] as? String)?.isEmpty == false, "\(id) cites '\(sourceID)'")
      }
    }
  }
}
