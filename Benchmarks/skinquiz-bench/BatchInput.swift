import Fixtures
import SkinQuizCore

/// `skinquiz-bench batch-input --n N`: writes N lines of JSON Lines for `skinquiz batch`, each
/// one person's complete answers to the shipped pack (or `--pack`), drawn with SplitMix64 from
/// `--seed`: every question skip logic asks, in order, one option for a single question, a
/// random set for a multi question (an exclusive option alone, a fifth of the time).
func batchInput(_ options: Options) {
  let pack = loadPack(options.pack ?? "Data/microneedling")
  var random = SplitMix64(state: options.seed)
  var output = ""
  for _ in 0..<options.n {
    output += oneLine(randomAnswers(pack, &random), pack: pack)
    output += "\n"
    if output.utf8.count >= 1 << 16 {
      write(output)
      output = ""
    }
  }
  write(output)
}

/// Complete answers: each question that the answers so far make asked gets a valid selection.
private func randomAnswers(_ pack: Pack, _ random: inout SplitMix64) -> Answers {
  var answers = Answers(questionCount: pack.questions.count)
  for (index, question) in pack.questions.enumerated() where pack.isAsked(index, given: answers) {
    let count = UInt64(question.options.count)
    let exclusive = question.options.indices.filter { question.options[$0].isExclusive }
    switch question.kind {
    case .single:
      answers[index] = 1 << UInt64(random.below(count))
    case .multi where !exclusive.isEmpty && random.below(5) == 0:
      answers[index] = 1 << UInt64(exclusive[random.below(UInt64(exclusive.count))])
    case .multi:
      var mask: UInt64 = 0
      for option in question.options.indices where !question.options[option].isExclusive {
        if random.below(3) == 0 { mask |= 1 << UInt64(option) }
      }
      let plain = question.options.indices.filter { !question.options[$0].isExclusive }
      let some = plain.isEmpty ? exclusive : plain
      if mask == 0 { mask = 1 << UInt64(some[random.below(UInt64(some.count))]) }
      answers[index] = mask
    }
    if !pack.isValidSelection(answers[index], for: index) { fail("drew an invalid selection") }
  }
  return answers
}

/// The answers as one line: the answers file `AnswersFile.render` writes, on one line.
private func oneLine(_ answers: Answers, pack: Pack) -> String {
  AnswersFile.render(answers, pack: pack).split(separator: "\n")
    .map { $0.drop { $0 == " " } }.joined()
}

/// Writes `text` to standard output whole; a failure ends the program.
private func write(_ text: String) {
  if let failure = WholeWrite.text(text, to: 1) { fail("cannot write the lines: errno \(failure)") }
}
