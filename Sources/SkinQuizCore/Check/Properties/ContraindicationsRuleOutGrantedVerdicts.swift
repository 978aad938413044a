extension ProvedProperty {
  /// Every contraindication rules out the verdicts that conditions grant rather than findings
  /// force: the goal is a counterexample, so finding one is the failure.
  ///
  /// The verdict is the most severe of the floors of the findings that fire and the verdicts
  /// whose condition holds, so a contraindication whose floor is more severe than every granted
  /// verdict rules them all out whenever it fires: that is proven without a search (its goal is
  /// `or []`, which nothing meets). Only a contraindication whose floor is less severe than
  /// some granted verdict needs one, for answers where that verdict's condition wins.
  static let contraindicationsRuleOutGrantedVerdicts = ProvedProperty(
    goals: { pack in
      let granted = grantedVerdictMask(pack)
      let mostSevereGranted = granted.trailingZeroBitCount
      return contraindications(in: pack).map {
        let finding = pack.findings[$0]
        if let floor = finding.floor, floor < mostSevereGranted { return Condition.or([]) }
        return Condition.and([
          finding.when,
          .atom(ConditionAtom(slot: pack.verdictSlot, operation: .isOneOf, mask: granted)),
        ])
      }
    },
    record: { outcomes, context, report in
      let pack = context.pack
      guard !outcomes.isEmpty else { return }
      let granted = Answers.optionIndices(in: grantedVerdictMask(pack)).map { pack.verdicts[$0].id }
      let grantedList = granted.map { "'\($0)'" }.joined(separator: " and ")
      var ruledOut = 0
      for (index, outcome) in zip(contraindications(in: pack), outcomes) {
        let finding = pack.findings[index]
        switch outcome {
        case .impossible: ruledOut += 1
        case .found(let answers):
          let verdict = pack.verdicts[context.space.engine.evaluate(answers).verdict].id
          report.diagnostics.append(
            Diagnostic(
              .error, at: finding.location,
              "contraindication '\(finding.id)' can fire with the verdict '\(verdict)', for "
                + "example with \(PackChecker.describe(answers, in: pack))"))
        }
      }
      report.proofs.append(
        .init(
          property: "every contraindication rules out \(grantedList)", proven: ruledOut,
          total: outcomes.count))
    })

  /// The indexes of the pack's contraindications.
  private static func contraindications(in pack: Pack) -> [Int] {
    pack.findings.indices.filter { pack.findings[$0].kind == .contraindication }
  }

  /// The verdicts that conditions grant rather than findings force (those with a `when`, and
  /// the fallback): every contraindication must rule them out.
  static func grantedVerdictMask(_ pack: Pack) -> UInt64 {
    pack.verdicts.indices.reduce(0) { pack.isFloorVerdict($1) ? $0 : $0 | (1 << $1) }
  }
}
