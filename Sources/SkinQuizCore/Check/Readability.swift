/// How hard a text is to read, measured as the Flesch-Kincaid grade level.
///
/// The grade is `0.39 × words per sentence + 11.8 × syllables per word − 15.59`, the formula of
/// Kincaid et al. (1975) that readability tools such as Python's textstat compute. A word is a
/// run of text between spaces or dashes that holds a letter or a digit; a sentence ends at `.`,
/// `!` or `?` (before any closing quote or bracket), except after an abbreviation such as `e.g.`.
/// Syllables are counted by rule, not looked up: vowel groups, less a silent final `e` and a
/// silent `-ed` or `-es`, plus vowel pairs said as two (`ia`, `io`, `ua`, a final `ea`, ...); an
/// acronym in capitals counts a syllable a letter, and a number or Roman numeral counts one.
public struct Readability: Equatable, Sendable {
  /// How many words the text has.
  public var words = 0
  /// How many sentences it has; a text without a full stop is one sentence.
  public var sentences = 0
  /// How many syllables its words have.
  public var syllables = 0
  /// The number of words in its longest sentence.
  public var longestSentence = 0
  /// The first words of the longest sentence, to quote it.
  public var longestSentenceStart = ""

  /// Measures `text`.
  public init(_ text: String) {
    var sentence: [Substring] = []
    func endSentence() {
      guard !sentence.isEmpty else { return }
      sentences += 1
      if sentence.count > longestSentence {
        longestSentence = sentence.count
        longestSentenceStart =
          sentence.prefix(6).joined(separator: " ")
          + (sentence.count > 6 ? " …" : "")
      }
      sentence = []
    }
    for token in text.split(whereSeparator: { $0.isWhitespace || Self.dashes.contains($0) }) {
      let count = Self.syllables(inToken: token)
      if count > 0 {
        words += 1
        syllables += count
        sentence.append(token)
      }
      if Self.endsSentence(token) { endSentence() }
    }
    endSentence()
  }

  /// Creates a measure from counts, as for texts measured together.
  public init(words: Int, sentences: Int, syllables: Int, longestSentence: Int) {
    self.words = words
    self.sentences = sentences
    self.syllables = syllables
    self.longestSentence = longestSentence
  }

  /// The grade level: about the years of US schooling a reader needs; 0 for a text without words.
  public var grade: Double {
    guard words > 0, sentences > 0 else { return 0 }
    return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words)
      - 15.59
  }

  /// The grade in tenths, as it is shown and compared with a limit, so that a text shown at
  /// the limit is never reported as above it.
  public var gradeInTenths: Int { Self.tenths(grade) }

  /// Several texts measured as one: their words, sentences and syllables added up.
  public static func pooled(_ measures: [Readability]) -> Readability {
    let longest = measures.max { $0.longestSentence < $1.longestSentence }
    var pooled = Readability(
      words: measures.reduce(0) { $0 + $1.words },
      sentences: measures.reduce(0) { $0 + $1.sentences },
      syllables: measures.reduce(0) { $0 + $1.syllables },
      longestSentence: longest?.longestSentence ?? 0)
    pooled.longestSentenceStart = longest?.longestSentenceStart ?? ""
    return pooled
  }

  /// A grade rounded to tenths; 0 for a value that is not a number.
  static func tenths(_ grade: Double) -> Int {
    grade.isFinite ? Int((grade * 10).rounded()) : 0
  }

  /// The grade written with one decimal, such as `7.4`.
  public static func formatted(_ grade: Double) -> String {
    let tenths = tenths(grade)
    return "\(tenths < 0 ? "-" : "")\(abs(tenths) / 10).\(abs(tenths) % 10)"
  }

  // MARK: - Counting

  /// Dashes that stand between words; a hyphen joins them instead.
  private static let dashes: Set<Character> = ["—", "–"]

  /// Abbreviations whose full stop does not end a sentence.
  private static let abbreviations: Set<String> = [
    "e.g.", "i.e.", "vs.", "dr.", "mr.", "mrs.", "ms.", "al.", "approx.", "u.s.", "u.k.",
  ]

  private static func endsSentence(_ token: Substring) -> Bool {
    var end = token
    while let last = end.last, "\"'”’)]".contains(last) { end.removeLast() }
    guard let last = end.last, ".!?".contains(last) else { return false }
    while let first = end.first, "\"'“‘([".contains(first) { end.removeFirst() }
    return !abbreviations.contains(end.lowercased())
  }

  /// The syllables of a whitespace-free token: 0 when it has no letter or digit.
  static func syllables(inToken token: Substring) -> Int {
    var total = 0
    var hasDigits = false
    // Hyphens and slashes join words that are read one after the other.
    for part in token.split(whereSeparator: { $0 == "-" || $0 == "/" }) {
      let letters = part.filter { $0.isLetter }
      if letters.isEmpty {
        hasDigits = hasDigits || part.contains { $0.isNumber }
        continue
      }
      let isCapitals = letters.count >= 2 && letters.count <= 5 && letters.allSatisfy(\.isUppercase)
      if isCapitals, letters.allSatisfy({ "IVX".contains($0) }) {
        total += 1  // a Roman numeral, read as a number
      } else {
        total += isCapitals ? letters.count : syllables(inWord: letters.lowercased())
      }
    }
    return total == 0 && hasDigits ? 1 : total
  }

  /// The syllables of a lowercase word.
  static func syllables(inWord word: String) -> Int {
    let letters = Array(word.unicodeScalars.filter { ("a"..."z").contains($0) })
    guard !letters.isEmpty else { return word.isEmpty ? 0 : 1 }
    func isVowel(_ index: Int) -> Bool { "aeiouy".unicodeScalars.contains(letters[index]) }
    let text = String(String.UnicodeScalarView(letters))
    // A suffix such as "-ly" or "-ment" is counted on its own, so that the stem's silent "e"
    // ("complete" in "completely") is still seen at the stem's end.
    for suffix in ["ly", "ment", "ments", "ful", "ness", "less"]
    where text.count > suffix.count + 3 && text.hasSuffix(suffix) {
      let stem = String(text.dropLast(suffix.count))
      // Each of these suffixes is one syllable.
      if stem.hasSuffix("e") { return syllables(inWord: stem) + 1 }
    }
    var count = 0
    for index in letters.indices where isVowel(index) && (index == 0 || !isVowel(index - 1)) {
      count += 1
    }
    let n = letters.count
    // A final "e" after one consonant is silent (make, large); after consonant + "l" it is a
    // syllable of its own (table), and so it is after "cn" (acne).
    if text.hasSuffix("e"), n >= 3, !isVowel(n - 2), !text.hasSuffix("cne"),
      !(letters[n - 2] == "l" && n >= 4 && !isVowel(n - 3))
    {
      count -= 1
    }
    if text.hasSuffix("ed"), n >= 4, !isVowel(n - 3), !text.hasSuffix("ted"),
      !text.hasSuffix("ded"), !(text.hasSuffix("led") && n >= 5 && !isVowel(n - 4))
    {
      count -= 1  // helped and formed are one syllable; needed and settled are two
    }
    if text.hasSuffix("es"), n >= 4, !isVowel(n - 3) {
      let sounded = ["ses", "xes", "zes", "ches", "shes", "ges", "ces"]
      let afterConsonantL = letters[n - 3] == "l" && n >= 5 && !isVowel(n - 4)
      if !sounded.contains(where: text.hasSuffix), !afterConsonantL { count -= 1 }
    }
    count += pairsSaidAsTwo(text)
    return max(1, count)
  }

  /// Vowel pairs inside one vowel group that are said as two syllables: "di-a-be-tes",
  /// "ac-tu-al", "ar-e-a", "be-ing", but not "-tion", "spe-cial", "guard" or "bread".
  private static func pairsSaidAsTwo(_ word: String) -> Int {
    let scalars = Array(word.unicodeScalars)
    var count = 0
    for index in scalars.indices.dropLast() {
      let pair = String(String.UnicodeScalarView([scalars[index], scalars[index + 1]]))
      let before = index > 0 ? scalars[index - 1] : " "
      let isLast = index + 2 == scalars.count
      switch pair {
      case "ia", "io", "iu":
        // -tion, -cial, -sion and the like are one syllable.
        if !"tcsx".unicodeScalars.contains(before) { count += 1 }
      case "ua", "uo":
        // gua-, qua- are one syllable; ac-tu-al is two.
        if !"gq".unicodeScalars.contains(before) { count += 1 }
      case "ea" where isLast: count += 1  // area, idea
      case "ei" where word.dropFirst(index + 2).hasPrefix("ng"): count += 1  // being
      case "ii": count += 1
      default: break
      }
    }
    return count
  }
}
