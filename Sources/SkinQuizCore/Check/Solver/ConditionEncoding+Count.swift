extension ConditionEncoding {
  /// `count(q) op n`: false when `q` is not answered, else whether the number of options
  /// chosen compares with `n`.
  mutating func count(_ index: Int, _ comparison: Comparison, _ number: Int) -> Literal {
    let atLeast = counter(for: index)
    // Exactly k options: at least k, and not at least k + 1.
    let matching = atLeast.indices.filter { comparison.holds($0 + 1, number) }.map { place in
      place + 1 < atLeast.count
        ? clauses.and([atLeast[place], !atLeast[place + 1]]) : atLeast[place]
    }
    return clauses.and([answered[index] ?? !clauses.truth, clauses.or(matching)])
  }

  /// The literals "at least k options of question `index` are chosen", for k from 1 to its
  /// number of options: a sequential counter, each step an equivalence, so exact both ways.
  private mutating func counter(for index: Int) -> [Literal] {
    if let counter = counters[index] { return counter }
    var atLeast: [Literal] = []  // among the options seen so far
    for bit in options[index] ?? [] {
      var next: [Literal] = []
      for k in 0...atLeast.count {
        let before = k < atLeast.count ? atLeast[k] : !clauses.truth
        let oneFewer = k == 0 ? clauses.truth : atLeast[k - 1]
        next.append(clauses.or([before, clauses.and([oneFewer, bit])]))
      }
      atLeast = next
    }
    counters[index] = atLeast
    return atLeast
  }
}
