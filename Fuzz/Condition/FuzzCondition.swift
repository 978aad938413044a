// libFuzzer target: the condition language (ConditionParser, then ConditionResolver) on
// arbitrary text, against the shipped pack's questions and verdicts.
//
// Input: byte 0 bit 0 says whether the verdict may be read (as in a finding) or not (as in
// skip logic and verdicts); the rest is the condition, as UTF-8. There is no public entry
// point that parses a condition alone (PackLoader does it for each `when`), so this target
// uses `@testable import`. Beyond crashes, it checks that problems point into the text, that
// a condition that resolves reads back the same from its description, and that the engine's
// compiled form agrees with the condition tree on answers drawn from the input.
//
// Environment: SKINQUIZ_FUZZ_PACK (the shipped pack's folder; default Data/microneedling from
// this file). Fuzz/Regressions/Condition keeps what it found.
import Fixtures
import Foundation
import FuzzSupport

@testable import SkinQuizCore

/// The shipped pack.
private let pack = FuzzPack.pack

/// The resolver PackLoader would use for the shipped pack.
private let resolver = ConditionResolver(
  questions: pack.questions, verdictIDs: pack.verdicts.map(\.id))

/// What PackLoader passes for skip logic: the verdict does not exist yet.
private let skipLogicRule = "skip logic is decided before the verdict exists"

/// Answers for every slot, the verdict's included: none, one option, or any options (several
/// options of a single question too, which the compiled form must also get right).
private func randomSelections(_ generator: inout SplitMix64) -> [UInt64] {
  let widths = pack.questions.map(\.options.count) + [pack.verdicts.count]
  return widths.map { width in
    let all: UInt64 = width >= 64 ? .max : (1 << UInt64(width)) - 1
    switch generator.next() % 4 {
    case 0: return 0
    case 1: return 1 << (generator.next() % UInt64(max(1, width)))
    default: return generator.next() & all
    }
  }
}

/// Which of `conditions` hold on `selections`, by the engine's compiled form.
private func compiledHolds(_ compiled: CompiledConditions, _ selections: [UInt64]) -> Set<Int> {
  selections.withUnsafeBufferPointer { selections in
    withUnsafeTemporaryAllocation(of: Int.self, capacity: compiled.count) { output in
      Set(output[..<compiled.evaluate(selections, into: output)])
    }
  }
}

/// The libFuzzer entry point: one condition.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size >= 1 else { return 0 }
  let rule = data[0] & 1 == 0 ? nil : skipLogicRule
  let bytes = UnsafeBufferPointer(start: data + 1, count: size - 1)
  let text = String(decoding: bytes, as: UTF8.self)
  let length = text.unicodeScalars.count

  let syntax: ConditionSyntax
  do {
    syntax = try ConditionParser.parse(text)
  } catch {
    require((0...length).contains(error.offset), "syntax error at \(error.offset) of \(length)")
    require(!error.message.isEmpty, "a syntax error without a message")
    return 0
  }
  var problems: [(offset: Int, message: String)] = []
  let condition = resolver.resolve(syntax, verdictRule: rule) { problems.append(($0, $1)) }
  for problem in problems {
    require((0..<length).contains(problem.offset), "\(problem) points outside \(length) scalars")
  }
  require(
    (condition == nil) == !problems.isEmpty,
    "resolved to \(condition.map { "\($0)" } ?? "nil") with \(problems.count) problems")
  guard let condition else { return 0 }

  // The description is written in the language, so it must read back as the same condition.
  let written = condition.description(in: pack)
  do {
    let again = resolver.resolve(try ConditionParser.parse(written), verdictRule: rule) {
      require(false, "'\(written)' (from \(text.debugDescription)) reads back with: \($1)")
      _ = $0
    }
    require(again == condition, "'\(written)' reads back as another condition than \(text)")
  } catch {
    require(false, "'\(written)' (from \(text.debugDescription)) does not parse: \(error)")
  }

  // The engine's compiled form against the tree, with the condition placed after some of the
  // shipped findings' conditions so that it lands at different bits of the packed words.
  var seed: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a of the input
  for byte in UnsafeBufferPointer(start: data, count: size) {
    seed = (seed ^ UInt64(byte)) &* 0x100_0000_01B3
  }
  var generator = SplitMix64(state: seed)
  let before = Int(generator.next() % UInt64(pack.findings.count + 1))
  let conditions = pack.findings.prefix(before).map(\.when) + [condition]
  let compiled = CompiledConditions(
    conditions.enumerated().map { ($1, $0) },
    slotWidth: { slot in
      slot < pack.questions.count
        ? (pack.questions[slot].options.count, pack.questions[slot].kind == .single)
        : (pack.verdicts.count, true)
    })
  for _ in 0..<8 {
    let selections = randomSelections(&generator)
    let expected = Set(conditions.indices.filter { conditions[$0].holds(selections) })
    let actual = compiledHolds(compiled, selections)
    require(
      actual == expected,
      "compiled \(actual.sorted()) but the trees give \(expected.sorted()) on \(selections) "
        + "for '\(written)' after \(before) findings")
  }
  return 0
}
