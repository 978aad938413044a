import CYAML

/// One of libyaml's parsing events, copied out of libyaml's memory.
enum YAMLEvent {
  case streamStart
  case streamEnd
  case documentStart(Node.Mark)
  case documentEnd
  case scalar(Node.Scalar, anchor: String?)
  case alias(anchor: String, Node.Mark)
  /// A mapping or a list begins, with its tag resolved (``Node/DefaultTag``).
  case collectionStart(isMapping: Bool, tag: String, anchor: String?, Node.Mark)
  case collectionEnd

  /// The event libyaml filled in.
  init(_ event: yaml_event_t) {
    let mark = Self.mark(event.start_mark)
    switch event.type {
    case YAML_STREAM_START_EVENT: self = .streamStart
    case YAML_DOCUMENT_START_EVENT: self = .documentStart(mark)
    case YAML_DOCUMENT_END_EVENT: self = .documentEnd
    case YAML_ALIAS_EVENT: self = .alias(anchor: Self.text(event.data.alias.anchor) ?? "", mark)
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      // A scalar may hold NUL characters (written "\0"), so its length is libyaml's, not strlen.
      let value = String(
        decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
      let written = scalar.quoted_implicit == 1 ? nil : Self.text(scalar.tag)
      let node = Node.Scalar(
        string: value, tag: Self.resolved(written, default: Node.DefaultTag.string),
        style: Self.style(scalar.style), mark: mark)
      self = .scalar(node, anchor: Self.text(scalar.anchor))
    case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
      // The two start events have the same layout (anchor, tag, implicit, style).
      let start = event.data.sequence_start
      let isMapping = event.type == YAML_MAPPING_START_EVENT
      let written = start.implicit != 0 ? nil : Self.text(start.tag)
      let tag = Self.resolved(
        written, default: isMapping ? Node.DefaultTag.mapping : Node.DefaultTag.sequence)
      self = .collectionStart(
        isMapping: isMapping, tag: tag, anchor: Self.text(start.anchor), mark)
    default:
      self = .collectionEnd  // YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT
    }
  }

  /// A libyaml mark (from 0) as a ``Node/Mark`` (from 1).
  static func mark(_ mark: yaml_mark_t) -> Node.Mark {
    Node.Mark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
  }

  /// A written tag, or the default of its kind when none is written or it is the
  /// non-specific `!`.
  private static func resolved(_ tag: String?, default defaultTag: String) -> String {
    guard let tag, !tag.isEmpty, tag != "!" else { return defaultTag }
    return tag
  }

  private static func style(_ style: yaml_scalar_style_t) -> Node.Scalar.Style {
    switch style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE: .literal
    case YAML_FOLDED_SCALAR_STYLE: .folded
    default: .plain
    }
  }

  /// A libyaml string (an anchor or a tag), if there is one.
  private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }
}
