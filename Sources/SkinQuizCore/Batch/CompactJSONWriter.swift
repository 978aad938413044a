/// Writes a JSON result on one line, exactly as `JSONRenderer` and `compactSerialized()` write
/// `Engine.result`, faster when many people share one pack and one time.
///
/// A result of the shipped pack is some 30 KB, nearly all of it the findings' texts and sources,
/// which are the same for everyone, and most of the rest the same for everyone with the same
/// verdict. So each piece is written once, by `JSONRenderer` itself, and kept: what comes before
/// the answers, each verdict's text up to the findings, each answer's id, and each finding in two
/// parts, before and after its `because` list. The `because` lists, the only part that depends
/// on the person, depend only on the answers the finding's condition reads, so each is kept too,
/// by those answers, up to ``explanationLimit`` of them.
struct CompactJSONWriter {
  /// How many `because` lists are kept at most: enough for every answer a condition of the
  /// shipped pack reads to recur, few enough that memory stays small (some 300 bytes each).
  static let explanationLimit = 16_384

  private let engine: Engine
  /// The time every result carries.
  private let createdAt: String
  /// Everything before the answers' members, `{"schema":...,"answers":{`, and for each verdict
  /// what follows them, `},"verdict":{...},"findings":[`; `nil` if the result cannot be split
  /// (never expected: then results are written whole).
  private let frame: (head: String, afterAnswers: [String])?
  /// Each question's member name: `"age_band":`.
  private let keys: [String]
  /// Each option's id as a JSON string, by question.
  private let options: [[String]]
  /// Each finding's JSON before and after its `because` list (its member name included), by
  /// finding index; `nil` if it cannot be split (never expected: then it is written whole).
  private let parts: [(before: String, after: String)?]
  /// The slots each finding's condition reads, in order.
  private let slots: [[Int]]
  /// The `because` lists written, as JSON, by finding and the selections of its slots.
  private var explanations: [[UInt64]: String] = [:]
  /// The length of the last line, to reserve for the next one.
  private var lastLength = 0

  /// The marker a result is split at: its `answers` member, empty.
  ///
  /// Inside a string value every quote is escaped, so an unescaped member name is found only
  /// where it is a member.
  private static let emptyAnswers = #""answers":{}"#
  /// The marker a finding is split at: its `because` member, empty.
  private static let emptyBecause = #""because":[]"#

  /// Prepares to write results of `engine`'s pack made at `createdAt`.
  init(engine: Engine, createdAt: String) {
    let pack = engine.pack
    self.engine = engine
    self.createdAt = createdAt
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
    parts = pack.findings.indices.map { index in
      let silent = QuizResult.FiredFinding(
        finding: pack.findings[index], because: [], sources: engine.sources(ofFinding: index))
      let text = JSONRenderer.finding(silent).compactSerialized()
      guard let marker = text.firstRange(of: Self.emptyBecause) else { return nil }
      return (String(text[..<marker.upperBound].dropLast(2)), String(text[marker.upperBound...]))
    }
    slots = pack.findings.map { $0.when.slots.sorted() }
  }

  /// The result of `answers`, evaluated as `evaluation`, as one line of JSON without a line
  /// break: the text `JSONRenderer` writes for `engine.result(for: answers, ...)`.
  mutating func line(_ answers: Answers, _ evaluation: Engine.Evaluation) -> String {
    guard let frame else {
      return BatchFormat.json.line(engine.result(for: answers, createdAt: createdAt))
    }
    var line = ""
    line.reserveCapacity(lastLength)
    line += frame.head
    writeAnswers(answers, to: &line)
    line += frame.afterAnswers[evaluation.verdict]
    let selections = answers.selections + [1 << evaluation.verdict]
    for (number, index) in evaluation.fired.enumerated() {
      if number > 0 { line += "," }
      guard let (before, after) = parts[index] else {
        line += JSONRenderer.finding(fired(index, selections)).compactSerialized()
        continue
      }
      line += before
      line += explanation(of: index, selections)
      line += after
    }
    line += "]}"
    lastLength = line.utf8.count
    return line
  }

  /// The answers' members, in the pack's order, as `AnswersFile.value` gives them.
  private func writeAnswers(_ answers: Answers, to line: inout String) {
    var first = true
    for (question, selection) in answers.selections.enumerated() where selection != 0 {
      if !first { line += "," }
      first = false
      line += keys[question]
      let ids = options[question]
      switch engine.pack.questions[question].kind {
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
  }

  /// Finding `index`'s `because` list as JSON, for the answers (and verdict, last) `selections`.
  private mutating func explanation(of index: Int, _ selections: [UInt64]) -> String {
    let key = [UInt64(index)] + slots[index].map { selections[$0] }
    if let known = explanations[key] { return known }
    var text = "["
    for (number, reason) in fired(index, selections).because.enumerated() {
      if number > 0 { text += "," }
      JSONValue.writeString(reason, to: &text)
    }
    text += "]"
    if explanations.count < Self.explanationLimit { explanations[key] = text }
    return text
  }

  /// Finding `index` as `Engine.result` gives it when it fires for `selections`.
  private func fired(_ index: Int, _ selections: [UInt64]) -> QuizResult.FiredFinding {
    let finding = engine.pack.findings[index]
    let because = Explanation(pack: engine.pack, selections: selections).reasons(finding.when)
    return QuizResult.FiredFinding(
      finding: finding, because: because, sources: engine.sources(ofFinding: index))
  }
}
