/// Why a YAML text could not be read into a node tree.
enum YAMLProblem: Error {
  /// libyaml's scanner or parser, or the composer, refused the text at `mark`; `context` is
  /// what was being read and the line where it began.
  case syntax(String, at: Node.Mark, context: (text: String, line: Int)?)
  /// A character YAML does not allow, at a byte offset of the UTF-8 text.
  case reader(String, offset: Int)
  /// Keys that a mapping has more than once, each at its first place, the first one first.
  case duplicateKeys([Node])
  /// An alias that takes what aliases add past ``AliasBudget/limit``.
  case aliasExcess(at: Node.Mark)
  /// A collection that starts more than ``NodeComposer/maxNesting`` collections deep.
  case nestedTooDeep(at: Node.Mark)
  /// An alias whose node, where it stands, nests more than ``NodeComposer/maxNesting`` deep.
  case aliasTooDeep(at: Node.Mark)
  /// libyaml could not allocate memory.
  case memory

  /// The problem as a diagnostic in `file`, whose text is `text`.
  ///
  /// - Parameter language: what to call the text (`YAML`, `JSON`).
  func diagnostic(file: String, text: String, language: String) -> Diagnostic {
    func at(_ mark: Node.Mark) -> FileLocation {
      FileLocation(file: file, line: mark.line, column: mark.column)
    }
    switch self {
    case .syntax(let problem, let mark, let context):
      // libyaml's words for this are obscure.
      let problem =
        if problem == "did not find expected <document start>" {
          "unexpected text after the end of the \(language == "JSON" ? "JSON value" : "document")"
        } else {
          problem
        }
      var message = "\(language) syntax error: \(problem)"
      if let context, context.text != problem {
        message += " (\(context.text) at line \(context.line))"
      }
      return Diagnostic(.error, at: at(mark), message)
    case .reader(let problem, let offset):
      // Lines break as everywhere else in a document (CR, LF, CR LF, NEL, LS, PS).
      let before = YAMLDocument.lines(of: String(decoding: text.utf8.prefix(offset), as: UTF8.self))
      return Diagnostic(
        .error,
        at: FileLocation(file: file, line: before.count, column: (before.last?.count ?? 0) + 1),
        "cannot read the text: \(problem)")
    case .duplicateKeys(let keys):
      let names = keys.map { $0.string.map { Quoted.value($0) } ?? YAMLReader.describe($0) }
      let message =
        if keys.count > 1 {
          "these keys appear more than once in this mapping: \(names.joined(separator: ", "))"
        } else if keys[0].string == nil {
          "a key that is \(names[0]) appears more than once in this mapping"
        } else {
          "key \(names[0]) appears more than once in this mapping"
        }
      return Diagnostic(.error, at: at(keys[0].mark), message)
    case .aliasExcess(let mark):
      return Diagnostic(
        .error, at: at(mark),
        "this alias would add more than 100,000 values to the "
          + "\(language == "JSON" ? "text" : "document"); write the values out instead")
    case .nestedTooDeep(let mark):
      return Diagnostic(
        .error, at: at(mark),
        "the values are nested more than \(NodeComposer.maxNesting) levels deep; "
          + "answers files and packs need only a few levels")
    case .aliasTooDeep(let mark):
      return Diagnostic(
        .error, at: at(mark),
        "this alias nests the values more than \(NodeComposer.maxNesting) levels deep, "
          + "which no text may")
    case .memory:
      return Diagnostic(.error, at: FileLocation(file: file), "cannot read YAML: out of memory")
    }
  }
}
