/// Counts what a text's aliases add to it, so that aliases that expand without bound (a
/// "billion laughs") are refused at the alias that goes too far.
///
/// An alias is resolved to a copy of its node that shares the node's storage, so it costs
/// little to build, but every mapping key is hashed to find duplicates, and a key that is an
/// alias of an alias of ... is hashed whole: 30 lines of text once made that walk 2^30 values
/// (found by fuzzing). Only what aliases add counts: a document written out in full costs what
/// its text costs, whatever its size (a clinic's pack of thousands of questions), but no pack
/// or answers file needs aliases that add more than a few hundred values, so a text whose
/// aliases would add more than ``limit`` is refused, at the alias that does it.
struct AliasBudget {
  /// The most values (scalars and collections) a text's aliases may add to it.
  static let limit = 100_000

  /// The expanded size of each anchored node, and of each collection still open.
  private var anchored: [String: Int] = [:]
  private var open: [(anchor: String?, size: Int)] = []
  /// The values the aliases so far have added.
  private var added = 0

  /// Counts `event`; `false` when it is an alias that takes what aliases add past ``limit``.
  mutating func admits(_ event: YAMLEvent) -> Bool {
    switch event {
    case .scalar(_, let anchor):
      if let anchor { anchored[anchor] = 1 }
      add(1)
    case .collectionStart(_, _, let anchor, _):
      open.append((anchor, 1))
    case .collectionEnd:
      guard let closed = open.popLast() else { return true }
      if let anchor = closed.anchor { anchored[anchor] = closed.size }
      add(closed.size)
    case .alias(let anchor, _):
      // An alias of no anchor yet is reported as such; here it counts as one value.
      let size = anchored[anchor] ?? 1
      add(size)
      added = min(added + size, Self.limit + 1)
      return added <= Self.limit
    case .streamStart, .streamEnd, .documentStart, .documentEnd:
      break
    }
    return true
  }

  /// Adds `size` values to the innermost open collection.
  private mutating func add(_ size: Int) {
    guard !open.isEmpty else { return }
    open[open.count - 1].size = min(open[open.count - 1].size + size, Self.limit + 1)
  }
}
