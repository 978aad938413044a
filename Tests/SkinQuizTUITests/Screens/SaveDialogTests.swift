import DrawingSurface
import Fixtures
import Foundation
import SkinQuizCore
import TestSupport
import Testing

@testable import SkinQuizTUI

/// The save dialog: editing the name anywhere in it, the folder it goes to, every format.
@Suite struct SaveDialogTests {
  private func dialog(
    _ keys: [Key], size: TerminalSize = .init(columns: 80, rows: 24),
    workingDirectory: String = "/"
  ) throws -> FullScreenModel {
    let pack = try #require(ShippedPack.pack)
    var app = FullScreenModel(quiz: Quiz(pack: pack), size: size, now: { "2026-01-01T10:00:00Z" })
    app.workingDirectory = workingDirectory
    for key in ScreenTests.toReview + [.end, .enter, .character("s"), .control("u")] + keys {
      _ = app.handle(key)
    }
    return app
  }

  private func typing(_ text: String) -> [Key] { text.map { Key.character($0) } }

  @Test func the_cursor_moves_in_the_name_and_text_goes_where_it_is() throws {
    var app = try dialog(typing("ac.md") + [.left, .left, .left, .left] + typing("b"))
    #expect(app.saveDialog?.name == "abc.md")
    #expect(app.saveDialog?.cursor == 2)
    for key in [Key.home] + typing("my ") + [.end] + typing("x") { _ = app.handle(key) }
    #expect(app.saveDialog?.name == "my abc.mdx")
    for key in [Key.backspace, .home, .control("d"), .right, .right, .backspace] {
      _ = app.handle(key)
    }
    #expect(app.saveDialog?.name == "yabc.md")
    #expect(app.saveDialog?.cursor == 1)
    for key in [Key.control("e"), .control("a"), .left, .control("u")] { _ = app.handle(key) }
    #expect(app.saveDialog?.name == "" && app.saveDialog?.cursor == 0)
  }

  @Test func the_folder_is_shown_as_the_system_will_find_it() throws {
    let root = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let notes = root.appendingPathComponent("notes")
    try FileManager.default.createDirectory(
      at: notes.appendingPathComponent("reports"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: notes.appendingPathComponent("here").path, withDestinationPath: root.path)
    let base = URL(fileURLWithPath: root.path).resolvingSymlinksInPath().path
    for (name, folder) in [
      ("result.txt", base + "/notes"), ("reports/result.html", base + "/notes/reports"),
      ("../result.md", base), ("./reports/../result.json", base + "/notes"),
      ("/tmp/result.txt", "/tmp"),
      // Through a link, ".." is the parent of where the link leads, as for the system.
      ("here/../x.md", URL(fileURLWithPath: base + "/..").standardized.path),
      ("missing/x.md", base + "/notes/missing (no such folder)"),
      ("missing/../x.md", base + "/notes/missing/.. (no such folder)"),
    ] {
      let app = try dialog(typing(name), workingDirectory: notes.path)
      #expect(app.saveDialog?.folder.shown == folder, "\(name)")
      #expect(app.render().text.contains("Folder: "), "\(name)")
    }
  }

  @Test func the_folder_is_looked_at_when_the_name_changes_not_when_drawn() throws {
    let root = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    var app = try dialog(typing("later/x.md"), workingDirectory: root.path)
    let before = app.render().text
    #expect(before.contains("(no such folder)"))
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("later"), withIntermediateDirectories: false)
    // Drawing reads nothing from the disk: the same dialog draws the same frame.
    #expect(app.render().text == before)
    // A change of name looks again.
    for key in [Key.backspace] + typing("d") { _ = app.handle(key) }
    #expect(!app.render().text.contains("(no such folder)"))
  }

  @Test func a_long_name_scrolls_to_the_cursor_and_marks_what_is_hidden() throws {
    let name = "a-very-long-file-name-for-the-report-to-bring-along.html"
    let size = TerminalSize(columns: 40, rows: 12)
    let end = try dialog(typing(name), size: size).render().text
    #expect(end.contains("│ …r-the-report-to-bring-along.html  │"))
    let start = try dialog(typing(name) + [.home], size: size).render().text
    #expect(start.contains("│ a-very-long-file-name-for-the-rep… │"))
    // In the middle, both ends are marked.
    let middle = try dialog(
      typing(name) + [.home] + Array(repeating: .right, count: 40), size: size)
    #expect(middle.render().text.contains("│ …ng-file-name-for-the-report-to-b… │"))
  }

  @Test func on_a_narrow_screen_the_folder_has_its_own_line_cut_from_the_left() throws {
    let folder = "/home/someone/Documents/skin-care/reports"
    let size = TerminalSize(columns: 40, rows: 12)
    let lines = try dialog([], size: size, workingDirectory: folder).render().lines
    let label = try #require(lines.firstIndex { $0.contains("│ Folder:") })
    #expect(lines[label].hasSuffix("│ Folder:                            │"), "\(lines)")
    #expect(lines[label + 1].contains("│ …kin-care/reports (no such folder) │"), "\(lines)")
    // The question whether to replace a file still shows whole, its keys included.
    var app = try dialog(
      typing("microneedling-result-2026-01-01.txt"), size: size, workingDirectory: folder)
    guard case .save(let request)? = app.handle(.enter).last else {
      Issue.record("Enter did not ask the runner to save")
      return
    }
    _ = app.saveFinished(request, error: .outputExists(path: request.path))
    let question = app.render().text
    #expect(question.contains("Replace it?") && question.contains("│ (y/n)"), "\(question)")
  }

  @Test(arguments: [
    TerminalSize(columns: 40, rows: 12), TerminalSize(columns: 80, rows: 24),
  ])
  func every_format_is_listed_at_every_size(_ size: TerminalSize) throws {
    let screen = try dialog([], size: size).render().text
    let inside = screen.split(separator: "\n").map { line in
      line.split(separator: "│").dropFirst().first.map(String.init) ?? ""
    }.joined(separator: " ")
    for format in ResultFormat.allCases {
      #expect(inside.contains(" .\(format.fileExtension)"), "\(size): .\(format.fileExtension)")
    }
  }

  @Test func saving_is_left_to_the_runner_and_its_answer_shown() throws {
    var app = try dialog(typing("mine.md"))
    guard case .save(let request)? = app.handle(.enter).last else {
      Issue.record("Enter did not ask the runner to save")
      return
    }
    #expect(request.path == "mine.md" && !request.replacing)
    #expect(app.saveDialog != nil)  // open until the runner answers
    _ = app.saveFinished(request, error: .outputExists(path: "mine.md"))
    #expect(app.saveDialog?.confirmingReplace == true)
    guard case .save(let replacing)? = app.handle(.character("y")).last else {
      Issue.record("y did not ask the runner to replace the file")
      return
    }
    #expect(replacing.replacing)
    #expect(app.saveFinished(replacing, error: nil).isEmpty)
    #expect(app.saveDialog == nil && app.savedPaths == ["mine.md"])
    #expect(app.render().text.contains("Saved to mine.md"))
  }

  @Test func a_failed_save_is_worded_as_in_the_plain_mode() throws {
    var app = try dialog(typing("gone/mine.md"))
    guard case .save(let request)? = app.handle(.enter).last else {
      Issue.record("Enter did not ask the runner to save")
      return
    }
    let reason = "the folder 'gone' does not exist"
    _ = app.saveFinished(request, error: .outputNotCreated(path: request.path, reason: reason))
    #expect(app.saveDialog?.message == "Could not save: \(reason)")
  }

  @Test func keys_typed_while_hidden_wait_for_the_save_they_asked_for() throws {
    var app = try dialog([])
    app.size = TerminalSize(columns: 30, rows: 8)
    for key in typing("a.md") + [.enter, .character("q")] {
      #expect(app.handle(key).isEmpty)
    }
    app.size = TerminalSize(columns: 80, rows: 24)
    guard case .save(let request)? = app.handle(.resize).last else {
      Issue.record("the replayed Enter did not ask the runner to save")
      return
    }
    // q comes after the save: on the result it finishes, with the file saved.
    #expect(app.saveFinished(request, error: nil) == [.end(.finished(savedTo: ["a.md"]))])
  }
}
