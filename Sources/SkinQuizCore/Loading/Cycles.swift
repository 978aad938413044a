/// Finds cycles in a dependency graph, so that each can be reported with its members in order.
enum Cycles {
  /// One cycle per strongly connected component that has one (including a node that reads
  /// itself), as the nodes in the order the edges go, starting from the lowest index.
  ///
  /// - Parameter edges: for each node, the nodes it depends on.
  static func find(in edges: [Set<Int>]) -> [[Int]] {
    var cycles: [[Int]] = []
    var reported = Set<Int>()
    for start in edges.indices where !reported.contains(start) {
      guard let path = shortestPath(from: start, to: start, in: edges) else { continue }
      cycles.append(path)
      // Every node that both reaches and is reached from `start` is in the same component.
      for node in edges.indices
      where shortestPath(from: start, to: node, in: edges) != nil
        && shortestPath(from: node, to: start, in: edges) != nil
      {
        reported.insert(node)
      }
    }
    return cycles
  }

  /// The nodes on a shortest path of one or more edges from `start` back to `goal`, starting
  /// with `start` and leaving out the final `goal`.
  private static func shortestPath(from start: Int, to goal: Int, in edges: [Set<Int>]) -> [Int]? {
    var previous: [Int: Int] = [:]
    var queue = [start]
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      for next in edges[node].sorted() where next < edges.count {
        if next == goal {
          var path = [node]
          var cursor = node
          while cursor != start, let before = previous[cursor] {
            path.append(before)
            cursor = before
          }
          return path.reversed()
        }
        if previous[next] == nil, next != start {
          previous[next] = node
          queue.append(next)
        }
      }
    }
    return nil
  }
}
