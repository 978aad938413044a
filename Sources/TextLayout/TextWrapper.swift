/// Wraps text into lines of at most a given display width, breaking at spaces and never
/// inside a character; a word longer than the width is broken where it must be.
public struct TextWrapper: Sendable {
  /// The widest a line may be, in terminal columns.
  public var width: Int

  /// Creates a wrapper for lines of `width` columns (at least 1).
  public init(width: Int) {
    self.width = max(1, width)
  }

  /// `text` wrapped into lines; each line of `text` (a hard break) starts a new line.
  ///
  /// Control and bidi characters are left out (and a tab is a space): every text printed goes
  /// through here, and none may act on the terminal, whatever built the text.
  public func wrap(_ text: String) -> [String] {
    var text = Self.printable(text)
    // Read as bytes: a line feed is always a grapheme of its own, and in printable ASCII every
    // byte is a character and a column, so nearly all text is wrapped without finding
    // graphemes (which was most of the time spent drawing the welcome screen).
    return text.withUTF8 { bytes in
      var lines: [String] = []
      var start = 0
      while true {
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        let paragraph = UnsafeBufferPointer(rebasing: bytes[start..<end])
        lines +=
          paragraph.allSatisfy { (0x20..<0x7F).contains($0) }
          ? wrapASCII(paragraph) : wrapParagraph(String(decoding: paragraph, as: UTF8.self)[...])
        guard end < bytes.count else { return lines }
        start = end + 1
      }
    }
  }

  /// `text` without control or bidi characters but line breaks, tabs as spaces.
  public static func printable(_ text: String) -> String {
    // Printable ASCII and line feeds, nearly all text, are checked as bytes.
    guard text.utf8.contains(where: { !(0x20..<0x7F).contains($0) && $0 != 0x0A }),
      text.unicodeScalars.contains(where: \.isControlOrBidi)
    else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        result.unicodeScalars.append(scalar)
      } else if scalar == "\t" {
        result += " "
      } else if !scalar.isControlOrBidi {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `text` wrapped, each line prefixed by `indent` (the first by `firstIndent` if given).
  public func wrap(_ text: String, indent: String, firstIndent: String? = nil) -> [String] {
    let first = firstIndent ?? indent
    let room = width - max(DisplayWidth.of(indent), DisplayWidth.of(first))
    func indented(_ room: Int) -> [String] {
      TextWrapper(width: room).wrap(text).enumerated().map {
        ($0.offset == 0 ? first : indent) + $0.element
      }
    }
    let lines = indented(room)
    // A line that starts with a character extending the one before it (U+FE0F, a combining
    // mark) joins the indent's last character, which can then be a column wider ("0" and
    // U+FE0F are an emoji): such text is wrapped a column narrower (found by fuzzing), unless
    // the indent leaves a single column, where nothing narrower exists.
    guard room > 1, lines.contains(where: { DisplayWidth.of($0) > width }) else { return lines }
    return indented(room - 1)
  }

  /// `paragraph`, printable ASCII, wrapped: a byte is a character and a column.
  private func wrapASCII(_ paragraph: UnsafeBufferPointer<UInt8>) -> [String] {
    let space = UInt8(ascii: " ")
    var lines: [String] = []
    var line: [UInt8] = []
    line.reserveCapacity(width)
    var start = 0
    while start < paragraph.count {
      guard paragraph[start] != space else {
        start += 1
        continue
      }
      var end = start
      while end < paragraph.count, paragraph[end] != space { end += 1 }
      var word = paragraph[start..<end]
      start = end
      if !line.isEmpty, line.count + 1 + word.count <= width {
        line.append(space)
        line += word
        continue
      }
      if !line.isEmpty {
        lines.append(String(decoding: line, as: UTF8.self))
        line.removeAll(keepingCapacity: true)
      }
      while word.count > width {  // a word wider than a line: break it by columns
        lines.append(String(decoding: word.prefix(width), as: UTF8.self))
        word = word.dropFirst(width)
      }
      line += word
    }
    if !line.isEmpty || lines.isEmpty { lines.append(String(decoding: line, as: UTF8.self)) }
    return lines
  }

  private func wrapParagraph(_ paragraph: Substring) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in paragraph.split(separator: " ") {
      var word = word
      var wordWidth = DisplayWidth.of(word)
      // Whether a line has begun is `line.isEmpty`, not its width: a word of characters that
      // take no columns (a tab, U+200B) is still a word, and was lost (found by fuzzing).
      if !line.isEmpty, lineWidth + 1 + wordWidth <= width {
        line.append(" ")
        line.append(contentsOf: word)  // not `+`: its generic form ran unspecialized
        lineWidth += 1 + wordWidth
        continue
      }
      if !line.isEmpty {
        lines.append(line)
        (line, lineWidth) = ("", 0)
      }
      while wordWidth > width {  // a word wider than a line: break it by columns
        var head = ""
        var headWidth = 0
        for character in word {
          let characterWidth = DisplayWidth.of(character)
          // Only a line's first character may be wider than the line.
          if headWidth + characterWidth > width, !head.isEmpty { break }
          head.append(character)
          headWidth += characterWidth
        }
        lines.append(head)
        word = word.dropFirst(head.count)
        wordWidth -= headWidth
      }
      (line, lineWidth) = (String(word), wordWidth)
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}
