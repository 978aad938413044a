// libFuzzer target: PackLoader.load on packs that differ from the shipped one, then
// PackChecker.check on those that load and are small.
//
// Input: byte 0 picks what the rest (UTF-8) is. 0-4 (mod 8): the text of one file of the
// shipped pack (pack, questions, findings, sources, tests), the other four as shipped, so
// that mutations stay within one file and everything else still resolves; with bit 3 set,
// the shipped tests.yaml is left out, which halves the time of a run (it is half the pack).
// 5-7: a whole pack, its files in that order separated by NUL bytes (a missing part is a
// missing file), which lets the fuzzer build small packs that the checker can prove quickly.
//
// Environment: SKINQUIZ_FUZZ_PACK (the shipped pack's folder; default Data/microneedling from
// this file), SKINQUIZ_FUZZ_CHECK_LIMIT (see `checkLimit`) and SKINQUIZ_FUZZ_DEBUG (print
// each input's diagnostics, to look into one input). Fuzz/Regressions/PackLoader keeps what
// it found.
import Foundation
import FuzzSupport

@testable import SkinQuizCore

/// The shipped pack's texts by file name.
private let shippedTexts = FuzzPack.files.texts

/// Whether to print what each input loads to ($SKINQUIZ_FUZZ_DEBUG), to look into one input.
private let debug = ProcessInfo.processInfo.environment["SKINQUIZ_FUZZ_DEBUG"] != nil

/// The largest answer space of a pack that is also checked ($SKINQUIZ_FUZZ_CHECK_LIMIT).
///
/// Up to 200,000 the checker enumerates the space whole; at 3,000 (the mini pack of the tests
/// with a multi question of 7 options) that takes about 12 ms under the sanitizers. The
/// shipped pack's space is far larger: checking it takes about 0.11 s, three times its load
/// (0.04 s, 0.07 s with its tests), which every run would pay.
private let checkLimit =
  ProcessInfo.processInfo.environment["SKINQUIZ_FUZZ_CHECK_LIMIT"].flatMap(Double.init) ?? 4096

/// The libFuzzer entry point: one load (and maybe one check) of one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size >= 1 else { return 0 }
  let selector = Int(data[0] % 8)
  let withoutTests = data[0] & 8 != 0
  let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
  var files = PackFiles(folder: "fuzz", texts: shippedTexts)
  if selector < PackFiles.names.count {
    if withoutTests { files.texts["tests.yaml"] = nil }
    files.texts[PackFiles.names[selector]] = text
  } else {
    files.texts = [:]
    let parts = text.split(separator: "\0", omittingEmptySubsequences: false)
    for (name, part) in zip(PackFiles.names, parts) { files.texts[name] = String(part) }
  }

  let outcome = PackLoader.load(files)
  if debug {
    print(outcome.diagnostics.map(\.description).joined(separator: "\n"))
    print("pack: \(outcome.pack != nil), checkable: \(outcome.checkablePack != nil)")
  }
  // The loader's own contract: a pack exactly when nothing is an error, and a pack whose
  // rules can be checked whenever there is a pack.
  let hasErrors = outcome.diagnostics.containsErrors
  require(
    (outcome.pack != nil) == !hasErrors,
    "pack is \(outcome.pack == nil ? "nil" : "set") "
      + "with \(outcome.diagnostics.count) diagnostics, errors: \(hasErrors)")
  require(outcome.pack == nil || outcome.checkablePack != nil, "a pack but no checkable pack")
  for diagnostic in outcome.diagnostics {
    require(!diagnostic.description.isEmpty, "an empty diagnostic")
  }
  guard let pack = outcome.checkablePack else { return 0 }
  // A loaded pack must be runnable: the engine compiles it and evaluates no answers.
  let evaluation = Engine(pack: pack).evaluate(Answers(questionCount: pack.questions.count))
  require(
    pack.verdicts.indices.contains(evaluation.verdict),
    "verdict \(evaluation.verdict) of \(pack.verdicts.count)")
  if AnswerSpace(pack: pack).sizeBoundLog10 <= log10(checkLimit) {
    let report = PackChecker.check(pack, invalidTests: outcome.invalidTests)
    for diagnostic in report.diagnostics {
      require(!diagnostic.description.isEmpty, "an empty check diagnostic")
    }
  }
  return 0
}
