import SkinQuizCore

/// Large packs made of copies of a small one, for measuring how `skinquiz check` scales.
public enum SyntheticPack {
  /// A pack of `count` copies of `pack`'s questions and findings, one after another.
  ///
  /// Each copy's ids are suffixed with `_c1`, `_c2`... and its conditions read its own
  /// questions. The verdicts are not copied: each verdict's condition holds when it holds for any copy, so
  /// every verdict stays reachable. The pack's tests are left out (they answer one copy only).
  public static func copies(_ count: Int, of pack: Pack) -> Pack {
    let questionCount = pack.questions.count
    var result = pack
    result.tests = []
    result.questions = []
    result.findings = []
    for copy in 0..<count {
      let suffix = "_c\(copy + 1)"
      let offset = copy * questionCount
      func moved(_ condition: Condition) -> Condition {
        remapped(condition) { $0 < questionCount ? $0 + offset : count * questionCount }
      }
      result.questions += pack.questions.map { question in
        var question = question
        question.id += suffix
        question.when = question.when.map(moved)
        return question
      }
      result.findings += pack.findings.map { finding in
        var finding = finding
        finding.id += suffix
        finding.when = moved(finding.when)
        return finding
      }
    }
    result.verdicts = pack.verdicts.map { verdict in
      var verdict = verdict
      verdict.when = verdict.when.map { when in
        .or((0..<count).map { copy in remapped(when) { $0 + copy * questionCount } })
      }
      return verdict
    }
    return result
  }

  /// `condition` with every atom's slot replaced by `slot(atom.slot)`.
  private static func remapped(_ condition: Condition, _ slot: (Int) -> Int) -> Condition {
    switch condition {
    case .and(let parts): .and(parts.map { remapped($0, slot) })
    case .or(let parts): .or(parts.map { remapped($0, slot) })
    case .not(let part): .not(remapped(part, slot))
    case .atom(let atom):
      .atom(ConditionAtom(slot: slot(atom.slot), operation: atom.operation, mask: atom.mask))
    }
  }
}
