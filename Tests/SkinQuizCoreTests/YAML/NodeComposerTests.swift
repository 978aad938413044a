import Testing

@testable import SkinQuizCore

/// The node tree libyaml's events make, and the texts it refuses, with their places.
///
/// The expected messages are the ones Yams gave (checked side by side on 210 texts), except
/// where a test says otherwise.
@Suite struct NodeComposerTests {
  /// The messages for `text`, and its root.
  private func read(_ text: String) -> (messages: [String], root: Node?) {
    var diagnostics: [Diagnostic] = []
    let document = YAMLDocument(file: "a.yaml", text: text, diagnostics: &diagnostics)
    return (diagnostics.map(\.description), document.root)
  }

  /// The first message for `text`.
  private func message(_ text: String) -> String? {
    read(text).messages.first
  }

  @Test(arguments: ["", "\n  \n", "# only a comment\n"])
  func a_text_with_no_document_has_no_root_and_no_problem(_ text: String) {
    let (messages, root) = read(text)
    #expect(messages.isEmpty)
    #expect(root == nil)
  }

  @Test func an_empty_document_is_an_empty_string() {
    let (messages, root) = read("---\n")
    #expect(messages.isEmpty)
    #expect(root?.scalar?.string == "")
    #expect(root?.mark == Node.Mark(line: 2, column: 1))
  }

  @Test func values_are_the_text_written_never_numbers_booleans_or_null() throws {
    let text = """
      plain: [yes, ~, null, 1, 0x1, 1.5, true, '', ""]
      empty:
      escaped: "a\\0b\\tc"
      literal: |
        two
        lines
      """
    let (messages, root) = read(text)
    #expect(messages.isEmpty)
    let mapping = try #require(root?.mapping)
    let plain = try #require(mapping["plain"]?.sequence)
    #expect(plain.map(\.string) == ["yes", "~", "null", "1", "0x1", "1.5", "true", "", ""])
    #expect(mapping["empty"]?.string == "")
    #expect(mapping["escaped"]?.string == "a\0b\tc")
    #expect(mapping["literal"]?.scalar?.style == .literal)
    // The text ends without a line break, so the value does too.
    #expect(mapping["literal"]?.string == "two\nlines")
    #expect(mapping["literal"]?.mark == Node.Mark(line: 4, column: 10))
  }

  @Test func a_key_is_found_whatever_its_quotes_but_not_with_another_tag() throws {
    let root = try #require(read("\"a\": 1\n!!str b: 2\n! c: 3\n!!int d: 4\n").root?.mapping)
    #expect(["a", "b", "c", "d"].map { root[$0]?.string } == ["1", "2", "3", nil])
    #expect(root.keys.map(\.string) == ["a", "b", "c", "d"])
  }

  @Test func keys_written_twice_are_reported_at_their_first_place_sorted() {
    #expect(
      message("b: 1\na: 1\nb: 2\na: 2\n")
        == "a.yaml:2:1: error: these keys appear more than once in this mapping: 'a', 'b'")
    // Quoted or plain, the same string is the same key; another tag makes another key.
    #expect(
      message("\"a\": 1\na: 2\n")
        == "a.yaml:1:1: error: key 'a' appears more than once in this mapping")
    #expect(read("!!int 1: a\n1: b\n").messages.isEmpty)
    // The inner mapping ends first, so it is reported first.
    #expect(
      message("a:\n  x: 1\n  x: 2\na: 3\n")
        == "a.yaml:2:3: error: key 'x' appears more than once in this mapping")
  }

  @Test func a_repeated_key_is_shown_safely_and_a_collection_key_by_its_kind() {
    // Yams printed the escape itself, and '<uncovertable>' for a list or a mapping.
    #expect(
      message("\"\\e[2J\": 1\n\"\\e[2J\": 2\n")
        == "a.yaml:1:1: error: key '\\u{1B}[2J' appears more than once in this mapping")
    #expect(
      message("? [a]\n: 1\nz: 1\n? [a]\n: 2\nz: 2\n")
        == "a.yaml:3:1: error: these keys appear more than once in this mapping: 'z', a list")
    #expect(
      message("? {a: 1}\n: 1\n? {a: 1}\n: 2\n")
        == "a.yaml:1:3: error: a key that is a mapping appears more than once in this mapping")
  }

  @Test func a_character_yaml_refuses_is_located_where_it_is() {
    #expect(
      message("age_band: 22_plus\n\0x: y\n")
        == "a.yaml:2:1: error: cannot read the text: control characters are not allowed")
    // After other scripts and CR LF line ends too (Yams counted characters as bytes, and a
    // CR LF as one, and put these earlier).
    #expect(message("a: éé\nbé: 日本\u{2}\n")?.hasPrefix("a.yaml:2:7: error: cannot read") == true)
    #expect(message("a: 1\r\nb: 2\r\nc: \u{1}\r\n")?.hasPrefix("a.yaml:3:4: error:") == true)
    // Lines break at a lone CR and at LS as everywhere else in a document (review: these
    // were counted as one line).
    #expect(message("{\"a\": 1,\r\"b\": \"x\u{1}\"}\n")?.hasPrefix("a.yaml:2:8: error:") == true)
    #expect(
      message("{\"a\": 1,\u{2028}\"b\": \"x\u{1}\"}\n")?.hasPrefix("a.yaml:2:8: error:") == true)
  }

  @Test func a_byte_order_mark_is_skipped() throws {
    let root = try #require(read("\u{FEFF}age_band: 22_plus\n").root?.mapping)
    #expect(root["age_band"]?.string == "22_plus")
    #expect(
      message("\u{FEFF}age_band: [22_plus\n")
        == "a.yaml:2:1: error: YAML syntax error: did not find expected ',' or ']' "
        + "(while parsing a flow sequence at line 1)")
  }

  @Test func text_after_the_document_or_a_second_document_is_refused() {
    #expect(
      message("a: 1\n...\nb: 2\n")
        == "a.yaml:3:1: error: YAML syntax error: unexpected text after the end of the document")
    #expect(
      message("a: 1\n---\nb: 2\n")
        == "a.yaml:2:1: error: YAML syntax error: but found another document "
        + "(expected a single document in the stream at line 1)")
  }

  /// `depth` mappings, each the value of the one before.
  private func blockMappings(_ depth: Int) -> String {
    (0..<depth).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined()
      + String(repeating: " ", count: depth) + "v\n"
  }

  /// A tree `count` times `brackets` deep, for little text.
  ///
  /// Anchors `a1`... `a{count}`, each an alias of the one before inside `brackets` lists, and
  /// a mapping whose key is the last.
  private func aliasChain(_ count: Int, brackets: Int) -> String {
    let open = String(repeating: "[", count: brackets)
    let close = String(repeating: "]", count: brackets)
    let anchors = (1...count).map {
      "a\($0): &a\($0) \(open)\($0 == 1 ? "x" : "*a\($0 - 1)")\(close)"
    }
    return (anchors + ["? *a\(count)", ": 1"]).joined(separator: "\n") + "\n"
  }

  @Test func aliases_may_not_nest_the_tree_deeper_than_text_may() {
    // 13 anchors of 99 lists each would be 1,287 levels (of 990 each, 12,870: hashing the key
    // overflowed the stack). Refused at the first alias that passes 100 levels, where it
    // stands.
    #expect(
      message(aliasChain(13, brackets: 99))
        == "a.yaml:2:108: error: this alias nests the values more than 100 levels deep, "
        + "which no text may")
    // Up to 100 levels in all, counting the mapping that holds them, an alias chain is fine.
    let (messages, root) = read(aliasChain(3, brackets: 33))
    #expect(messages.isEmpty)
    #expect(root?.mapping?.count == 4)
    #expect(message(aliasChain(3, brackets: 34))?.contains("more than 100 levels") == true)
  }

  @Test func collections_may_nest_100_levels_deep_and_no_more() {
    let tooDeep = "error: the values are nested more than 100 levels deep; answers files and packs "
    #expect(read(blockMappings(100)).messages.isEmpty)
    #expect(
      message(blockMappings(101)) == "a.yaml:101:101: \(tooDeep)need only a few levels")
    #expect(
      read(String(repeating: "[", count: 100) + String(repeating: "]", count: 100)).messages.isEmpty
    )
    #expect(
      message(String(repeating: "[", count: 101) + String(repeating: "]", count: 101))
        == "a.yaml:1:101: \(tooDeep)need only a few levels")
    // Placed at the collection's anchor.
    let anchored = String(repeating: "&a [", count: 101) + String(repeating: "]", count: 101)
    #expect(message(anchored)?.hasPrefix("a.yaml:1:401: \(tooDeep)") == true)
    // A list under a key written without indentation is a level of the tree like any other:
    // 50 mappings, each holding such a list, are 100 levels; 51 are too many.
    func lists(_ count: Int) -> String {
      (0..<count).map {
        let indent = String(repeating: " ", count: 2 * $0)
        return "\(indent)k\($0):\n\(indent)-\n"
      }.joined() + String(repeating: " ", count: 2 * count + 1) + "v\n"
    }
    let (messages, root) = read(lists(50))
    #expect(messages.isEmpty)
    #expect(root?.mapping?["k0"]?.sequence?.count == 1)
    #expect(message(lists(51))?.contains(tooDeep) == true)
  }

  @Test func reading_stops_at_the_first_collection_too_deep_even_past_another_problem() {
    // Reading on inside 101 lists would visit them all for every token that follows.
    let deep = "a: {x: 1, x: 2}\nb: " + String(repeating: "[", count: 101) + "x"
    #expect(message(deep) == "a.yaml:1:5: error: key 'x' appears more than once in this mapping")
  }
}
