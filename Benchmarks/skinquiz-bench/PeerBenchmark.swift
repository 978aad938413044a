import SkinQuizCore

/// The peer workload: builds a pool of profiles, prints its checksum, then times `--n`
/// evaluations cycling through the pool.
func peer(_ options: Options) {
  let folder = options.pack ?? "Benchmarks/peer-pack"
  let loadStart = nanoseconds()
  let pack = loadPack(folder)
  let engine = Engine(pack: pack)
  let buildMs = Double(nanoseconds() - loadStart) / 1e6
  // Finding index → rule id, from ids `rNN_name`.
  let ruleIDs: [UInt8] = pack.findings.map { finding in
    guard finding.id.first == "r", let id = UInt8(finding.id.dropFirst().prefix { $0.isNumber })
    else { fail("finding '\(finding.id)' is not named rNN_name; regenerate the peer pack") }
    return id
  }
  let poolSize = min(options.n, options.pool)
  let rssBefore = peakRSSKiB()
  let pool = ProfileMaker(pack: pack).profiles(poolSize, seed: options.seed)
  var checksum = Checksum()
  for answers in pool {
    checksum.add(engine.evaluate(answers).fired.map { ruleIDs[$0] })
  }
  let runs = options.runs ?? 3
  var rates: [Double] = []
  var sink = 0
  for _ in 0..<runs {
    let start = nanoseconds()
    var done = 0
    while done < options.n {
      let count = min(pool.count, options.n - done)
      for index in 0..<count {
        sink &+= engine.evaluate(pool[index]).fired.count
      }
      done += count
    }
    let seconds = Double(nanoseconds() - start) / 1e9
    rates.append(Double(options.n) / seconds)
  }
  let rate = median(rates)
  precondition(sink >= 0)
  print(
    "{\"bench\": \"peer\", \"pack\": \"\(folder)\", \"n\": \(options.n), \"pool\": \(poolSize), "
      + "\"seed\": \(options.seed), \"fnv1a64\": \"\(hex16(checksum.hash))\", "
      + "\"fired_total\": \(checksum.fired), \"evals_per_s\": \(json(rate.rounded())), "
      + "\"ns_per_eval\": \(json((1e9 / rate * 10).rounded() / 10)), "
      + "\"runs_evals_per_s\": [\(rates.map { json($0.rounded()) }.joined(separator: ", "))], "
      + "\"build_ms\": \(json((buildMs * 100).rounded() / 100)), "
      + "\"rss_before_pool_kb\": \(rssBefore), \"vm_hwm_kb\": \(peakRSSKiB())}")
  note(
    "peer: \(Int(rate)) evaluations/s (median of \(runs), n \(options.n), pool \(poolSize)); "
      + "fnv1a64 over the pool \(hex16(checksum.hash)), \(checksum.fired) fired")
}
