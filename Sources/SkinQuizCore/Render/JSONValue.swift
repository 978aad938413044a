/// A JSON value whose objects keep their keys in the order given, for stable, readable output.
public indirect enum JSONValue: Equatable, Sendable {
  /// A string.
  case string(String)
  /// `true` or `false`.
  case bool(Bool)
  /// A list.
  case array([JSONValue])
  /// An object, its members in the order given.
  case object([(String, JSONValue)])

  /// Values are equal when they serialize alike.
  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.serialized() == rhs.serialized()
  }

  /// The value as JSON text, indented by two spaces, with a final newline.
  public func serialized() -> String {
    var output = ""
    write(to: &output, indent: "")
    return output + "\n"
  }

  /// The value as JSON text on one line, with no spaces between tokens and no final newline:
  /// one line of JSON Lines.
  public func compactSerialized() -> String {
    var output = ""
    write(to: &output, indent: nil)
    return output
  }

  /// Writes the value; `indent` is the current line's indentation, or `nil` for one line.
  private func write(to output: inout String, indent: String?) {
    switch self {
    case .string(let text): Self.writeString(text, to: &output)
    case .bool(let value): output += value ? "true" : "false"
    case .array(let items):
      guard !items.isEmpty else { return output += "[]" }
      output += "["
      for (index, item) in items.enumerated() {
        Self.startMember(index == 0, in: &output, indent: indent)
        item.write(to: &output, indent: indent.map { $0 + "  " })
      }
      Self.close("]", in: &output, indent: indent)
    case .object(let members):
      guard !members.isEmpty else { return output += "{}" }
      output += "{"
      for (index, (key, value)) in members.enumerated() {
        Self.startMember(index == 0, in: &output, indent: indent)
        Self.writeString(key, to: &output)
        output += indent == nil ? ":" : ": "
        value.write(to: &output, indent: indent.map { $0 + "  " })
      }
      Self.close("}", in: &output, indent: indent)
    }
  }

  /// Separates a member from the one before, and indents it on its own line unless compact.
  private static func startMember(_ first: Bool, in output: inout String, indent: String?) {
    if !first { output += "," }
    if let indent { output += "\n" + indent + "  " }
  }

  /// Closes a list or object, on a line of its own unless compact.
  private static func close(_ bracket: String, in output: inout String, indent: String?) {
    if let indent { output += "\n" + indent }
    output += bracket
  }

  /// Writes `text` as a JSON string (also for writers that put a result together from pieces).
  ///
  /// Escaped: the quote, the backslash, control characters, and U+2028 and U+2029 (which end a
  /// line in JavaScript). Everything else is copied a run at a time, not character by
  /// character: this was a third of an `--answers` run's instructions. A text with nothing to
  /// escape, nearly every one, is copied whole after one pass over its bytes (a batch's
  /// explanations were a fifth of its time here).
  static func writeString(_ text: String, to output: inout String) {
    output += "\""
    if text.utf8.withContiguousStorageIfAvailable(Self.needsNoEscape) == true {
      output += text
      output += "\""
      return
    }
    let bytes = text.utf8
    var run = bytes.startIndex
    var index = run
    while index != bytes.endIndex {
      let next = bytes.index(after: index)
      let byte = bytes[index]
      // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
      let lineSeparator =
        byte == 0xE2
        && (bytes[next...].starts(with: [0x80, 0xA8]) || bytes[next...].starts(with: [0x80, 0xA9]))
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || lineSeparator
      else {
        index = next
        continue
      }
      output.append(contentsOf: text[run..<index])
      let escaped: Unicode.Scalar = text.unicodeScalars[index]
      switch escaped {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      default:
        let hex = String(escaped.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      }
      index = text.unicodeScalars.index(after: index)
      run = index
    }
    output.append(contentsOf: text[run...])
    output += "\""
  }

  /// Whether UTF-8 `bytes` hold nothing that ``writeString(_:to:)`` escapes.
  private static func needsNoEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for index in bytes.indices {
      switch bytes[index] {
      case 0..<0x20, UInt8(ascii: "\""), UInt8(ascii: "\\"): return false
      case 0xE2:  // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; curly quotes start alike
        if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xFE == 0xA8 {
          return false
        }
      default: continue
      }
    }
    return true
  }
}
