/// The two ways help text is wrapped: greedily by words for the lists written here, and as
/// swift-argument-parser wraps, whose layout the help keeps byte for byte.
enum Paragraph {
  /// `text`'s words in lines of at most `width` characters; a longer word stands alone.
  static func lines(of text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty, line.count + 1 + word.count <= width {
        line += " " + word
      } else {
        if !line.isEmpty { lines.append(line) }
        line = String(word)
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }

  /// `text` wrapped to `columns` with every line but empty ones indented by `indent` spaces.
  ///
  /// The layout of swift-argument-parser 1.8.2, kept so that the help reads as it always has:
  /// each line takes the next `columns - indent` characters back to their last space (so a
  /// line holds at most one character fewer), or the next whole word when there is no space,
  /// and line breaks in `text` are kept.
  static func wrapped(_ text: String, columns: Int, indent: Int = 0) -> String {
    let room = max(1, columns - indent)
    let characters = Array(text)
    var result: [String] = []
    var start = 0
    while true {
      let end = min(characters.count, start + room)
      let chunk = characters[start..<end]
      if let lastBreak = chunk.lastIndex(of: "\n") {
        result += String(characters[start..<lastBreak]).split(
          separator: "\n", omittingEmptySubsequences: false
        ).map(String.init)
        start = lastBreak + 1
      } else if end == characters.count {
        result.append(String(chunk))
        break
      } else if let lastSpace = chunk.lastIndex(of: " ") {
        result.append(String(characters[start..<lastSpace]))
        start = lastSpace + 1
      } else if let nextSpace = characters[start...].firstIndex(of: " ") {
        result.append(String(characters[start..<nextSpace]))
        start = nextSpace + 1
      } else {
        result.append(String(characters[start...]))
        break
      }
    }
    let spaces = String(repeating: " ", count: indent)
    return result.map { $0.isEmpty ? $0 : spaces + $0 }.joined(separator: "\n")
  }
}
