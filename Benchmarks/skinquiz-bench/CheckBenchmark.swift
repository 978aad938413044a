import SkinQuizCore

/// `skinquiz check`: times `PackChecker.check` alone and with loading the pack; exits with an
/// error when the pack is not sound.
func check(_ options: Options) {
  let folder = options.pack ?? "Data/microneedling"
  let runs = options.runs ?? 5
  var checkSeconds: [Double] = []
  var totalSeconds: [Double] = []
  var sound = true
  for _ in 0..<runs {
    let start = nanoseconds()
    let pack = loadPack(folder)
    let loaded = nanoseconds()
    let report = PackChecker.check(pack)
    let end = nanoseconds()
    sound = sound && report.isSound
    checkSeconds.append(Double(end - loaded) / 1e9)
    totalSeconds.append(Double(end - start) / 1e9)
  }
  func list(_ values: [Double]) -> String {
    values.map { json(($0 * 1e4).rounded() / 1e4) }.joined(separator: ", ")
  }
  print(
    "{\"bench\": \"check\", \"pack\": \"\(folder)\", \"sound\": \(sound), "
      + "\"check_s\": \(json((median(checkSeconds) * 1e4).rounded() / 1e4)), "
      + "\"load_and_check_s\": \(json((median(totalSeconds) * 1e4).rounded() / 1e4)), "
      + "\"runs_check_s\": [\(list(checkSeconds))], \"runs_load_and_check_s\": [\(list(totalSeconds))]}"
  )
  note(
    "check: PackChecker.check \(median(checkSeconds)) s, load + check \(median(totalSeconds)) s "
      + "(median of \(runs))")
  if !sound { fail("the pack in \(folder) is not sound") }
}
