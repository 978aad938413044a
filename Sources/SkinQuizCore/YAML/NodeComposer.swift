/// Builds the node tree of a YAML text from libyaml's events, resolving aliases as it goes.
///
/// A text holds one document. Every mapping is checked for keys written twice, and an alias
/// must name an anchor already complete (so no node contains itself). Collections may not
/// nest more than ``maxNesting`` deep, whether written out or through aliases.
struct NodeComposer {
  /// How deep collections may nest.
  ///
  /// libyaml has no limit of its own, and its scanner visits every open flow level for every
  /// token: a 2 MB list inside 990 others took 18 s to read, 4 s inside 90. Without a limit,
  /// a chain of anchors, each an alias of the last inside many brackets, made a tree 12,870
  /// levels deep from a few lines, and hashing a key of it overflowed the stack. A pack or an
  /// answers file nests about six levels. (The copy of libyaml inside Yams, which SkinQuiz
  /// used before, allowed 1,000, counting the scanner's levels rather than the tree's.)
  static let maxNesting = 100

  /// The document's root, once read; `nil` for a text with no document.
  private(set) var root: Node?
  /// The collections begun and not yet ended, innermost last.
  private var open: [Collection] = []
  /// The node each anchor names, and how many collections deep it nests; a later anchor of
  /// the same name replaces it.
  private var anchors: [String: (node: Node, depth: Int)] = [:]
  private var documents = 0

  /// A collection being read: a mapping's items are its keys and values in turn.
  private struct Collection {
    var isMapping: Bool
    var tag: String
    var anchor: String?
    var mark: Node.Mark
    var items: [Node] = []
    /// How many collections deep it nests, itself included.
    var depth = 1
  }

  /// The root of the single document in `text`, `nil` when there is none.
  ///
  /// Aliases are counted over the whole text (``AliasBudget``), even past a problem the tree
  /// has, as a separate pass did before the tree was read: a text whose aliases add too much
  /// is refused for that, whatever else is wrong with it, unless libyaml stops before.
  /// Reading stops at the first collection nested too deep, past a problem or not: reading on
  /// at that depth is what is slow.
  static func compose(_ text: String) throws(YAMLProblem) -> Node? {
    var budget = AliasBudget()
    var composer = NodeComposer()
    var problem: YAMLProblem?
    var depth = 0
    do throws(YAMLProblem) {
      try EventStream.read(text) { event throws(YAMLProblem) in
        if !budget.admits(event), case .alias(_, let mark) = event {
          throw .aliasExcess(at: mark)
        }
        switch event {
        case .collectionStart(_, _, _, let mark):
          depth += 1
          if depth > maxNesting { throw problem ?? .nestedTooDeep(at: mark) }
        case .collectionEnd: depth -= 1
        default: break
        }
        guard problem == nil else { return }
        do throws(YAMLProblem) {
          try composer.take(event)
        } catch {
          problem = error
        }
      }
    } catch {
      switch error {
      case .aliasExcess, .nestedTooDeep: throw error
      default: throw problem ?? error
      }
    }
    if let problem { throw problem }
    return composer.root
  }

  /// Adds `event` to the tree.
  private mutating func take(_ event: YAMLEvent) throws(YAMLProblem) {
    switch event {
    case .documentStart(let mark):
      documents += 1
      if documents > 1 {
        throw .syntax(
          "but found another document", at: mark,
          context: ("expected a single document in the stream", 1))
      }
    case .scalar(let scalar, let anchor):
      add(.scalar(scalar), depth: 0, anchor: anchor)
    case .alias(let name, let mark):
      guard let (node, depth) = anchors[name] else {
        throw .syntax("found undefined alias", at: mark, context: nil)
      }
      guard open.count + depth <= Self.maxNesting else { throw .aliasTooDeep(at: mark) }
      add(node, depth: depth, anchor: nil)
    case .collectionStart(let isMapping, let tag, let anchor, let mark):
      open.append(Collection(isMapping: isMapping, tag: tag, anchor: anchor, mark: mark))
    case .collectionEnd:
      guard let collection = open.popLast() else { return }
      add(try Self.node(of: collection), depth: collection.depth, anchor: collection.anchor)
    case .streamStart, .streamEnd, .documentEnd:
      break
    }
  }

  /// Names `node`, `depth` collections deep, by `anchor`, if any, and puts it in the
  /// collection it belongs to.
  private mutating func add(_ node: Node, depth: Int, anchor: String?) {
    if let anchor { anchors[anchor] = (node, depth) }
    if open.isEmpty {
      root = node
    } else {
      open[open.count - 1].items.append(node)
      open[open.count - 1].depth = max(open[open.count - 1].depth, depth + 1)
    }
  }

  /// The node of a collection that has ended.
  private static func node(of collection: Collection) throws(YAMLProblem) -> Node {
    let items = collection.items
    guard collection.isMapping else {
      return .sequence(Node.Sequence(items, tag: collection.tag, mark: collection.mark))
    }
    let pairs = stride(from: 0, to: items.count - 1, by: 2).map {
      (key: items[$0], value: items[$0 + 1])
    }
    let keys = pairs.map(\.key)
    let repeated = repeatedKeys(keys)
    if !repeated.isEmpty { throw .duplicateKeys(repeated) }
    return .mapping(Node.Mapping(pairs, tag: collection.tag, mark: collection.mark))
  }

  /// Each key that `keys` holds more than once, at its first place: strings in order, then
  /// other keys in the order written.
  static func repeatedKeys(_ keys: [Node]) -> [Node] {
    var first: [Node: Int] = [:]
    var repeated = Set<Int>()
    for (index, key) in keys.enumerated() {
      if let earlier = first[key] {
        repeated.insert(earlier)
      } else {
        first[key] = index
      }
    }
    return repeated.sorted { lhs, rhs in
      switch (keys[lhs].string, keys[rhs].string) {
      case (let left?, let right?): left == right ? lhs < rhs : left < right
      case (.some, nil): true
      case (nil, .some): false
      case (nil, nil): lhs < rhs
      }
    }.map { keys[$0] }
  }
}
