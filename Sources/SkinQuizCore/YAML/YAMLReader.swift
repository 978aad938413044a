import TextLayout

/// Reads typed values out of YAML nodes, reporting every mismatch with its location.
struct YAMLReader {
  /// The document being read.
  let document: YAMLDocument
  /// Where problems go: one log shared by every file of a load, so readers are values that
  /// need not be passed in and out.
  let log: DiagnosticLog
  /// Whether texts may not hold control or bidi characters (a pack's texts reach terminals and
  /// files that would obey them); line breaks and tabs are fine.
  var refusesControlCharacters = false

  /// Reports an error at `node` (at the start of the file when it is `nil`).
  func error(_ node: Node?, _ message: String) {
    log.append(Diagnostic(.error, at: document.location(of: node), message))
  }

  /// A short description of what a node is, for "expected X, found Y" messages.
  static func describe(_ node: Node) -> String {
    switch node {
    case .scalar(let scalar): return Quoted.value(scalar.string)
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    }
  }

  /// The mapping in `node`, or `nil` after reporting what was found instead.
  func mapping(_ node: Node?, _ what: String) -> Node.Mapping? {
    guard let node else { return nil }
    guard let mapping = node.mapping else {
      error(node, "\(what) must be a mapping of keys to values, found \(Self.describe(node))")
      return nil
    }
    return mapping
  }

  /// The list in `node`, or `nil` after reporting what was found instead.
  func sequence(_ node: Node?, _ what: String) -> [Node]? {
    guard let node else { return nil }
    guard let sequence = node.sequence else {
      error(node, "\(what) must be a list, found \(Self.describe(node))")
      return nil
    }
    return Array(sequence)
  }

  /// The text of the scalar in `node`, exactly as written (never converted to a number or a
  /// boolean), or `nil` after reporting what was found instead.
  func string(_ node: Node?, _ what: String) -> String? {
    guard let node else { return nil }
    guard let scalar = node.scalar else {
      error(node, "\(what) must be a single value, found \(Self.describe(node))")
      return nil
    }
    return scalar.string
  }

  /// Like ``string(_:_:)``, and also reports an empty value.
  func text(_ node: Node?, _ what: String) -> String? {
    guard let value = string(node, what) else { return nil }
    if value.allSatisfy(\.isWhitespace) {
      error(node, "\(what) is empty")
      return nil
    }
    if refusesControlCharacters,
      let bad = value.unicodeScalars.first(where: {
        $0.isControlOrBidi && $0 != "\n" && $0 != "\t"
      })
    {
      error(
        node,
        "\(what) contains the character \(Quoted.escaped(String(bad))), which a terminal would "
          + "act on or which reorders text; remove it")
      return nil
    }
    return value
  }

  /// The value of `key` in `mapping`, reporting it when it is required and missing.
  func value(
    _ key: String, in mapping: Node.Mapping, of owner: String, required: Bool = true
  ) -> Node? {
    if let node = mapping[key] { return node }
    if required {
      log.append(
        Diagnostic(.error, at: document.location(of: .mapping(mapping)), "\(owner) has no '\(key)'")
      )
    }
    return nil
  }

  /// The required `kind` of `owner`, one of the cases of `Kind`; an unknown one is reported with
  /// the closest valid kind and the list of them.
  func kind<Kind: RawRepresentable & CaseIterable>(
    _: Kind.Type, in mapping: Node.Mapping, of owner: String
  ) -> Kind? where Kind.RawValue == String {
    guard let node = value("kind", in: mapping, of: owner),
      let text = string(node, "the kind of \(owner)")
    else { return nil }
    if let kind = Kind(rawValue: text) { return kind }
    let kinds = Kind.allCases.map(\.rawValue)
    error(
      node,
      "\(owner): unknown kind \(Quoted.value(text))\(Suggestion.hint(for: text, among: kinds)); "
        + "valid: \(kinds.joined(separator: ", "))")
    return nil
  }

  /// Reports every key of `mapping` that is not in `allowed`, suggesting the closest one.
  func checkKeys(_ mapping: Node.Mapping, allowed: [String], of owner: String) {
    for key in mapping.keys {
      guard let name = key.string, !allowed.contains(name) else { continue }
      let hint = Suggestion.hint(for: name, among: allowed)
      error(
        key,
        "unknown key \(Quoted.value(name)) in \(owner)\(hint); allowed: \(allowed.joined(separator: ", "))"
      )
    }
  }
}
