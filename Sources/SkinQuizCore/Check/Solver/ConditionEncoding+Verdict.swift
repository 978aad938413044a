extension ConditionEncoding {
  /// An atom on the verdict: whether the verdict is one of those for which it holds.
  mutating func verdictLiteral(for atom: ConditionAtom) -> Literal {
    let verdicts = verdictLiterals()
    return clauses.or(verdicts.indices.filter { atom.holds(1 << $0) }.map { verdicts[$0] })
  }

  /// Each verdict's literal, true when the engine's verdict is that one.
  ///
  /// As ``Engine/evaluate(_:)`` decides it: the most severe of the fallback, the floors of the
  /// findings that fire, and the verdicts whose own condition holds. Findings with a floor
  /// never read the verdict (the loader refuses it), so this is not circular.
  private mutating func verdictLiterals() -> [Literal] {
    if let verdicts { return verdicts }
    let fallback = pack.verdicts.count - 1
    // atLeast[k]: the verdict is k or more severe (a lower index).
    var atLeast: [Literal] = []
    for index in 0..<fallback {
      var causes = pack.findings.filter { $0.floor == index }.map { literal(for: $0.when) }
      if let when = pack.verdicts[index].when { causes.append(literal(for: when)) }
      if let previous = atLeast.last { causes.append(previous) }
      atLeast.append(clauses.or(causes))
    }
    atLeast.append(clauses.truth)
    let verdicts = atLeast.indices.map { index in
      index == 0 ? atLeast[0] : clauses.and([atLeast[index], !atLeast[index - 1]])
    }
    self.verdicts = verdicts
    return verdicts
  }
}
