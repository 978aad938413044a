import Foundation
import SkinQuizCore
import SkinQuizTUI
import TestSupport
import Testing

extension PlainMode {
  /// Saving the result at the end: the file mode, replacing, links and failures.
  @Suite struct SavingTests {
    @Test func the_result_is_saved_readable_only_by_its_owner() throws {
      let pack = try shippedPack()
      let folder = try Paths.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let path = folder.appendingPathComponent("result.json").path
      let run = Run(Quiz(pack: pack), try typed(pack, contractExample) + ["", path])
      let result = try #require(run.result)
      #expect(run.savedPath == path)
      #expect(try String(contentsOfFile: path, encoding: .utf8) == ResultFormat.json.render(result))
      let attributes = try FileManager.default.attributesOfItem(atPath: path)
      #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
      #expect(run.output.hasSuffix("Saved your result to \(path) (readable only by you).\n"))
    }

    @Test func an_existing_file_is_replaced_only_after_yes() throws {
      let pack = try shippedPack()
      let folder = try Paths.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let path = folder.appendingPathComponent("result.txt").path
      try Data("old".utf8).write(to: URL(fileURLWithPath: path))
      let run = Run(Quiz(pack: pack), try typed(pack, contractExample) + ["", path, "n"])
      #expect(run.savedPath == nil)
      #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
      #expect(
        run.output.contains("\"\(path)\" already exists. Replace it? (y/n)\nSave your result"))
      let again = Run(Quiz(pack: pack), try typed(pack, contractExample) + ["", path, "y"])
      let result = try #require(again.result)
      #expect(again.savedPath == path)
      #expect(try String(contentsOfFile: path, encoding: .utf8) == ResultFormat.text.render(result))
    }

    @Test func a_file_that_cannot_be_saved_is_explained_and_asked_again() throws {
      let pack = try shippedPack()
      let folder = try Paths.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let missing = folder.appendingPathComponent("missing/result.md").path
      let path = folder.appendingPathComponent("result.md").path
      let taken = folder.appendingPathComponent("taken.txt")
      try FileManager.default.createDirectory(at: taken, withIntermediateDirectories: false)
      let lines = ["", missing, "result.doc", taken.path, path]
      let run = Run(Quiz(pack: pack), try typed(pack, contractExample) + lines, width: 200)
      #expect(run.savedPath == path)
      #expect(FileManager.default.fileExists(atPath: path))
      let folderName = folder.appendingPathComponent("missing").path
      #expect(
        run.output.contains(
          """
          Could not save: cannot create '\(missing)': the folder '\(folderName)' does not exist.
          Type another file name, or press Enter to skip.
          "result.doc" does not end in .txt, .md, .html, .json or .fhir.json. Type another name, \
          or press Enter to skip.
          Could not save: cannot create '\(taken.path)': it is a folder; give a file name.
          Type another file name, or press Enter to skip.
          Saved your result to \(path) (readable only by you).
          """))
      #expect(
        !FileManager.default.fileExists(atPath: folder.appendingPathComponent("result.doc").path))
    }

    @Test func a_link_is_not_offered_for_replacing() throws {
      let pack = try shippedPack()
      let folder = try Paths.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let target = folder.appendingPathComponent("target.txt")
      try Data("old".utf8).write(to: target)
      let link = folder.appendingPathComponent("link.txt").path
      try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target.path)
      let run = Run(Quiz(pack: pack), try typed(pack, contractExample) + ["", link, "y"])
      #expect(run.savedPath == nil)
      #expect(!run.output.contains("Replace it?"))
      #expect(run.output.contains("Could not save: cannot create '\(link)': "))
      #expect(try String(contentsOf: target, encoding: .utf8) == "old")
    }

    @Test func the_end_of_input_at_replace_skips_saving() throws {
      let pack = try shippedPack()
      let folder = try Paths.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: folder) }
      let path = folder.appendingPathComponent("result.txt").path
      try Data("old".utf8).write(to: URL(fileURLWithPath: path))
      let run = Run(Quiz(pack: pack), try typed(pack, contractExample) + ["", path])
      #expect(run.savedPath == nil)
      #expect(run.result != nil)
      #expect(run.io.readsAfterEnd == 0)
      #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    }
  }
}
