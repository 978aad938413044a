import Foundation
import TestSupport
import Testing

/// README.md and Docs/ show what `skinquiz check` prints; these run the same commands and
/// compare, so the samples cannot drift from the program.
@Suite struct DocumentedCheckOutputTests {
  /// A fenced block of a document: its info string and its lines, without the indentation of
  /// the list item it sits in.
  struct FencedBlock {
    var info: String
    var lines: [String]
  }

  /// Every fenced block of `document` (a path from the package's root), in order.
  static func blocks(in document: String = "README.md") throws -> [FencedBlock] {
    let text = try String(
      contentsOf: Paths.root.appendingPathComponent(document), encoding: .utf8)
    var blocks: [FencedBlock] = []
    var open: (indent: Int, block: FencedBlock)?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let indent = line.prefix { $0 == " " }.count
      let trimmed = line.dropFirst(indent)
      if let current = open {
        if trimmed == "```" {
          blocks.append(current.block)
          open = nil
        } else {
          open?.block.lines.append(String(line.dropFirst(min(indent, current.indent))))
        }
      } else if trimmed.hasPrefix("```") {
        open = (indent, FencedBlock(info: String(trimmed.dropFirst(3)), lines: []))
      }
    }
    return blocks
  }

  /// The lines of the text block of `document` whose first line is `first`.
  static func sample(in document: String = "README.md", startingWith first: String) throws
    -> [String]
  {
    let block = try #require(
      try blocks(in: document).first { $0.info == "text" && $0.lines.first == first },
      "\(document) has a text block that starts with '\(first)'")
    return block.lines
  }

  /// `text` as lines, with the time the check took (which varies) as `N`.
  static func comparable(_ lines: [String]) -> [String] {
    lines.map { $0.replacing(/checked in [0-9.]+ m?s/, with: "checked in N ms") }
  }

  @Test func the_check_of_the_built_in_pack_prints_what_the_documents_show() throws {
    let shown = try Self.sample(startingWith: "$ swift run skinquiz check").dropFirst()
    let result = try runSkinquiz(["check"])
    #expect(result.status == 0, "\(result.stderr)")
    let printed = result.stdout.split(separator: "\n").map(String.init)
    #expect(Self.comparable(printed) == Self.comparable(Array(shown)))
    let documented = try Self.sample(
      in: "Docs/pack-format.md", startingWith: printed.first ?? "pack")
    #expect(Self.comparable(printed) == Self.comparable(documented), "Docs/pack-format.md")
  }

  @Test func the_misspelt_option_example_prints_what_readme_shows() throws {
    let finding = try #require(
      try Self.blocks().first {
        $0.info == "yaml" && $0.lines.contains { $0.contains("info_free_consultation") }
      }, "README.md shows the finding with the misspelt option")
    let shown = try Self.sample(startingWith: "$ skinquiz check --pack my-clinic-pack")
      .dropFirst()

    let work = FileManager.default.temporaryDirectory
      .appendingPathComponent("skinquiz-readme-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(at: work) }
    let pack = work.appendingPathComponent("my-clinic-pack")
    try FileManager.default.copyItem(at: Paths.shippedPack, to: pack)
    // Step 2 of the README: the new finding goes at the end of the findings.
    let findings = pack.appendingPathComponent("findings.yaml")
    let before = try String(contentsOf: findings, encoding: .utf8)
    try (before + finding.lines.joined(separator: "\n") + "\n")
      .write(to: findings, atomically: true, encoding: .utf8)

    let result = try runSkinquiz(["check", "--pack", "my-clinic-pack"], directory: work)
    #expect(result.status == 65)
    let printed = (result.stdout + result.stderr).split(separator: "\n").map(String.init)
    #expect(printed == Array(shown))
  }
}
