import Foundation
import SkinQuizCore
import TestSupport
import Testing

/// Paths as people type them, read alike by the dialog, the plain prompt and the command.
@Suite struct TypedPathTests {
  @Test func a_leading_tilde_is_the_home_folder_and_nothing_else_changes() throws {
    let home = try #require(ProcessInfo.processInfo.environment["HOME"])
    #expect(TypedPath.expandingHome("~/notes/r.md") == home + "/notes/r.md")
    #expect(TypedPath.expandingHome("~") == home)
    for typed in ["r.md", "./r.md", "a//b.md", "/tmp/../r.md", "notes/~/r.md", ""] {
      #expect(TypedPath.expandingHome(typed) == typed)
    }
  }

  @Test func a_tilde_with_a_user_name_is_that_users_home_folder() throws {
    // root is in every system's user database; its home folder is the one it names there.
    let line = try String(contentsOfFile: "/etc/passwd", encoding: .utf8)
      .split(separator: "\n").first { $0.hasPrefix("root:") }
    let home = try #require(line?.split(separator: ":", omittingEmptySubsequences: false)[5])
    #expect(TypedPath.expandingHome("~root") == String(home))
    #expect(TypedPath.expandingHome("~root/r.md") == home + "/r.md")
    // A user the system does not know: the path as typed, as a shell leaves it.
    #expect(TypedPath.expandingHome("~no-such-user-sq/r.md") == "~no-such-user-sq/r.md")
  }

  @Test func a_typed_name_loses_the_blanks_around_it_only() {
    #expect(TypedPath.trimmed("  my result.md\t ") == "my result.md")
    #expect(TypedPath.trimmed(" \t ") == "")
    #expect(TypedPath.trimmed("r.md") == "r.md")
  }

  @Test func an_existing_folder_is_found_through_its_links() throws {
    let root = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let real = try #require(TypedPath.existingFolder(root.path))
    let notes = real + "/notes"
    try FileManager.default.createDirectory(atPath: notes, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: real + "/link", withDestinationPath: notes)
    #expect(TypedPath.existingFolder(real + "/link") == notes)
    #expect(TypedPath.existingFolder(real + "/link/../notes") == notes)
    #expect(TypedPath.existingFolder(real + "/missing") == nil)
    #expect(FileManager.default.createFile(atPath: notes + "/r.md", contents: Data()))
    #expect(TypedPath.existingFolder(notes + "/r.md") == nil, "a file is not a folder")
  }

  @Test func a_path_splits_into_its_folder_as_written_and_its_name() {
    #expect(TypedPath.split("r.md") == (".", "r.md"))
    #expect(TypedPath.split("/r.md") == ("/", "r.md"))
    #expect(TypedPath.split("notes/r.md") == ("notes", "r.md"))
    #expect(TypedPath.split("/tmp/notes/") == ("/tmp/notes", ""))
  }

  @Test func tidying_drops_dots_and_doubled_slashes_and_parents_if_asked() {
    #expect(TypedPath.tidied("/a//./b/../c") == "/a/c")
    #expect(TypedPath.tidied("/a/b/../c", parents: false) == "/a/b/../c")
    #expect(TypedPath.tidied("/../a") == "/a")
    #expect(TypedPath.absolute("r.md", in: "/home/pat") == "/home/pat/r.md")
    #expect(TypedPath.absolute("/r.md", in: "/home/pat") == "/r.md")
    // An unknown working directory leaves the path as given, not under the root.
    #expect(TypedPath.absolute("r.md", in: "") == "r.md")
  }

  @Test func two_paths_to_one_file_are_the_same_file() throws {
    let root = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let notes = root.appendingPathComponent("notes")
    try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
    let file = notes.appendingPathComponent("r.md").path
    #expect(TypedPath.sameFile(file, root.path + "/notes/../notes/r.md"))
    #expect(!TypedPath.sameFile(file, root.path + "/notes/other.md"))
    #expect(FileManager.default.createFile(atPath: file, contents: Data()))
    try FileManager.default.linkItem(atPath: file, toPath: root.path + "/hard.md")
    #expect(TypedPath.sameFile(file, root.path + "/hard.md"))
  }

  @Test func paths_in_missing_folders_are_the_same_file_when_they_tidy_alike() {
    let missing = "/no-such-folder-sq"
    #expect(TypedPath.sameFile(missing + "/a/../r.md", missing + "/./r.md"))
    #expect(TypedPath.sameFile(missing + "//r.md", missing + "/r.md"))
    #expect(!TypedPath.sameFile(missing + "/a/r.md", missing + "/r.md"))
  }

  @Test func only_a_regular_file_itself_is_a_regular_file() throws {
    let root = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let file = root.appendingPathComponent("r.md").path
    #expect(!TypedPath.isRegularFile(file), "missing")
    #expect(FileManager.default.createFile(atPath: file, contents: Data()))
    try FileManager.default.createSymbolicLink(
      atPath: root.path + "/link", withDestinationPath: file)
    #expect(TypedPath.isRegularFile(file))
    #expect(!TypedPath.isRegularFile(root.path + "/link"), "a link to a file")
    #expect(!TypedPath.isRegularFile(root.path), "a folder")
    #expect(!TypedPath.isRegularFile("/dev/null"), "a device")
  }

  @Test func the_working_directory_is_the_processs() {
    #expect(TypedPath.workingDirectory == FileManager.default.currentDirectoryPath)
    #expect(TypedPath.absolute("r.md") == FileManager.default.currentDirectoryPath + "/r.md")
  }
}
