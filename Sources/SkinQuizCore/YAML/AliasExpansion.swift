import CYaml

/// Guards against YAML whose aliases expand without bound (a "billion laughs"), before Yams
/// reads it.
///
/// Yams shares an alias's node instead of copying it, but it hashes every mapping key to find
/// duplicates, and a key that is an alias of an alias of ... is hashed whole: 30 lines of text
/// made it walk 2^30 values (found by fuzzing). Only what aliases add counts: a document
/// written out in full costs what its text costs, whatever its size (a clinic's pack of
/// thousands of questions), but no pack or answers file needs aliases that add more than a few
/// hundred values, so a document whose aliases would add more than ``limit`` is refused, at
/// the alias that does it.
enum AliasExpansion {
  /// The most values (scalars and collections) a document's aliases may add to it.
  static let limit = 100_000

  /// The line and column (1-based) of the first alias that takes what aliases add past
  /// ``limit``, or `nil` when they stay within it (or the text has a syntax error, which Yams
  /// then reports).
  static func firstExcess(in text: String) -> (line: Int, column: Int)? {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return nil }
    defer { yaml_parser_delete(&parser) }
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer -> (line: Int, column: Int)? in
      guard let base = buffer.baseAddress else { return nil }
      yaml_parser_set_input_string(&parser, base, buffer.count)
      // The expanded size of each anchored node and of each collection still open, and the
      // values the aliases so far have added.
      var anchored: [String: Int] = [:]
      var open: [(anchor: String?, size: Int)] = []
      var added = 0
      func add(_ size: Int) {
        if !open.isEmpty {
          open[open.count - 1].size = min(open[open.count - 1].size + size, limit + 1)
        }
      }
      while true {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
        defer { yaml_event_delete(&event) }
        switch event.type {
        case YAML_STREAM_END_EVENT:
          return nil
        case YAML_SCALAR_EVENT:
          if let anchor = name(event.data.scalar.anchor) { anchored[anchor] = 1 }
          add(1)
        case YAML_SEQUENCE_START_EVENT:
          open.append((name(event.data.sequence_start.anchor), 1))
        case YAML_MAPPING_START_EVENT:
          open.append((name(event.data.mapping_start.anchor), 1))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
          guard let closed = open.popLast() else { return nil }
          if let anchor = closed.anchor { anchored[anchor] = closed.size }
          add(closed.size)
        case YAML_ALIAS_EVENT:
          let size = name(event.data.alias.anchor).flatMap { anchored[$0] } ?? 1
          add(size)
          added = min(added + size, limit + 1)
          if added > limit {
            return (Int(event.start_mark.line) + 1, Int(event.start_mark.column) + 1)
          }
        default:
          break
        }
      }
    }
  }

  /// The text of a libyaml anchor name, if there is one.
  private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    anchor.map { String(cString: $0) }
  }
}
