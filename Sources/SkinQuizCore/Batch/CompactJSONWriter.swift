/// Writes a JSON result on one line, exactly as `JSONRenderer` and `compactSerialized()` do,
/// faster when many people share one pack.
///
/// A result of the shipped pack is some 30 KB, nearly all of it the findings' texts and sources,
/// which are the same for everyone: each finding is written once, the first time it fires, and
/// its text kept in two parts, before and after its `because` list, the only part that depends
/// on the person. Building and escaping those texts again was most of a batch's time.
struct CompactJSONWriter {
  /// Each finding's compact JSON before and after its `because` list, by finding id.
  private var parts: [String: (before: String, after: String)] = [:]

  /// The marker a finding is split at: its `because` member, empty.
  ///
  /// Inside a string value every quote is escaped, so the unescaped member name is found only
  /// where it is a member.
  private static let emptyBecause = #""because":[]"#

  /// `result` as one line of JSON, without a line break.
  mutating func line(_ result: QuizResult) -> String {
    var header = result
    header.findings = []
    // `...,"findings":[]}`: the findings go between the brackets.
    var line = String(JSONRenderer().value(header).compactSerialized().dropLast(2))
    for (index, fired) in result.findings.enumerated() {
      if index > 0 { line += "," }
      guard let (before, after) = parts(of: fired) else {
        line += JSONRenderer.finding(fired).compactSerialized()
        continue
      }
      line += before
      line += JSONValue.array(fired.because.map(JSONValue.string)).compactSerialized()
      line += after
    }
    return line + "]}"
  }

  /// The finding's JSON around its `because` list, written the first time it is asked for;
  /// `nil` if it cannot be split (never expected: then the finding is written whole).
  private mutating func parts(of fired: QuizResult.FiredFinding) -> (String, String)? {
    if let known = parts[fired.finding.id] { return known }
    var silent = fired
    silent.because = []
    let text = JSONRenderer.finding(silent).compactSerialized()
    guard let marker = text.firstRange(of: Self.emptyBecause) else { return nil }
    let split = (
      String(text[..<marker.lowerBound]) + #""because":"#, String(text[marker.upperBound...])
    )
    parts[fired.finding.id] = split
    return split
  }
}
