// libFuzzer target: AnswersFile.parse on arbitrary bytes (JSON or YAML) against the shipped
// pack, with and without requireComplete.
//
// Input: byte 0 bit 0 is requireComplete, bit 1 names the file `answers.json` rather than
// `answers.yaml` (which only changes the messages); the rest is the file, as UTF-8. Beyond
// crashes, it checks that a failure carries an error, and that accepted answers are valid,
// asked, complete when required, and read back the same when written out as a draft.
//
// Environment: SKINQUIZ_FUZZ_PACK (the shipped pack's folder; default Data/microneedling from
// this file). Fuzz/Regressions/AnswersFile keeps what it found.
import Foundation
import FuzzSupport
import SkinQuizCore

/// The shipped pack.
private let pack = FuzzPack.pack

/// The engine for the shipped pack, built once.
private let engine = Engine(pack: pack)

/// The libFuzzer entry point: one answers file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size >= 1 else { return 0 }
  let requireComplete = data[0] & 1 != 0
  let file = data[0] & 2 != 0 ? "answers.json" : "answers.yaml"
  let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)

  let answers: Answers
  do {
    answers = try AnswersFile.parse(text, file: file, pack: pack, requireComplete: requireComplete)
  } catch {
    guard case .invalidAnswers(let diagnostics) = error else {
      require(false, "parse threw \(error), not invalidAnswers")
      return 0
    }
    require(diagnostics.containsErrors, "invalidAnswers without an error: \(diagnostics)")
    return 0
  }
  require(answers.selections.count == pack.questions.count, "answers for another pack")
  for index in pack.questions.indices where answers.isAnswered(index) {
    require(
      pack.isValidSelection(answers[index], for: index),
      "invalid answer \(answers[index]) to '\(pack.questions[index].id)' accepted")
    require(
      pack.isAsked(index, given: answers),
      "answer to '\(pack.questions[index].id)', which is not asked, kept")
  }
  if requireComplete {
    require(
      pack.unansweredQuestions(answers).isEmpty,
      "incomplete answers accepted: \(pack.unansweredQuestions(answers))")
  }
  // Drafts are written with `render` and read back with `parse`: the same answers must return.
  let draft = AnswersFile.render(answers, pack: pack)
  do {
    let again = try AnswersFile.parse(
      draft, file: "draft.json", pack: pack, requireComplete: requireComplete)
    require(again == answers, "the draft \(draft) reads back as other answers")
  } catch {
    require(false, "the draft \(draft) does not read back: \(error)")
  }
  // What the command line does next with the answers.
  let result = engine.result(for: answers, createdAt: "2026-01-01T00:00:00Z")
  require(
    pack.verdicts.contains { $0.id == result.verdict.id }, "a verdict not in the pack")
  return 0
}
