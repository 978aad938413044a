// The engine benchmarks, run by Benchmarks/run (release build only):
//
//   skinquiz-bench peer    [--n 10000000] [--pool 100000] [--runs 3] [--pack Benchmarks/peer-pack]
//   skinquiz-bench shipped [--runs 7] [--pack Data/microneedling]
//   skinquiz-bench check   [--runs 5] [--pack Data/microneedling]
//   skinquiz-bench all     (the three, with their defaults)
//
// `peer` evaluates the peer workload (Benchmarks/peer-workload/rules.json, converted to a pack by
// Benchmarks/peer-pack.py) with `Engine.evaluate`: the profiles come from a port of profiles.py's
// splitmix64 generator, a pool of distinct profiles is built once and cycled, like
// bench_rules.py does, and the FNV-1a checksum of the fired rule ids over the pool is printed so
// that it can be compared with `python3 profiles.py POOL`. `shipped` times the shipped pack's
// persona tests with and without explanations; `check` times `PackChecker.check`.
//
// Each benchmark prints one JSON object on a line of standard output (medians of --runs runs,
// and every run), and a line for people on standard error.

import Glibc
import SkinQuizCore

// MARK: - Small helpers

/// Monotonic time in nanoseconds.
func nanoseconds() -> UInt64 {
  var spec = timespec()
  clock_gettime(CLOCK_MONOTONIC, &spec)
  return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}

func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  guard !sorted.isEmpty else { return 0 }
  let middle = sorted.count / 2
  return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

func hex16(_ value: UInt64) -> String {
  let digits = String(value, radix: 16)
  return String(repeating: "0", count: 16 - digits.count) + digits
}

func json(_ value: Double) -> String {
  value.isFinite ? String(value) : "null"
}

func fail(_ message: String) -> Never {
  writeStandardError("skinquiz-bench: error: \(message)\n")
  exit(1)
}

func note(_ message: String) {
  writeStandardError(message + "\n")
}

/// Writes `text` to standard error.
func writeStandardError(_ text: String) {
  var text = text
  text.withUTF8 { buffer in
    _ = write(2, buffer.baseAddress, buffer.count)
  }
}

/// Peak resident memory so far (VmHWM), in KiB.
func peakRSSKiB() -> Int {
  guard let file = fopen("/proc/self/status", "r") else { return 0 }
  defer { fclose(file) }
  var line = [CChar](repeating: 0, count: 256)
  while fgets(&line, Int32(line.count), file) != nil {
    let text = String(
      decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    if text.hasPrefix("VmHWM:") {
      return Int(text.dropFirst(6).filter(\.isNumber)) ?? 0
    }
  }
  return 0
}

func loadPack(_ folder: String) -> Pack {
  do {
    return try PackLoader.loadOrThrow(PackFiles.read(folder: folder))
  } catch {
    fail("cannot load the pack in \(folder): \(error)")
  }
}

// MARK: - Arguments

struct Options {
  var command = "all"
  var n = 10_000_000
  var pool = 100_000
  var runs: Int?
  var pack: String?
  var seed: UInt64 = 42

  init(_ arguments: [String]) {
    var rest = arguments[...]
    if let first = rest.first, !first.hasPrefix("-") {
      command = first
      rest = rest.dropFirst()
    }
    while let flag = rest.popFirst() {
      guard let value = rest.popFirst() else { fail("\(flag) needs a value") }
      switch flag {
      case "--n": n = Int(value.filter { $0 != "_" && $0 != "," }) ?? n
      case "--pool": pool = Int(value.filter { $0 != "_" && $0 != "," }) ?? pool
      case "--runs": runs = Int(value)
      case "--pack": pack = value
      case "--seed": seed = UInt64(value) ?? seed
      default: fail("unknown option \(flag)")
      }
    }
    guard ["peer", "shipped", "check", "all"].contains(command) else {
      fail("unknown command \(command); valid: peer, shipped, check, all")
    }
    guard n > 0, pool > 0, (runs ?? 1) > 0 else { fail("--n, --pool and --runs must be positive") }
  }
}

// MARK: - The peer workload

/// splitmix64, bit for bit as in profiles.py.
struct SplitMix64 {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func below(_ n: UInt64) -> Int { Int(next() % n) }
}

/// Turns profiles.py's profiles into answers to the peer pack, looking every question and
/// option up by the ids Benchmarks/peer-pack.py gives them.
struct ProfileMaker {
  static let skin = ["oily", "dry", "combination", "normal", "sensitive"]
  static let climate = ["humid", "dry", "temperate", "cold"]
  static let concerns = [
    "acne", "wrinkles", "pigmentation", "redness", "dryness", "pores", "dullness", "dark_circles",
  ]
  static let budget = ["low", "mid", "high"]

  let questionCount: Int
  let slots: [String: Int]
  /// For each field, option id → bit.
  let bits: [String: [String: UInt64]]

  init(pack: Pack) {
    questionCount = pack.questions.count
    var slots: [String: Int] = [:]
    var bits: [String: [String: UInt64]] = [:]
    for (index, question) in pack.questions.enumerated() {
      slots[question.id] = index
      var options: [String: UInt64] = [:]
      for (bit, option) in question.options.enumerated() { options[option.id] = 1 << UInt64(bit) }
      bits[question.id] = options
    }
    self.slots = slots
    self.bits = bits
  }

  func bit(_ field: String, _ option: String) -> UInt64 {
    guard let bit = bits[field]?[option] else {
      fail("the peer pack has no option '\(option)' for '\(field)'; regenerate it")
    }
    return bit
  }

  func slot(_ field: String) -> Int {
    guard let slot = slots[field] else { fail("the peer pack has no question '\(field)'") }
    return slot
  }

  /// Profiles 0..<count of the generator with `seed`.
  func profiles(_ count: Int, seed: UInt64) -> [Answers] {
    var random = SplitMix64(state: seed)
    // Look-ups done once: each field's slot and value → bit tables.
    let fields = [
      "skin_type", "age", "sun_hours", "spf_daily", "acne", "acne_severity", "pregnant",
      "uses_retinoid", "climate", "concerns", "fragrance_sensitive", "water_glasses",
      "sleep_hours", "smoker", "budget",
    ]
    let s = Dictionary(uniqueKeysWithValues: fields.map { ($0, slot($0)) })
    func table(_ field: String, _ values: [String]) -> [UInt64] { values.map { bit(field, $0) } }
    func ints(_ field: String, _ range: ClosedRange<Int>) -> [UInt64] {
      range.map { bit(field, "\(field)_\($0)") }
    }
    let yesNo = { (field: String) in (yes: bit(field, "yes"), no: bit(field, "no")) }
    let skin = table("skin_type", Self.skin)
    let age = ints("age", 13...75)
    let sun = ints("sun_hours", 0...8)
    let severity = ints("acne_severity", 0...3)
    let climate = table("climate", Self.climate)
    let concerns = table("concerns", Self.concerns)
    let water = ints("water_glasses", 0...12)
    let sleep = ints("sleep_hours", 4...10)
    let budget = table("budget", Self.budget)
    let spf = yesNo("spf_daily")
    let acne = yesNo("acne")
    let pregnant = yesNo("pregnant")
    let retinoid = yesNo("uses_retinoid")
    let fragrance = yesNo("fragrance_sensitive")
    let smoker = yesNo("smoker")

    var result: [Answers] = []
    result.reserveCapacity(count)
    for _ in 0..<count {
      var answers = Answers(questionCount: questionCount)
      func set(_ field: String, _ bit: UInt64) { answers[s[field] ?? 0] = bit }
      let skinValue = random.below(5)
      let ageValue = 13 + random.below(63)
      let sunValue = random.below(9)
      let spfValue = random.below(2) == 1
      let acneValue = random.below(10) < 4
      let sev = random.below(3)
      let preg = random.below(10)
      let retinoidValue = random.below(4) == 0
      let climateValue = random.below(4)
      var concernBits: UInt64 = 0
      for bit in concerns where random.below(10) < 3 { concernBits |= bit }
      let fragranceValue = random.below(5) == 0
      let waterValue = random.below(13)
      let sleepValue = 4 + random.below(7)
      let smokerValue = random.below(6) == 0
      let budgetValue = random.below(3)
      set("skin_type", skin[skinValue])
      set("age", age[ageValue - 13])
      set("sun_hours", sun[sunValue])
      set("spf_daily", spfValue ? spf.yes : spf.no)
      set("acne", acneValue ? acne.yes : acne.no)
      set("acne_severity", severity[acneValue ? 1 + sev : 0])
      set("pregnant", (18...45).contains(ageValue) && preg == 0 ? pregnant.yes : pregnant.no)
      set("uses_retinoid", retinoidValue ? retinoid.yes : retinoid.no)
      set("climate", climate[climateValue])
      set("concerns", concernBits)  // empty: not answered, on which `has` is false
      set("fragrance_sensitive", fragranceValue ? fragrance.yes : fragrance.no)
      set("water_glasses", water[waterValue])
      set("sleep_hours", sleep[sleepValue - 4])
      set("smoker", smokerValue ? smoker.yes : smoker.no)
      set("budget", budget[budgetValue])
      result.append(answers)
    }
    return result
  }
}

/// FNV-1a 64 over the fired rule ids, as in profiles.py's Checksum.
struct Checksum {
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  var fired = 0

  mutating func add(_ ids: some Sequence<UInt8>) {
    for id in ids {
      hash = (hash ^ UInt64(id)) &* 0x100_0000_01b3
      fired += 1
    }
    hash = (hash ^ 0) &* 0x100_0000_01b3
  }
}

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

// MARK: - The shipped pack

/// Median microseconds per call of `body` on each of `count` inputs, over `runs` runs of at
/// least 0.2 s each.
func timePerCall(count: Int, runs: Int, _ body: (Int) -> Int) -> (median: Double, all: [Double]) {
  var sink = 0
  // Calibrate: how many passes make a run of about 0.2 s.
  var passes = 1
  while true {
    let start = nanoseconds()
    for _ in 0..<passes { for index in 0..<count { sink &+= body(index) } }
    let elapsed = nanoseconds() - start
    if elapsed > 50_000_000 { passes = max(1, Int(Double(passes) * 2e8 / Double(elapsed))); break }
    passes *= 2
  }
  var all: [Double] = []
  for _ in 0..<runs {
    let start = nanoseconds()
    for _ in 0..<passes { for index in 0..<count { sink &+= body(index) } }
    all.append(Double(nanoseconds() - start) / 1e3 / Double(passes * count))
  }
  precondition(sink != Int.min)
  return (median(all), all)
}

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

// MARK: - skinquiz check

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

let options = Options(Array(CommandLine.arguments.dropFirst()))
switch options.command {
case "peer": peer(options)
case "shipped": shipped(options)
case "check": check(options)
default:
  peer(options)
  shipped(options)
  check(options)
}
