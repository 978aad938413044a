/// How a verdict should look beside the others: its colour on screen and in the HTML report.
///
/// Every view takes it from here, so a verdict reads the same everywhere: the verdicts findings
/// force are `severe`, then `warning`, then `notice` (the most severe first); those granted by
/// their own condition `good`; the last verdict (the fallback, such as "no matching goal")
/// `neutral`. So "wait" and "see a doctor first" never share a tone, and nothing but a good
/// result looks good.
public enum VerdictTone: String, CaseIterable, Sendable {
  /// The most severe verdict, such as "not advised".
  case severe
  /// The next most severe, such as "wait".
  case warning
  /// Any milder verdict a finding forces, such as "see a doctor first".
  case notice
  /// A verdict granted by its own condition, such as "good candidate".
  case good
  /// The fallback verdict.
  case neutral
}

extension Pack {
  /// The tone of the verdict at `index`, `neutral` when there is none.
  public func tone(ofVerdict index: Int) -> VerdictTone {
    guard verdicts.indices.contains(index), index != verdicts.count - 1 else { return .neutral }
    guard isFloorVerdict(index) || index == 0 else { return .good }
    let rank = (0..<index).count { isFloorVerdict($0) || $0 == 0 }
    return [VerdictTone.severe, .warning, .notice][min(rank, 2)]
  }

  /// The tone of the verdict with this id, `neutral` when there is none.
  public func tone(ofVerdict id: String) -> VerdictTone {
    verdictIndex(id).map { tone(ofVerdict: $0) } ?? .neutral
  }
}
