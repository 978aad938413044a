/// The values every pack file reads the same way: its top-level list, ids and conditions.
extension YAMLReader {
  /// What an id may be made of, for messages.
  static let idPattern = "lowercase letters, digits and '_', starting with a letter or digit"

  /// The list under the single top-level key of a file such as `questions:`.
  func topList(key: String) -> [Node] {
    guard let root = mapping(document.root, "the top level of the file") else { return [] }
    checkKeys(root, allowed: [key], of: "the top level of the file")
    guard let list = value(key, in: root, of: "the top level of the file") else { return [] }
    return sequence(list, "'\(key)'") ?? []
  }

  /// Reads each entry of the file's top-level list under `key` with `entry`, which is given
  /// the ids seen so far and returns `nil` for an entry it leaves out.
  func entries<Entry>(
    under key: String, _ entry: (Node, inout [String: FileLocation]) -> Entry?
  ) -> [Entry] {
    var seen: [String: FileLocation] = [:]
    return topList(key: key).compactMap { entry($0, &seen) }
  }

  /// Checks the form of an id and that it was not used before; returns it when valid.
  func id(_ node: Node?, _ what: String, seen: inout [String: FileLocation]) -> String? {
    guard let id = text(node, "the id of a \(what)") else { return nil }
    let scalars = id.unicodeScalars
    let isValid =
      scalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
      && scalars.first != "_" && !scalars.allSatisfy { ("0"..."9").contains($0) }
    if !isValid {
      // Reported, but kept: every reference to it would otherwise be reported too.
      error(
        node, "\(what) id \(Quoted.value(id)) must be \(Self.idPattern), and not only digits")
    }
    if let first = seen[id] {
      error(node, "duplicate \(what) id \(Quoted.value(id)) (first defined at \(first))")
      return nil
    }
    seen[id] = document.location(of: node)
    return id
  }

  /// Parses and resolves the condition in `node`, reporting problems at their exact column.
  ///
  /// - Parameter verdictRule: why `owner` may not read the verdict, or `nil` when it may.
  func condition(
    _ node: Node, of owner: String, resolver: ConditionResolver, verdictRule: String?
  ) -> Condition? {
    guard let text = text(node, "the condition of \(owner)") else { return nil }
    let syntax: ConditionSyntax
    do {
      syntax = try ConditionParser.parse(text)
    } catch {
      log.append(
        Diagnostic(
          .error, at: document.location(ofOffset: error.offset, in: node),
          "\(owner): syntax error in \(Quoted.value(text)): \(error.message)"))
      return nil
    }
    var problems: [(offset: Int, message: String)] = []
    let condition = resolver.resolve(syntax, verdictRule: verdictRule) { offset, message in
      problems.append((offset, message))
    }
    // Located together: one walk through the condition, however many problems it has.
    let locations = document.locations(ofOffsets: problems.map(\.offset), in: node)
    log.append(
      contentsOf: zip(locations, problems).map { location, problem in
        Diagnostic(.error, at: location, "\(owner): \(problem.message)")
      })
    return condition
  }
}
