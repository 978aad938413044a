import Foundation
import TestSupport
import Testing

/// `skinquiz questionnaire`: the pack as a FHIR Questionnaire on standard output.
@Suite struct QuestionnaireCommandTests {
  @Test func the_built_in_pack_prints_as_its_golden_questionnaire() throws {
    let result = try runSkinquiz(["questionnaire"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    expectGolden(result.stdout, named: "questionnaire.fhir.json")
  }

  @Test func the_pack_folder_option_is_the_built_in_pack_read_from_disk() throws {
    let builtIn = try runSkinquiz(["questionnaire"])
    let fromFolder = try runSkinquiz(["questionnaire", "--pack", Paths.shippedPack.path])
    #expect(fromFolder.status == 0)
    #expect(fromFolder.stdout == builtIn.stdout)
  }

  @Test func a_broken_pack_is_a_located_error_and_prints_nothing() throws {
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["pack", "questions", "findings", "sources", "tests"] {
      let file = "\(name).yaml"
      try FileManager.default.copyItem(
        at: Paths.shippedPack.appendingPathComponent(file),
        to: folder.appendingPathComponent(file))
    }
    let questions = folder.appendingPathComponent("questions.yaml")
    let text = try String(contentsOf: questions, encoding: .utf8)
    try text.replacingOccurrences(
      of: "when: isotretinoin = in_past", with: "when: isotretinoin = x"
    )
    .write(to: questions, atomically: true, encoding: .utf8)
    let result = try runSkinquiz(["questionnaire", "--pack", folder.path])
    #expect(result.status == 65)
    #expect(result.stdout == "")
    #expect(result.stderr.contains("\(folder.path)/questions.yaml:"))
    #expect(result.stderr.contains("'x'"))
    #expect(result.stderr.hasSuffix("skinquiz: error: 1 error in the pack; nothing was written\n"))
  }
}
