import Fixtures
import SkinQuizCore

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
    let tables = Tables(self)
    var result: [Answers] = []
    result.reserveCapacity(count)
    for _ in 0..<count {
      result.append(profile(&random, tables))
    }
    return result
  }

  /// The next profile of `random`: every value drawn first, in profiles.py's order, so the
  /// profiles stay those of profiles.py.
  private func profile(_ random: inout SplitMix64, _ tables: Tables) -> Answers {
    var answers = Answers(questionCount: questionCount)
    func set(_ field: String, _ bit: UInt64) { answers[tables.slots[field] ?? 0] = bit }
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
    for bit in tables.concerns where random.below(10) < 3 { concernBits |= bit }
    let fragranceValue = random.below(5) == 0
    let waterValue = random.below(13)
    let sleepValue = 4 + random.below(7)
    let smokerValue = random.below(6) == 0
    let budgetValue = random.below(3)
    set("skin_type", tables.skin[skinValue])
    set("age", tables.age[ageValue - 13])
    set("sun_hours", tables.sun[sunValue])
    set("spf_daily", tables.spf.pick(spfValue))
    set("acne", tables.acne.pick(acneValue))
    set("acne_severity", tables.severity[acneValue ? 1 + sev : 0])
    set("pregnant", tables.pregnant.pick((18...45).contains(ageValue) && preg == 0))
    set("uses_retinoid", tables.retinoid.pick(retinoidValue))
    set("climate", tables.climate[climateValue])
    set("concerns", concernBits)  // empty: not answered, on which `has` is false
    set("fragrance_sensitive", tables.fragrance.pick(fragranceValue))
    set("water_glasses", tables.water[waterValue])
    set("sleep_hours", tables.sleep[sleepValue - 4])
    set("smoker", tables.smoker.pick(smokerValue))
    set("budget", tables.budget[budgetValue])
    return answers
  }

  /// Each field's slot and its values' bits, looked up once for all the profiles.
  private struct Tables {
    /// The bits of a yes-or-no question's two options.
    struct YesNo {
      let yes: UInt64
      let no: UInt64

      /// The bit of `yes` when `value` holds, of `no` otherwise.
      func pick(_ value: Bool) -> UInt64 { value ? yes : no }
    }

    let slots: [String: Int]
    let skin, age, sun, severity, climate, concerns, water, sleep, budget: [UInt64]
    let spf, acne, pregnant, retinoid, fragrance, smoker: YesNo

    init(_ maker: ProfileMaker) {
      let fields = [
        "skin_type", "age", "sun_hours", "spf_daily", "acne", "acne_severity", "pregnant",
        "uses_retinoid", "climate", "concerns", "fragrance_sensitive", "water_glasses",
        "sleep_hours", "smoker", "budget",
      ]
      slots = Dictionary(uniqueKeysWithValues: fields.map { ($0, maker.slot($0)) })
      func table(_ field: String, _ values: [String]) -> [UInt64] {
        values.map { maker.bit(field, $0) }
      }
      func ints(_ field: String, _ range: ClosedRange<Int>) -> [UInt64] {
        range.map { maker.bit(field, "\(field)_\($0)") }
      }
      let yesNo = { (field: String) in
        YesNo(yes: maker.bit(field, "yes"), no: maker.bit(field, "no"))
      }
      skin = table("skin_type", ProfileMaker.skin)
      age = ints("age", 13...75)
      sun = ints("sun_hours", 0...8)
      severity = ints("acne_severity", 0...3)
      climate = table("climate", ProfileMaker.climate)
      concerns = table("concerns", ProfileMaker.concerns)
      water = ints("water_glasses", 0...12)
      sleep = ints("sleep_hours", 4...10)
      budget = table("budget", ProfileMaker.budget)
      spf = yesNo("spf_daily")
      acne = yesNo("acne")
      pregnant = yesNo("pregnant")
      retinoid = yesNo("uses_retinoid")
      fragrance = yesNo("fragrance_sensitive")
      smoker = yesNo("smoker")
    }
  }
}
