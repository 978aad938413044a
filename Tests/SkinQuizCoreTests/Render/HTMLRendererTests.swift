import Fixtures
import Foundation
import TestSupport
import Testing

@testable import SkinQuizCore

/// The printable page: what it holds and in what order.
///
/// Also that it loads and runs nothing, that every pack text is escaped, and that its colours
/// can be read. The Nu HTML Checker and Chromium check it further in CI (.ci/validate_html.py).
@Suite struct HTMLRendererTests {
  private func shippedResults() throws -> [(name: String, result: QuizResult)] {
    let pack = try #require(ShippedPack.pack)
    return pack.tests.map {
      ($0.name, Engine(pack: pack).result(for: $0.answers, createdAt: "2026-01-01T10:00:00Z"))
    }
  }

  @Test func the_policy_names_the_hash_of_the_style_sheet() throws {
    let run = try runProgram(["/usr/bin/sha256sum"], stdin: HTMLStyle.sheet)
    let hex = try #require(run.stdout.split(separator: " ").first)
    var bytes: [UInt8] = []
    var index = hex.startIndex
    while index < hex.endIndex {
      let next = hex.index(index, offsetBy: 2)
      bytes.append(try #require(UInt8(hex[index..<next], radix: 16)))
      index = next
    }
    #expect(HTMLStyle.sheetHash == "sha256-" + Data(bytes).base64EncodedString())
  }

  @Test(arguments: HTMLStyle.textPairs.map { "\($0.what): \($0.text) on \($0.background)" })
  func every_text_colour_passes_wcag_aa_contrast(_ pair: String) throws {
    let colors = pair.split(separator: " ").filter { $0.hasPrefix("#") }.map(String.init)
    let ratio = try contrast(colors[0], colors[1])
    #expect(ratio >= 4.5, "\(pair): \(ratio)")
  }

  @Test func each_persona_gets_a_page_that_loads_and_runs_nothing() throws {
    for (name, result) in try shippedResults() {
      let page = HTMLRenderer().render(result)
      let lower = page.lowercased()
      for banned in ["<script", "<link", "<img", "<iframe", "src=", "url(", "@import", " on"] {
        if banned == " on" {
          #expect(!lower.contains(" onload=") && !lower.contains(" onerror="), "\(name)")
        } else {
          #expect(!lower.contains(banned), "\(name): \(banned)")
        }
      }
      #expect(
        page.contains(
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '"
        ))
    }
  }

  @Test func each_persona_gets_the_short_block_first_and_links_that_land() throws {
    for (name, result) in try shippedResults() {
      let page = HTMLRenderer().render(result)
      let headings = matches(of: "<h2 id=\"", upTo: "\"", in: page)
      #expect(headings.first == "in-short", "\(name)")
      #expect(headings.suffix(2) == ["answers", "please-read"], "\(name)")
      let short = try #require(page.range(of: "<h2 id=\"in-short\">"))
      let verdict = try #require(page.range(of: "<h2 id=\"verdict\">"))
      #expect(
        page[short.upperBound..<verdict.lowerBound].contains(
          "<p class=\"title\">\(HTMLText.escape(result.verdict.title))</p>"), "\(name)")
      let ids = matches(of: " id=\"", upTo: "\"", in: page)
      #expect(Set(ids).count == ids.count, "\(name): an id is used twice")
      for target in matches(of: "href=\"#", upTo: "\"", in: page) {
        #expect(ids.contains(target), "\(name): #\(target) leads nowhere")
      }
      for ask in result.questionsToAsk {
        #expect(page.contains("<li>\n<p>\(HTMLText.escape(ask))</p>\n<div class=\"line\">"))
      }
    }
  }

  @Test func escapes_every_pack_text_and_links_only_web_addresses() throws {
    let hostile = "<script>alert(1)</script> & \"quoted\" 'single' \u{1B}]52;c;AAAA\u{7}"
    let pack = try #require(
      PackLoader.load(
        MiniPack.files(in: "pack.yaml", replacing: "title: Mini quiz", with: "title: 'T<b>'")
      ).pack)
    var quiz = Quiz(pack: pack)
    try quiz.answer(optionIDs: ["smooth"])
    try quiz.answer(optionIDs: ["face"])
    try quiz.answer(optionIDs: ["no"])
    var result = quiz.result(createdAt: "2026-01-01T10:00:00Z")
    result.pack.intro.disclaimer = hostile
    result.verdict.title = hostile
    result.findings[0].finding.text = hostile
    result.findings[0].because = [hostile]
    // The loader refuses both; a pack built in code could still hold them.
    result.pack.sources[0].url = "javascript:alert(1)"
    result.pack.sources[1].id = "S\"2 x"
    result.findings[0].sources = result.pack.sources
    let page = HTMLRenderer().render(result)
    #expect(!page.contains("<script>") && !page.contains("<b>"))
    #expect(!page.contains("href=\"javascript:"))
    #expect(page.contains(" javascript:alert(1)</li>"))
    #expect(page.contains("<h1>T&lt;b&gt;</h1>"))
    #expect(
      page.contains(
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quoted\" 'single' ]52;c;AAAA</p>"))
    #expect(!page.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    #expect(page.contains("<li id=\"source-S_22_2_20_x\">"))
    #expect(page.contains("<a href=\"#source-S_22_2_20_x\">S\"2 x</a>"))
  }

  @Test func the_page_takes_the_pack_language() throws {
    let pack = try #require(
      PackLoader.load(
        MiniPack.files(
          in: "pack.yaml", replacing: "title: Mini quiz\n",
          with: "title: Mini quiz\nlanguage: fr-CA\n")
      ).pack)
    var quiz = Quiz(pack: pack)
    try quiz.answer(optionIDs: ["even"])
    try quiz.answer(optionIDs: ["no"])
    let page = HTMLRenderer().render(quiz.result(createdAt: "2026-01-01T10:00:00Z"))
    #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr-CA\">\n"))
  }

  // MARK: - Helpers

  /// Every text between `start` and the next `end` in `page`.
  private func matches(of start: String, upTo end: String, in page: String) -> [String] {
    var found: [String] = []
    var rest = page[...]
    while let open = rest.range(of: start) {
      rest = rest[open.upperBound...]
      guard let close = rest.range(of: end) else { break }
      found.append(String(rest[..<close.lowerBound]))
      rest = rest[close.upperBound...]
    }
    return found
  }

  /// The WCAG 2 contrast ratio of two `#rrggbb` colours.
  private func contrast(_ first: String, _ second: String) throws -> Double {
    func luminance(_ hex: String) throws -> Double {
      let value = try #require(Int(hex.dropFirst(), radix: 16))
      let channels = [value >> 16, (value >> 8) & 0xFF, value & 0xFF].map { channel in
        let c = Double(channel) / 255
        return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
      }
      return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
    let (a, b) = (try luminance(first), try luminance(second))
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }
}
