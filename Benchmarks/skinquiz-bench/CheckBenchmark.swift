import Fixtures
import SkinQuizCore

/// `skinquiz check`: times `PackChecker.check` alone and with loading the pack; exits with an
/// error when the pack is not sound.
///
/// With `--copies K` the pack checked is K copies of the one loaded (``SyntheticPack``), made
/// after loading and timed with it; its JSON line is `check_copies`, with the pack's size and
/// how many proof cases were decided.
func check(_ options: Options) {
  let folder = options.pack ?? "Data/microneedling"
  let runs = options.runs ?? 5
  var checkSeconds: [Double] = []
  var totalSeconds: [Double] = []
  var sound = true
  var last: CheckReport?
  for _ in 0..<runs {
    let start = nanoseconds()
    var pack = loadPack(folder)
    if let copies = options.copies { pack = SyntheticPack.copies(copies, of: pack) }
    let loaded = nanoseconds()
    let report = PackChecker.check(pack)
    let end = nanoseconds()
    sound = sound && report.isSound
    last = report
    checkSeconds.append(Double(end - loaded) / 1e9)
    totalSeconds.append(Double(end - start) / 1e9)
  }
  func rounded(_ value: Double) -> String { json((value * 1e4).rounded() / 1e4) }
  func list(_ values: [Double]) -> String { values.map(rounded).joined(separator: ", ") }
  var fields = "\"pack\": \"\(folder)\", \"sound\": \(sound), "
  if let copies = options.copies, let report = last {
    let cases = report.proofs.reduce(0) { $0 + $1.total }
    fields =
      "\"bench\": \"check_copies\", \"copies\": \(copies), "
      + "\"questions\": \(report.pack.questions.count), "
      + "\"findings\": \(report.pack.findings.count), \"proof_cases\": \(cases), " + fields
  } else {
    fields = "\"bench\": \"check\", " + fields
  }
  print(
    "{\(fields)\"check_s\": \(rounded(median(checkSeconds))), "
      + "\"load_and_check_s\": \(rounded(median(totalSeconds))), "
      + "\"runs_check_s\": [\(list(checkSeconds))], \"runs_load_and_check_s\": [\(list(totalSeconds))]}"
  )
  note(
    "check\(options.copies.map { " (\($0) copies)" } ?? ""): PackChecker.check "
      + "\(median(checkSeconds)) s, load + check \(median(totalSeconds)) s (median of \(runs))")
  if !sound {
    for diagnostic in last?.diagnostics ?? [] where diagnostic.severity == .error {
      note(diagnostic.description)
    }
    fail("the pack in \(folder) is not sound")
  }
}
