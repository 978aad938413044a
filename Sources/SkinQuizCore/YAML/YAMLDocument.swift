/// A parsed YAML file that remembers where every node came from, for located diagnostics.
struct YAMLDocument {
  /// The file, as it should appear in messages.
  var file: String
  /// The root node, or `nil` when the file is empty or did not parse.
  var root: Node?
  /// The text, kept to locate positions inside values when something is reported there.
  private var text: String
  /// The text's lines, split the first time a position inside a value is located (and only
  /// then), and kept: a pack with thousands of problems must not split its file for each.
  private let lineCache = LineCache()

  /// Holds the lines once split; a class, so a document can fill it when it is read.
  private final class LineCache {
    var lines: [[Unicode.Scalar]]?
  }

  /// Parses `text`; a syntax error is appended to `diagnostics` and leaves `root` empty.
  ///
  /// - Parameter language: what to call the text in syntax errors (`YAML`, `JSON`).
  init(file: String, text: String, language: String = "YAML", diagnostics: inout [Diagnostic]) {
    self.file = file
    self.text = text
    do {
      root = try NodeComposer.compose(text)
    } catch {
      root = nil
      diagnostics.append(error.diagnostic(file: file, text: text, language: language))
    }
  }

  /// The value of `key` in the root mapping, if there is one.
  func topLevelValue(_ key: String) -> Node? {
    root?.mapping?[key]
  }

  /// Where `node` starts.
  func location(of node: Node?) -> FileLocation {
    guard let mark = node?.mark else { return FileLocation(file: file) }
    return FileLocation(file: file, line: mark.line, column: mark.column)
  }

  /// The lines of `text` as libyaml counts them, so that its marks index them: a line ends at
  /// LF, CR, CR LF, NEL, LS or PS. (Splitting at "\n" alone missed every CR LF, which Swift
  /// keeps as one character, and a problem in a condition of such a file crashed: found by
  /// fuzzing.)
  static func lines(of text: String) -> [[Unicode.Scalar]] {
    var lines: [[Unicode.Scalar]] = [[]]
    var afterCR = false
    for scalar in text.unicodeScalars {
      defer { afterCR = scalar == "\r" }
      switch scalar {
      case "\n" where afterCR: continue
      case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": lines.append([])
      default: lines[lines.count - 1].append(scalar)
      }
    }
    return lines
  }

  /// Where the scalar at `offset` (in Unicode scalars) of the string value of `node` stands in
  /// the file, following the value through quotes, block indicators and line folds.
  func location(ofOffset offset: Int, in node: Node) -> FileLocation {
    locations(ofOffsets: [offset], in: node)[0]
  }

  /// Where each of `offsets` of the string value of `node` stands in the file, in one walk
  /// through the value, so that many problems in one value take linear time.
  func locations(ofOffsets offsets: [Int], in node: Node) -> [FileLocation] {
    guard !offsets.isEmpty else { return [] }
    guard let scalar = node.scalar else {
      return offsets.map { _ in location(of: node) }
    }
    if lineCache.lines == nil { lineCache.lines = Self.lines(of: text) }
    let lines = lineCache.lines ?? []
    var line = scalar.mark.line - 1
    var column = scalar.mark.column - 1
    switch scalar.style {
    case .literal, .folded:
      line += 1
      column = 0
    case .singleQuoted, .doubleQuoted:
      column += 1
    case .plain:
      break
    }
    func current() -> Unicode.Scalar? {
      guard line < lines.count else { return nil }
      return column < lines[line].count ? lines[line][column] : "\n"
    }
    func step() {
      guard line < lines.count else { return }
      if column < lines[line].count { column += 1 } else { (line, column) = (line + 1, 0) }
    }
    let value = Array(scalar.string.unicodeScalars)
    // Offsets past the end point just after the value.
    let targets = Array(Set(offsets.map { min(max(0, $0), value.count) })).sorted()
    var found: [Int: FileLocation] = [:]
    var next = 0
    for index in 0...(targets.last ?? 0) {
      let isTarget = index == targets[next]
      let isSpace = index < value.count && value[index].properties.isWhitespace
      if !isTarget, isSpace { continue }
      while let char = current(), char.properties.isWhitespace || char == "\n" { step() }
      if isTarget {
        found[index] = FileLocation(file: file, line: line + 1, column: column + 1)
        next += 1
        if next == targets.count { break }
      }
      if !isSpace { step() }
    }
    return offsets.map { found[min(max(0, $0), value.count)] ?? location(of: node) }
  }
}
