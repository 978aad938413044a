import Foundation
import SkinQuizCore
import TestSupport
import Testing

/// One broken mini pack per check, each with the exact diagnostics it must produce.
@Suite struct PackLoaderTests {
  struct Fixture: CustomTestStringConvertible, Sendable {
    var name: String
    var file: String
    var old: String
    var new: String
    /// Further edits, as (file, old, new).
    var more: [Edit] = []
    var expected: [String]
    var testDescription: String { name }

    struct Edit: Sendable {
      var file: String
      var old: String
      var new: String
    }

    var files: PackFiles {
      var files = MiniPack.files(in: file, replacing: old, with: new)
      for edit in more {
        let text = files.texts[edit.file] ?? ""
        precondition(text.contains(edit.old), "\(edit.file) has no '\(edit.old)'")
        files.texts[edit.file] = text.replacingOccurrences(of: edit.old, with: edit.new)
      }
      return files
    }
  }

  /// Every broken mini pack, each with the diagnostics it must produce.
  static let fixtures = shapeProblems + conditionProblems + sourceProblems + packTestProblems

  @Test(arguments: fixtures)
  func reports_each_problem_exactly(_ fixture: Fixture) {
    #expect(MiniPack.problems(fixture.files) == fixture.expected)
  }

  @Test func accepts_every_way_of_naming_a_source_that_a_reader_can_follow() throws {
    let files = MiniPack.files(
      in: "sources.yaml",
      replacing: "    doi: 10.1000/review.1\n    url: https://example.org/review\n",
      with: "    doi: 10.1000/Review.1\n    url: https://doi.org/10.1000/review.1/\n")
    var texts = files.texts
    texts["sources.yaml"] = texts["sources.yaml"]?.replacingOccurrences(
      of: "    pmid: \"12345678\"\n",
      with: "    pmcid: PMC6122507\n    url: http://example.org:8080/a\n")
    let edited = MiniPack.files(replacing: texts)
    #expect(MiniPack.problems(edited) == [])
    let pack = try #require(PackLoader.load(edited).pack)
    #expect(pack.sources.map(\.pmcid) == [nil, "PMC6122507"])
    let unquoted = MiniPack.files(
      in: "sources.yaml", replacing: "pmid: \"12345678\"", with: "pmid: 12345678")
    #expect(PackLoader.load(unquoted).pack?.sources[1].pmid == "12345678")
  }

  @Test func reports_missing_and_empty_files() {
    var files = MiniPack.files()
    files.texts["questions.yaml"] = nil
    files.texts["tests.yaml"] = nil
    files.texts["sources.yaml"] = ""
    #expect(
      MiniPack.problems(files) == [
        "mini/questions.yaml: error: the pack has no questions.yaml",
        "mini/sources.yaml: error: sources.yaml is empty",
        "mini/tests.yaml: warning: the pack has no tests.yaml: nothing checks that its rules give the results you expect",
      ])
  }

  @Test func reports_a_file_of_the_wrong_shape() {
    let files = MiniPack.files(replacing: ["sources.yaml": "- id: S1\n"])
    #expect(
      MiniPack.problems(files).first
        == "mini/sources.yaml:1:1: error: the top level of the file must be a mapping of keys to values, found a list"
    )
  }

  // Found by fuzzing (Fuzz/Regressions/PackLoader/crlf-condition-error): a problem inside a
  // condition of a file with CR LF line ends crashed, and was located on the wrong line.
  @Test(arguments: ["\r\n", "\r"])
  func locates_a_problem_in_a_condition_whatever_the_line_ends(_ lineEnd: String) {
    let broken = MiniPack.files(
      in: "findings.yaml", replacing: "when: pregnant = yes", with: "when: pregnant = yess")
    var converted = broken
    converted.texts["findings.yaml"] = broken.texts["findings.yaml"]?
      .replacingOccurrences(of: "\n", with: lineEnd)
    let expected = MiniPack.problems(broken)
    #expect(expected.first?.contains("'yess' is not an option of 'pregnant'") == true)
    #expect(MiniPack.problems(converted) == expected)
  }

  @Test func reads_a_pack_folder_from_disk() throws {
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in MiniPack.files().texts {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    let files = try PackFiles.read(folder: folder.path)
    #expect(PackLoader.load(files).pack?.id == "mini")
    try Data([0x69, 0x64, 0x3A, 0xFF]).write(to: folder.appendingPathComponent("pack.yaml"))
    #expect(
      throws: SkinQuizError.invalidPack([
        Diagnostic(
          .error, at: .init(file: folder.path + "/pack.yaml", line: 1, column: 4),
          "not UTF-8 text: byte 0xFF here is invalid (save the file as UTF-8)")
      ])
    ) { try PackFiles.read(folder: folder.path) }
    #expect(
      throws: SkinQuizError.unreadableInput(path: folder.path + "/nope", reason: "no such folder")
    ) {
      try PackFiles.read(folder: folder.path + "/nope")
    }
    #expect(
      throws: SkinQuizError.unreadableInput(
        path: folder.path + "/pack.yaml", reason: "not a folder; --pack takes the pack's folder")
    ) {
      try PackFiles.read(folder: folder.path + "/pack.yaml")
    }
  }
}
