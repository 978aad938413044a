import CYAML

/// Runs libyaml's event parser over a text, handing each event on, and always deletes it.
enum EventStream {
  /// How deep collections may nest.
  ///
  /// libyaml 0.2.5 has no limit (the copy inside Yams, which SkinQuiz used before, had this
  /// one): a text of 10,000 `[` would otherwise make a tree 10,000 levels deep, which every
  /// recursive walk of it would pay for.
  static let maxNesting = 1000

  /// Calls `handle` with every event of `text`, from the start of the stream to its end.
  ///
  /// - Throws: the first problem libyaml finds, or the first one `handle` throws.
  static func read(
    _ text: String, _ handle: (YAMLEvent) throws(YAMLProblem) -> Void
  ) throws(YAMLProblem) {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { throw .memory }
    defer { yaml_parser_delete(&parser) }
    // The encoding is given, not guessed, as it was through Yams: libyaml then leaves a
    // byte-order mark to its scanner, which counts it as the first column.
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    // libyaml wants a pointer even for no text; the NUL it is never shown gives one.
    var bytes = ContiguousArray(text.utf8)
    let count = bytes.count
    bytes.append(0)
    let result = bytes.withUnsafeBufferPointer { buffer -> Result<Void, YAMLProblem> in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, count)
      while true {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else { return .failure(problem(of: parser)) }
        defer { yaml_event_delete(&event) }
        if let problem = nestingProblem(after: event, in: parser) { return .failure(problem) }
        do throws(YAMLProblem) {
          try handle(YAMLEvent(event))
        } catch {
          return .failure(error)
        }
        if event.type == YAML_STREAM_END_EVENT { return .success(()) }
      }
    }
    try result.get()
  }

  /// The problem that stopped `parser`.
  private static func problem(of parser: yaml_parser_t) -> YAMLProblem {
    let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
    switch parser.error {
    case YAML_READER_ERROR:
      return .reader(problem, offset: parser.problem_offset)
    case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
      let context = parser.context.map {
        (text: String(cString: $0), line: Int(parser.context_mark.line) + 1)
      }
      return .syntax(problem, at: YAMLEvent.mark(parser.problem_mark), context: context)
    default:
      return .memory
    }
  }

  /// The problem when `event` opens a collection past ``maxNesting``.
  ///
  /// This is the test the copy of libyaml inside Yams made before it gave such an event, on
  /// the same state, so that texts are refused exactly where they were: the scanner's
  /// indentation levels and flow levels, which run ahead of the events by up to a line.
  /// Sequences written without indentation under a key are not counted, as they were not.
  private static func nestingProblem(
    after event: yaml_event_t, in parser: yaml_parser_t
  ) -> YAMLProblem? {
    guard
      event.type == YAML_SEQUENCE_START_EVENT || event.type == YAML_MAPPING_START_EVENT,
      parser.state != YAML_PARSE_INDENTLESS_SEQUENCE_ENTRY_STATE
    else { return nil }
    let indents = parser.indents.start.distance(to: parser.indents.top)
    guard indents >= maxNesting - Int(parser.flow_level) else { return nil }
    // Where the collection's own token starts: a `[` or `{` is the last character before
    // the event's end; a block collection's token has no width.
    let isFlow =
      event.type == YAML_SEQUENCE_START_EVENT
      ? event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
      : event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
    var mark = YAMLEvent.mark(event.end_mark)
    if isFlow { mark.column -= 1 }
    return .syntax(
      "nested more than 1,000 levels deep", at: mark,
      context: ("while parsing", Int(event.start_mark.line) + 1))
  }
}
