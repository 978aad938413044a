/// Checks that every contraindication and caution rests on evidence, not only on what clinics
/// do or what the news reported.
enum EvidenceCheck {
  /// Adds a warning to `report` for each contraindication or caution whose sources are all of
  /// kinds that are not evidence (clinic practice, news).
  static func run(_ pack: Pack, into report: inout CheckReport) {
    // The loader refuses duplicate ids; a pack built in code might not, so the first one wins.
    let kinds = Dictionary(pack.sources.map { ($0.id, $0.kind) }) { first, _ in first }
    let weak = Source.Kind.allCases.filter { !$0.isEvidence }.map(\.rawValue)
    let strong = Source.Kind.allCases.filter(\.isEvidence).map(\.rawValue)
    for finding in pack.findings where finding.kind.setsFloor && !finding.sources.isEmpty {
      guard !finding.sources.contains(where: { kinds[$0]?.isEvidence ?? false }) else { continue }
      report.diagnostics.append(
        Diagnostic(
          .warning, at: finding.location,
          "\(finding.kind.rawValue) '\(finding.id)' rests only on "
            + "\(weak.joined(separator: " and ")) sources; cite at least one source of kind "
            + strong.joined(separator: ", ")))
    }
  }
}
