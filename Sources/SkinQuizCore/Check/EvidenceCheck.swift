/// Checks that every contraindication and caution rests on evidence, not only on what clinics
/// do or what the news reported, and counts the pack's sources by kind for the report.
enum EvidenceCheck {
  /// Adds a warning for each contraindication or caution whose sources are all clinic practice
  /// or news, and the count of sources by kind, to `report`.
  static func run(_ pack: Pack, into report: inout CheckReport) {
    let kinds = Dictionary(uniqueKeysWithValues: pack.sources.map { ($0.id, $0.kind) })
    for finding in pack.findings where finding.kind.setsFloor && !finding.sources.isEmpty {
      let hasEvidence = finding.sources.contains { kinds[$0]?.isEvidence ?? false }
      if !hasEvidence {
        let weak = Source.Kind.allCases.filter { !$0.isEvidence }.map(\.rawValue)
        report.diagnostics.append(
          Diagnostic(
            .warning, at: finding.location,
            "\(finding.kind.rawValue) '\(finding.id)' rests only on "
              + "\(weak.joined(separator: " and ")) sources; cite at least one source of another "
              + "kind (the labeling, a regulator, a guideline or a study)"))
      }
    }
    report.sourcesByKind = Source.Kind.allCases.compactMap { kind in
      let count = pack.sources.count { $0.kind == kind }
      return count > 0 ? (kind, count) : nil
    }
  }
}
