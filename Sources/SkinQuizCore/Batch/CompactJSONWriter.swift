/// Writes a JSON result on one line, exactly as `JSONRenderer` and `compactSerialized()` do,
/// faster when many people share one pack and one time.
///
/// A result of the shipped pack is some 30 KB, nearly all of it the findings' texts and sources,
/// which are the same for everyone, and most of the rest the same for everyone with the same
/// verdict. So each piece is written once, by `JSONRenderer` itself, and kept: what comes before
/// the answers, each verdict's text up to the findings, each answer's id, and each finding in two
/// parts, before and after its `because` list, the only part that depends on the person.
struct CompactJSONWriter {
  /// Everything before the answers' members, `{"schema":...,"answers":{`, and for each verdict
  /// what follows them, `},"verdict":{...},"findings":[`; `nil` if the result cannot be split
  /// (never expected: then results are written whole).
  private let frame: (head: String, afterAnswers: [String])?
  /// Each question's member name: `"age_band":`.
  private let keys: [String]
  /// Each option's id as a JSON string, by question.
  private let options: [[String]]
  /// Each finding's compact JSON before and after its `because` list, by finding id; written the
  /// first time the finding fires, since its sources are the engine's to choose.
  private var parts: [String: (before: String, after: String)] = [:]
  /// The length of the last line, to reserve for the next one.
  private var lastLength = 0

  /// The marker a finding is split at: its `because` member, empty.
  ///
  /// Inside a string value every quote is escaped, so an unescaped member name is found only
  /// where it is a member.
  private static let emptyBecause = #""because":[]"#
  /// The marker the result is split at: its `answers` member, empty.
  private static let emptyAnswers = #""answers":{}"#

  /// Prepares to write results of `pack` made at `createdAt`.
  init(pack: Pack, createdAt: String) {
    let none = Answers(questionCount: pack.questions.count)
    let texts = pack.verdicts.map { verdict in
      let empty = QuizResult(
        pack: pack, answers: none, verdict: verdict, findings: [], createdAt: createdAt)
      return JSONRenderer().value(empty).compactSerialized()
    }
    // `{...,"answers":{},"verdict":{...},"findings":[]}`, split inside the braces, the final
    // `]}` left for after the findings.
    frame = texts.first?.firstRange(of: Self.emptyAnswers).map { marker in
      let split = texts[0].index(before: marker.upperBound)
      return (String(texts[0][..<split]), texts.map { String($0[split...].dropLast(2)) })
    }
    keys = pack.questions.map { JSONValue.string($0.id).compactSerialized() + ":" }
    options = pack.questions.map { question in
      question.options.map { JSONValue.string($0.id).compactSerialized() }
    }
  }

  /// `result`, whose verdict is `pack.verdicts[verdict]`, as one line of JSON, without a line
  /// break.
  mutating func line(_ result: QuizResult, verdict: Int) -> String {
    guard let frame else { return BatchFormat.json.line(result) }
    var line = ""
    line.reserveCapacity(lastLength)
    line += frame.head
    var first = true
    for (question, selection) in result.answers.selections.enumerated() where selection != 0 {
      if !first { line += "," }
      first = false
      line += keys[question]
      let ids = options[question]
      switch result.pack.questions[question].kind {
      case .single: line += ids[selection.trailingZeroBitCount]
      case .multi:
        var rest = selection
        line += "["
        while rest != 0 {
          line += ids[rest.trailingZeroBitCount]
          rest &= rest - 1
          if rest != 0 { line += "," }
        }
        line += "]"
      }
    }
    line += frame.afterAnswers[verdict]
    for (index, fired) in result.findings.enumerated() {
      if index > 0 { line += "," }
      guard let (before, after) = parts(of: fired) else {
        line += JSONRenderer.finding(fired).compactSerialized()
        continue
      }
      line += before
      line += "["
      for (number, reason) in fired.because.enumerated() {
        if number > 0 { line += "," }
        JSONValue.writeString(reason, to: &line)
      }
      line += "]"
      line += after
    }
    line += "]}"
    lastLength = line.utf8.count
    return line
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
