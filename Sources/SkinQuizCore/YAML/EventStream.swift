import CYAML

/// Runs libyaml's event parser over a text, handing each event on, and always deletes it.
enum EventStream {
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
}
