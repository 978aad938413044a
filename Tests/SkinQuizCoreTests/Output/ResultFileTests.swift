import Foundation
import TestSupport
import Testing

@testable import SkinQuizCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct ResultFileTests {
  /// A new temporary folder, removed by `remove`.
  private struct Folder {
    var url = URL(fileURLWithPath: "/")

    init() throws {
      url = try Paths.temporaryFolder()
    }

    func path(_ name: String) -> String {
      url.appendingPathComponent(name).path
    }

    func write(_ text: String, to name: String) throws {
      try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }

    func contents(_ name: String) throws -> String {
      String(decoding: try Data(contentsOf: url.appendingPathComponent(name)), as: UTF8.self)
    }

    func permissions(_ name: String) throws -> Int? {
      let attributes = try FileManager.default.attributesOfItem(atPath: path(name))
      return (attributes[.posixPermissions] as? NSNumber)?.intValue
    }

    /// Every name in the folder, hidden temporary files included, sorted.
    func listing(_ subfolder: String? = nil) throws -> [String] {
      try FileManager.default.contentsOfDirectory(atPath: subfolder.map(path) ?? url.path).sorted()
    }

    func remove() {
      try? FileManager.default.removeItem(at: url)
    }
  }

  private static let result = """
    Is microneedling right for me?
    Verdict: may be a good candidate — confirm with a dermatologist ✓
    Ünïcödé and emoji 🧴 survive.

    """

  @Test(arguments: [true, false]) func it_writes_the_whole_text(unnamedFirst: Bool) throws {
    let folder = try Folder()
    defer { folder.remove() }
    try ResultFile.save(
      Self.result, to: folder.path("result.txt"), replacing: false, unnamedFirst: unnamedFirst)
    #expect(try folder.contents("result.txt") == Self.result)
    #expect(try folder.listing() == ["result.txt"])
  }

  @Test(arguments: [true, false]) func it_writes_a_large_text_whole(unnamedFirst: Bool) throws {
    let folder = try Folder()
    defer { folder.remove() }
    let large = String(repeating: "0123456789abcdef\n", count: 200_000)
    try ResultFile.save(
      large, to: folder.path("large.txt"), replacing: false, unnamedFirst: unnamedFirst)
    #expect(try folder.contents("large.txt") == large)
  }

  @Test(arguments: [true, false])
  func a_name_of_255_bytes_is_saved_and_replaced(unnamedFirst: Bool) throws {
    let folder = try Folder()
    defer { folder.remove() }
    // The longest name a file may have: the hidden name a save goes through must still fit.
    let name = String(repeating: "r", count: 252) + ".md"
    try ResultFile.save("one", to: folder.path(name), replacing: false, unnamedFirst: unnamedFirst)
    try ResultFile.save("two", to: folder.path(name), replacing: true, unnamedFirst: unnamedFirst)
    #expect(try folder.contents(name) == "two")
    #expect(try folder.listing() == [name])
  }

  @Test func copies_left_by_a_killed_save_are_removed_and_nothing_else() throws {
    let folder = try Folder()
    defer { folder.remove() }
    let names = [
      ".skinquiz-tmp.1a2B3c", ".skinquiz-tmp.00ff00ff", ".skinquiz-tmp.fresh1",
      ".skinquiz-tmp.much-too-long", ".skinquiz-backup", ".skinquiz-tmp.00FF00FF",
      ".answers.json.swp", "result.md",
    ]
    for name in names { try folder.write("answers", to: name) }
    // All but the fresh one were last changed two minutes ago.
    for name in names where name != ".skinquiz-tmp.fresh1" {
      var times = [
        timeval(tv_sec: time(nil) - 120, tv_usec: 0), timeval(tv_sec: time(nil) - 120, tv_usec: 0),
      ]
      #expect(utimes(folder.path(name), &times) == 0)
    }
    #expect(ResultFile.removeLeftovers(besides: folder.path("result.md")) == 2)
    #expect(
      try folder.listing() == [
        ".answers.json.swp", ".skinquiz-backup", ".skinquiz-tmp.00FF00FF",
        ".skinquiz-tmp.fresh1", ".skinquiz-tmp.much-too-long", "result.md",
      ])
    // A draft named like a leftover is the person's file, never removed.
    try folder.write("answers", to: ".skinquiz-tmp.abcdef")
    var times = [
      timeval(tv_sec: time(nil) - 120, tv_usec: 0), timeval(tv_sec: time(nil) - 120, tv_usec: 0),
    ]
    #expect(utimes(folder.path(".skinquiz-tmp.abcdef"), &times) == 0)
    #expect(ResultFile.removeLeftovers(besides: folder.path(".skinquiz-tmp.abcdef")) == 0)
  }

  @Test func it_writes_an_empty_text() throws {
    let folder = try Folder()
    defer { folder.remove() }
    try ResultFile.save("", to: folder.path("empty.txt"), replacing: false)
    #expect(try folder.contents("empty.txt") == "")
    #expect(try folder.permissions("empty.txt") == 0o600)
  }

  @Test(arguments: [true, false]) func the_file_is_0600_even_with_a_permissive_umask(
    unnamedFirst: Bool
  ) throws {
    let folder = try Folder()
    defer { folder.remove() }
    let previous = umask(0)
    defer { umask(previous) }
    try ResultFile.save(
      Self.result, to: folder.path("new.txt"), replacing: false, unnamedFirst: unnamedFirst)
    try ResultFile.save(
      Self.result, to: folder.path("forced.txt"), replacing: true, unnamedFirst: unnamedFirst)
    #expect(try folder.permissions("new.txt") == 0o600)
    #expect(try folder.permissions("forced.txt") == 0o600)
  }

  @Test(arguments: [true, false]) func it_refuses_to_replace_a_file_without_replacing(
    unnamedFirst: Bool
  ) throws {
    let folder = try Folder()
    defer { folder.remove() }
    try folder.write("old\n", to: "result.txt")
    let path = folder.path("result.txt")
    let error = #expect(throws: SkinQuizError.self) {
      try ResultFile.save(Self.result, to: path, replacing: false, unnamedFirst: unnamedFirst)
    }
    #expect(error == .outputExists(path: path))
    #expect(error?.description == "cannot create '\(path)': it already exists")
    #expect(try folder.contents("result.txt") == "old\n")
    #expect(try folder.listing() == ["result.txt"])
  }

  @Test(arguments: [true, false]) func it_replaces_a_file_when_replacing(unnamedFirst: Bool) throws
  {
    let folder = try Folder()
    defer { folder.remove() }
    try folder.write("old\n", to: "result.txt")
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o644], ofItemAtPath: folder.path("result.txt"))
    try ResultFile.save(
      Self.result, to: folder.path("result.txt"), replacing: true, unnamedFirst: unnamedFirst)
    #expect(try folder.contents("result.txt") == Self.result)
    #expect(try folder.permissions("result.txt") == 0o600)
    #expect(try folder.listing() == ["result.txt"])
  }

  @Test func replacing_also_creates_a_new_file() throws {
    let folder = try Folder()
    defer { folder.remove() }
    try ResultFile.save(Self.result, to: folder.path("result.txt"), replacing: true)
    #expect(try folder.contents("result.txt") == Self.result)
    #expect(try folder.listing() == ["result.txt"])
  }

  @Test(arguments: [false, true])
  func a_folder_is_never_replaced(_ replacing: Bool) throws {
    let folder = try Folder()
    defer { folder.remove() }
    try FileManager.default.createDirectory(
      atPath: folder.path("result.txt"), withIntermediateDirectories: false)
    let path = folder.path("result.txt")
    let error = #expect(throws: SkinQuizError.self) {
      try ResultFile.save(Self.result, to: path, replacing: replacing)
    }
    #expect(error == .outputNotCreated(path: path, reason: "it is a folder; give a file name"))
    #expect(error?.description == "cannot create '\(path)': it is a folder; give a file name")
    #expect(try folder.listing() == ["result.txt"])
    #expect(try folder.listing("result.txt") == [])
  }

  @Test func a_missing_folder_is_named() throws {
    let folder = try Folder()
    defer { folder.remove() }
    let path = folder.path("missing/result.txt")
    let error = #expect(throws: SkinQuizError.self) {
      try ResultFile.save(Self.result, to: path, replacing: false)
    }
    let reason = "the folder '\(folder.path("missing"))' does not exist"
    #expect(error == .outputNotCreated(path: path, reason: reason))
    #expect(error?.description == "cannot create '\(path)': \(reason)")
    #expect(try folder.listing() == [])
  }

  @Test func a_file_in_place_of_the_folder_is_named() throws {
    let folder = try Folder()
    defer { folder.remove() }
    try folder.write("not a folder\n", to: "plain")
    let path = folder.path("plain/result.txt")
    let error = #expect(throws: SkinQuizError.self) {
      try ResultFile.save(Self.result, to: path, replacing: true)
    }
    let reason = "'\(folder.path("plain"))' is not a folder"
    #expect(error == .outputNotCreated(path: path, reason: reason))
    #expect(error?.description == "cannot create '\(path)': \(reason)")
    #expect(try folder.contents("plain") == "not a folder\n")
    #expect(try folder.listing() == ["plain"])
  }

  @Test(.enabled(if: geteuid() != 0, "root may write in any folder"))
  func a_folder_without_permission_is_named() throws {
    let folder = try Folder()
    try FileManager.default.createDirectory(
      atPath: folder.path("locked"), withIntermediateDirectories: false)
    try FileManager.default.setAttributes(
      [.posixPermissions: 0o500], ofItemAtPath: folder.path("locked"))
    defer {
      try? FileManager.default.setAttributes(
        [.posixPermissions: 0o700], ofItemAtPath: folder.path("locked"))
      folder.remove()
    }
    let path = folder.path("locked/result.txt")
    let error = #expect(throws: SkinQuizError.self) {
      try ResultFile.save(Self.result, to: path, replacing: false)
    }
    let reason = "no permission to write in '\(folder.path("locked"))'"
    #expect(error == .outputNotCreated(path: path, reason: reason))
    #expect(error?.description == "cannot create '\(path)': \(reason)")
    #expect(try folder.listing("locked") == [])
  }

  @Test(arguments: [true, false]) func no_temporary_file_is_left_behind(unnamedFirst: Bool) throws {
    let folder = try Folder()
    defer { folder.remove() }
    for round in 0..<3 {
      try ResultFile.save(
        "round \(round)\n", to: folder.path("result.txt"), replacing: true,
        unnamedFirst: unnamedFirst)
    }
    _ = #expect(throws: SkinQuizError.self) {
      try ResultFile.save(
        "refused\n", to: folder.path("result.txt"), replacing: false, unnamedFirst: unnamedFirst)
    }
    try ResultFile.save(
      "other\n", to: folder.path("other.txt"), replacing: false, unnamedFirst: unnamedFirst)
    let names = try folder.listing()
    #expect(names == ["other.txt", "result.txt"])
    #expect(names.filter { $0.hasPrefix(".result.txt") || $0.hasPrefix(".other.txt") } == [])
    #expect(try folder.contents("result.txt") == "round 2\n")
  }
}
