import SkinQuizCore

/// The shipped pack: times its persona tests with `Engine.evaluate` and with explanations
/// (`Engine.result`).
func shipped(_ options: Options) {
  let folder = options.pack ?? "Data/microneedling"
  let pack = loadPack(folder)
  let engine = Engine(pack: pack)
  let answers = pack.tests.map(\.answers)
  guard !answers.isEmpty else { fail("the pack in \(folder) has no tests") }
  let runs = options.runs ?? 7
  let plain = timePerCall(count: answers.count, runs: runs) { index in
    engine.evaluate(answers[index]).fired.count
  }
  let explained = timePerCall(count: answers.count, runs: runs) { index in
    engine.result(for: answers[index], createdAt: "2026-01-01T00:00:00Z").findings.count
  }
  func list(_ values: [Double]) -> String {
    values.map { json(($0 * 1000).rounded() / 1000) }.joined(separator: ", ")
  }
  print(
    "{\"bench\": \"shipped\", \"pack\": \"\(folder)\", \"tests\": \(answers.count), "
      + "\"evaluate_us\": \(json((plain.median * 1000).rounded() / 1000)), "
      + "\"result_us\": \(json((explained.median * 1000).rounded() / 1000)), "
      + "\"runs_evaluate_us\": [\(list(plain.all))], \"runs_result_us\": [\(list(explained.all))]}"
  )
  note(
    "shipped: evaluate \(plain.median) µs, result with explanations \(explained.median) µs "
      + "(median of \(runs), over the \(answers.count) persona tests)")
}
