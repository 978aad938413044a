import Yams

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
    if let (line, column) = AliasExpansion.firstExcess(in: text) {
      root = nil
      diagnostics.append(
        Diagnostic(
          .error, at: FileLocation(file: file, line: line, column: column),
          "this alias would add more than 100,000 values to the "
            + "\(language == "JSON" ? "text" : "document"); write the values out instead"))
      return
    }
    do {
      // Values are read as the text written, never as numbers or booleans, so the tags YAML
      // would resolve (each with a regular expression) are not needed.
      root = try Yams.compose(yaml: text, .basic)
    } catch let error as YamlError {
      root = nil
      diagnostics.append(Self.diagnostic(for: error, file: file, language: language))
    } catch {
      root = nil
      diagnostics.append(Diagnostic(.error, at: FileLocation(file: file), "\(error)"))
    }
  }

  private static func diagnostic(for error: YamlError, file: String, language: String) -> Diagnostic
  {
    func located(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) -> Diagnostic {
      // libyaml's words for these are obscure, or speak of its own API.
      let problem =
        if problem == "did not find expected <document start>" {
          "unexpected text after the end of the \(language == "JSON" ? "JSON value" : "document")"
        } else if problem.hasPrefix("Maximum nesting level reached") {
          "nested more than 1,000 levels deep"
        } else {
          problem
        }
      var message = "\(language) syntax error: \(problem)"
      if let context, context.text != problem {
        message += " (\(context.text) at line \(context.mark.line))"
      }
      return Diagnostic(
        .error, at: FileLocation(file: file, line: mark.line, column: mark.column), message)
    }
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      return located(mark, problem, context)
    case .reader(let problem, let offset, _, let yaml):
      let prefix = offset.map { String(decoding: yaml.utf8.prefix($0), as: UTF8.self) } ?? ""
      let line = prefix.split(separator: "\n", omittingEmptySubsequences: false)
      let location = FileLocation(
        file: file, line: line.count, column: (line.last?.unicodeScalars.count ?? 0) + 1)
      return Diagnostic(.error, at: location, "cannot read the text: \(problem)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      let location = FileLocation(
        file: file, line: context.mark.line, column: context.mark.column)
      return Diagnostic(.error, at: location, "key \(keys) appears more than once in this mapping")
    default:
      return Diagnostic(.error, at: FileLocation(file: file), "cannot read YAML: \(error)")
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
    guard let scalar = node.scalar, let mark = scalar.mark else {
      return offsets.map { _ in location(of: node) }
    }
    if lineCache.lines == nil { lineCache.lines = Self.lines(of: text) }
    let lines = lineCache.lines ?? []
    var line = mark.line - 1
    var column = mark.column - 1
    switch scalar.style {
    case .literal, .folded:
      line += 1
      column = 0
    case .singleQuoted, .doubleQuoted:
      column += 1
    default:
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
