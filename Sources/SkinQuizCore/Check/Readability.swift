/// How hard a text is to read, measured as the Flesch-Kincaid grade level.
///
/// The grade is `0.39 × words per sentence + 11.8 × syllables per word − 15.59`, the formula of
/// Kincaid et al. (1975) that readability tools such as Python's textstat compute. Words are runs
/// of letters and digits (a hyphenated word is one word); a sentence ends at `.`, `!` or `?`
/// followed by a space or the end of the text. Syllables are counted by rule, not looked up:
/// vowel groups, less a silent final `e` and a silent `-ed` or `-es`, plus vowel pairs that are
/// said as two (`ia`, `io`, `ua`, ...); an acronym in capitals counts a syllable a letter and a
/// number counts one. On the built-in pack's words the rules agree with the CMU Pronouncing
/// Dictionary for about 95 in 100 words.
public struct Readability: Equatable, Sendable {
  /// The limits a pack sets for its texts (`readability:` in `pack.yaml`).
  public struct Limits: Equatable, Sendable {
    /// The highest grade level a text may have.
    public var maxGrade: Double
    /// The most words a sentence may have.
    public var maxSentenceWords: Int

    /// Creates limits; the defaults are those of consumer health writing: grade 8, 25 words.
    public init(maxGrade: Double = 8, maxSentenceWords: Int = 25) {
      self.maxGrade = maxGrade
      self.maxSentenceWords = maxSentenceWords
    }
  }

  /// How many words the text has.
  public var words = 0
  /// How many sentences it has; a text without a full stop is one sentence.
  public var sentences = 0
  /// How many syllables its words have.
  public var syllables = 0
  /// The number of words in its longest sentence.
  public var longestSentence = 0

  /// Measures `text`.
  public init(_ text: String) {
    var wordsInSentence = 0
    for token in text.split(whereSeparator: { $0.isWhitespace }) {
      let count = Self.syllables(inToken: token)
      if count > 0 {
        words += 1
        syllables += count
        wordsInSentence += 1
      }
      if Self.endsSentence(token), wordsInSentence > 0 {
        sentences += 1
        longestSentence = max(longestSentence, wordsInSentence)
        wordsInSentence = 0
      }
    }
    if wordsInSentence > 0 {
      sentences += 1
      longestSentence = max(longestSentence, wordsInSentence)
    }
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

  /// Several texts measured as one: their words, sentences and syllables added up.
  public static func pooled(_ measures: [Readability]) -> Readability {
    Readability(
      words: measures.reduce(0) { $0 + $1.words },
      sentences: measures.reduce(0) { $0 + $1.sentences },
      syllables: measures.reduce(0) { $0 + $1.syllables },
      longestSentence: measures.map(\.longestSentence).max() ?? 0)
  }

  /// The grade written with one decimal, such as `7.4`.
  public static func formatted(_ grade: Double) -> String {
    let tenths = Int((grade * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
  }

  // MARK: - Counting

  /// Abbreviations whose full stop does not end a sentence.
  private static let abbreviations: Set<String> = [
    "e.g.", "i.e.", "vs.", "dr.", "mr.", "mrs.", "ms.", "al.", "approx.", "no.", "st.",
  ]

  private static func endsSentence(_ token: Substring) -> Bool {
    var end = token
    while let last = end.last, "\"'”’)]".contains(last) { end.removeLast() }
    guard let last = end.last, ".!?".contains(last) else { return false }
    return !abbreviations.contains(end.lowercased())
  }

  /// The syllables of a whitespace-free token: 0 when it has no letter or digit (a dash, say).
  static func syllables(inToken token: Substring) -> Int {
    var total = 0
    var hasDigits = false
    // Hyphens and slashes join words that are read one after the other.
    for part in token.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "–" }) {
      let letters = part.filter { $0.isLetter }
      if letters.isEmpty {
        hasDigits = hasDigits || part.contains { $0.isNumber }
        continue
      }
      let isAcronym =
        letters.count >= 2 && letters.count <= 5 && letters.allSatisfy { $0.isUppercase }
      total += isAcronym ? letters.count : syllables(inWord: letters.lowercased())
    }
    return total == 0 && hasDigits ? 1 : total
  }

  /// The syllables of a lowercase word.
  static func syllables(inWord word: String) -> Int {
    let letters = Array(word.unicodeScalars.filter { ("a"..."z").contains($0) })
    guard !letters.isEmpty else { return word.isEmpty ? 0 : 1 }
    func isVowel(_ index: Int) -> Bool { "aeiouy".unicodeScalars.contains(letters[index]) }
    // A suffix such as "-ly" or "-ment" is counted on its own, so that the stem's silent "e"
    // ("complete" in "completely") is still seen at the stem's end.
    let text = String(String.UnicodeScalarView(letters))
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
    let consonantBeforeEnd = letters.count >= 3 && !isVowel(letters.count - 2)
    if text.hasSuffix("e"), letters.count >= 3, consonantBeforeEnd, !text.hasSuffix("le") {
      count -= 1  // make, large
    }
    if text.hasSuffix("ed"), letters.count >= 4, !isVowel(letters.count - 3),
      !text.hasSuffix("ted"), !text.hasSuffix("ded"), !text.hasSuffix("led")
    {
      count -= 1  // needed is two, but helped and formed are one
    }
    if text.hasSuffix("es"), letters.count >= 4, !isVowel(letters.count - 3) {
      let sounded = ["ses", "xes", "zes", "ches", "shes", "ges", "ces", "les"]
      if !sounded.contains(where: text.hasSuffix) { count -= 1 }  // makes, but fixes
    }
    count += pairsSaidAsTwo(text)
    return max(1, count)
  }

  /// Vowel pairs inside one vowel group that are said as two syllables: "di-a-be-tes",
  /// "ac-tu-al", but not "-tion", "spe-cial" or "guard".
  private static func pairsSaidAsTwo(_ word: String) -> Int {
    let scalars = Array(word.unicodeScalars)
    var count = 0
    for index in scalars.indices.dropLast() {
      let pair = String(String.UnicodeScalarView([scalars[index], scalars[index + 1]]))
      let before = index > 0 ? scalars[index - 1] : " "
      switch pair {
      case "ia", "io", "iu":
        // -tion, -cial, -sion and the like are one syllable.
        if !"tcsx".unicodeScalars.contains(before) { count += 1 }
      case "ua", "uo":
        // gua-, qua- are one syllable; ac-tu-al is two.
        if !"gq".unicodeScalars.contains(before) { count += 1 }
      case "ii": count += 1
      default: break
      }
    }
    return count
  }
}
