/// Finds the known name closest to a misspelt one, for "did you mean" hints.
enum Suggestion {
  /// The candidate nearest to `name`, if it is close enough to be a likely typo.
  static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
    let limit = max(1, min(3, name.count / 3))
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(name, candidate)
      if distance <= limit, distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
    }
    if let best { return best.name }
    // A shortened name, such as 'health' for 'health_conditions', when only one fits.
    let extended = candidates.filter { name.count >= 2 && $0.hasPrefix(name) }
    return extended.count == 1 ? extended[0] : nil
  }

  /// ` (did you mean 'x'?)` or an empty string.
  static func hint(for name: String, among candidates: some Sequence<String>) -> String {
    closest(to: name, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
  }

  /// The Levenshtein distance between two strings, counted in characters.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
