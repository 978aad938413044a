/// Writes a result's FHIR QuestionnaireResponse on one line, exactly as `FHIRRenderer` and
/// `compactSerialized()` do, from pieces written once per batch.
///
/// A response is the same head for everyone (the questionnaire and the time), then one item per
/// answered question, whose text and each chosen option's coding are the same for everyone. Each
/// piece is cut out of what `FHIRRenderer` writes for one question and one option, so the two
/// cannot disagree.
struct FHIRLineWriter {
  /// Everything before the items: `{"resourceType":...,"item":[`.
  private let head: String
  /// Each question's item up to its answers: `{"linkId":"q","text":"...","answer":[`.
  private let itemHeads: [String]
  /// Each option's answer, `{"valueCoding":{...}}`, by question.
  private let codings: [[String]]
  /// What ends an item, after its answers.
  private static let itemTail = "]}"
  /// The answers member, empty, that an item is split at.
  private static let answerMember = #""answer":["#

  /// Prepares to write responses of `pack` made at `createdAt`; `nil` if `FHIRRenderer`'s
  /// responses cannot be cut into pieces (never expected: then they are written whole).
  init?(pack: Pack, createdAt: String) {
    guard let verdict = pack.verdicts.first else { return nil }
    func response(_ answers: Answers) -> String {
      let result = QuizResult(
        pack: pack, answers: answers, verdict: verdict, findings: [], createdAt: createdAt)
      return FHIRRenderer().value(result).compactSerialized()
    }
    let none = response(Answers(questionCount: pack.questions.count))
    guard none.hasSuffix("[]}") else { return nil }
    let head = String(none.dropLast(2))
    var itemHeads: [String] = []
    var codings: [[String]] = []
    for (index, question) in pack.questions.enumerated() {
      guard !question.options.isEmpty else {  // never answered: the pack reports it
        (itemHeads, codings) = (itemHeads + [""], codings + [[]])
        continue
      }
      // The response with one option chosen is the head, the item and "]}".
      let items = question.options.indices.map { option in
        var one = Answers(questionCount: pack.questions.count)
        one[index] = 1 << UInt64(option)
        return response(one).dropFirst(head.count).dropLast(2)
      }
      guard let item = items.first, let marker = item.firstRange(of: Self.answerMember),
        items.allSatisfy({ $0.hasPrefix(item[..<marker.upperBound]) })
      else { return nil }
      itemHeads.append(String(item[..<marker.upperBound]))
      codings.append(items.map { String($0.dropFirst(itemHeads[index].count).dropLast(2)) })
    }
    (self.head, self.itemHeads, self.codings) = (head, itemHeads, codings)
  }

  /// The QuestionnaireResponse of `answers` as one line of JSON, without a line break.
  func line(_ answers: Answers) -> String {
    var line = head
    var first = true
    for (question, selection) in answers.selections.enumerated() where selection != 0 {
      if !first { line += "," }
      first = false
      line += itemHeads[question]
      var rest = selection
      while rest != 0 {
        line += codings[question][rest.trailingZeroBitCount]
        rest &= rest - 1
        if rest != 0 { line += "," }
      }
      line += Self.itemTail
    }
    return line + "]}"
  }
}
