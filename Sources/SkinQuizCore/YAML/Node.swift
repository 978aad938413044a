/// A node of a parsed YAML document, which remembers where it starts.
///
/// Aliases are resolved when the document is read (``NodeComposer``): an alias is the node its
/// anchor names, with that node's location. Two nodes are equal when their values and tags are,
/// wherever they stand, which is how YAML tells that a mapping has a key twice.
enum Node: Hashable, Sendable {
  case scalar(Scalar)
  case mapping(Mapping)
  case sequence(Sequence)

  /// Where a node starts: line and column, both from 1; columns count Unicode scalars.
  struct Mark: Hashable, Sendable {
    var line: Int
    var column: Int
  }

  /// The tags a node has when none is written.
  ///
  /// Values are read as the text written, never resolved to numbers or booleans, so every
  /// plain scalar is a string.
  enum DefaultTag {
    static let string = "tag:yaml.org,2002:str"
    static let sequence = "tag:yaml.org,2002:seq"
    static let mapping = "tag:yaml.org,2002:map"
  }

  /// A single value: its text exactly as written, decoded from its quotes or block style.
  struct Scalar: Hashable, Sendable {
    /// How the value is written, which decides where its characters stand in the file.
    enum Style: Hashable, Sendable {
      case plain, singleQuoted, doubleQuoted, literal, folded
    }

    var string: String
    var tag: String
    private var written: Uncompared<(style: Style, mark: Mark)>
    var style: Style { written.value.style }
    var mark: Mark { written.value.mark }

    init(string: String, tag: String, style: Style, mark: Mark) {
      self.string = string
      self.tag = tag
      self.written = Uncompared(value: (style, mark))
    }
  }

  /// A mapping's pairs, in the order written.
  struct Mapping: RandomAccessCollection, Hashable, Sendable {
    private var pairs: [Pair]
    var tag: String
    private var place: Uncompared<Mark>
    var mark: Mark { place.value }
    /// The hash of the whole mapping, made once from its children's (see ``Node/digest(_:_:)``).
    private var digest: Int

    private struct Pair: Hashable, Sendable {
      var key: Node
      var value: Node
    }

    init(_ pairs: [(key: Node, value: Node)], tag: String, mark: Mark) {
      self.pairs = pairs.map { Pair(key: $0.key, value: $0.value) }
      self.tag = tag
      self.place = Uncompared(value: mark)
      self.digest = Node.digest(tag, pairs.flatMap { [$0.key, $0.value] })
    }

    func hash(into hasher: inout Hasher) { hasher.combine(digest) }

    static func == (lhs: Self, rhs: Self) -> Bool {
      lhs.digest == rhs.digest && lhs.tag == rhs.tag && lhs.pairs == rhs.pairs
    }

    var startIndex: Int { pairs.startIndex }
    var endIndex: Int { pairs.endIndex }
    subscript(position: Int) -> (key: Node, value: Node) {
      (pairs[position].key, pairs[position].value)
    }

    /// The keys, in the order written.
    var keys: [Node] { pairs.map(\.key) }

    /// The value of the string key `key` (a key written with another tag, such as `!!int 1`,
    /// is not the string).
    subscript(key: String) -> Node? {
      pairs.last { pair in
        guard case .scalar(let scalar) = pair.key else { return false }
        return scalar.string == key && scalar.tag == DefaultTag.string
      }?.value
    }
  }

  /// A list's items, in order.
  struct Sequence: RandomAccessCollection, Hashable, Sendable {
    private var items: [Node]
    var tag: String
    private var place: Uncompared<Mark>
    var mark: Mark { place.value }
    /// The hash of the whole list, made once from its items' (see ``Node/digest(_:_:)``).
    private var digest: Int

    init(_ items: [Node], tag: String, mark: Mark) {
      self.items = items
      self.tag = tag
      self.place = Uncompared(value: mark)
      self.digest = Node.digest(tag, items)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(digest) }

    static func == (lhs: Self, rhs: Self) -> Bool {
      lhs.digest == rhs.digest && lhs.tag == rhs.tag && lhs.items == rhs.items
    }

    var startIndex: Int { items.startIndex }
    var endIndex: Int { items.endIndex }
    subscript(position: Int) -> Node { items[position] }
  }

  /// The hash of a collection with `tag` and `children`, made once when it is built.
  ///
  /// A collection hashes as this number, not by walking what it holds: every mapping's keys
  /// are hashed to find one written twice, and keys that each hold the next mapping were
  /// hashed whole at every level (a 2 MB text took two minutes). A child collection adds its
  /// own digest, so building every digest of a document costs what reading it costs.
  static func digest(_ tag: String, _ children: [Node]) -> Int {
    var hasher = Hasher()
    hasher.combine(tag)
    hasher.combine(children.count)
    for child in children { hasher.combine(child) }
    return hasher.finalize()
  }

  /// The scalar, if the node is one.
  var scalar: Scalar? {
    if case .scalar(let scalar) = self { return scalar }
    return nil
  }

  /// The mapping, if the node is one.
  var mapping: Mapping? {
    if case .mapping(let mapping) = self { return mapping }
    return nil
  }

  /// The list, if the node is one.
  var sequence: Sequence? {
    if case .sequence(let sequence) = self { return sequence }
    return nil
  }

  /// The text of the scalar, if the node is one.
  var string: String? { scalar?.string }

  /// Where the node starts.
  var mark: Mark {
    switch self {
    case .scalar(let scalar): scalar.mark
    case .mapping(let mapping): mapping.mark
    case .sequence(let sequence): sequence.mark
    }
  }
}

/// A value a node carries that is not part of what it is: where it stands, how it is written.
///
/// Two nodes that differ only in these are equal, as YAML compares keys.
struct Uncompared<Value: Sendable>: Hashable, Sendable {
  var value: Value

  static func == (lhs: Self, rhs: Self) -> Bool { true }

  func hash(into hasher: inout Hasher) {}
}
