import Testing

@testable import SkinQuizCore

@Suite struct ReadabilityTests {
  @Test func counts_words_sentences_and_syllables() {
    let text =
      "In the US, microneedling devices are authorized for adults aged 22 and over, and young "
      + "people need a parent or guardian involved. We only ask for an age range, never your "
      + "date of birth."
    let measure = Readability(text)
    #expect(measure.words == 34)
    #expect(measure.sentences == 2)
    #expect(measure.longestSentence == 22)
    #expect(measure.syllables == 51)
  }

  @Test func the_grade_is_the_flesch_kincaid_formula() {
    let measure = Readability(words: 100, sentences: 5, syllables: 150, longestSentence: 30)
    // 0.39 × 20 + 11.8 × 1.5 − 15.59
    #expect(abs(measure.grade - 9.91) < 1e-9)
    #expect(Readability.formatted(measure.grade) == "9.9")
    #expect(Readability("").grade == 0)
    #expect(Readability.formatted(-1.04) == "-1.0")
    #expect(Readability.formatted(.nan) == "0.0")
    #expect(
      Readability(words: 10, sentences: 1, syllables: 14, longestSentence: 10).gradeInTenths == 48)
  }

  @Test(arguments: [
    ("cat", 1), ("make", 1), ("table", 2), ("needed", 2), ("helped", 1), ("fixes", 2),
    ("makes", 1), ("microneedling", 4), ("notes", 1), ("special", 2), ("infection", 3),
    ("guardian", 3), ("actual", 3), ("completely", 3), ("people", 2), ("the", 1), ("area", 3),
    ("idea", 3), ("while", 1), ("whole", 1),
    ("rule", 1), ("acne", 2), ("being", 2), ("settled", 2), ("wrinkles", 2),
  ])
  func counts_syllables_by_rule(word: String, syllables: Int) {
    #expect(Readability.syllables(inWord: word) == syllables, "\(word)")
  }

  @Test func acronyms_numbers_and_hyphens() {
    #expect(Readability.syllables(inToken: "FDA") == 3)
    #expect(Readability.syllables(inToken: "III") == 1)
    #expect(Readability.syllables(inToken: "VI,") == 1)
    #expect(Readability.syllables(inToken: "2018,") == 1)
    #expect(Readability.syllables(inToken: "skin-smoothing") == 3)
    #expect(Readability.syllables(inToken: "—") == 0)
    // A dash between words is not a word.
    #expect(Readability("Wait — then go.").words == 3)
  }

  @Test func abbreviations_and_quotes_end_sentences_only_where_they_should() {
    #expect(Readability("Use a cream, e.g. a gentle one. Then wait.").sentences == 2)
    #expect(Readability("It says \"wait.\" Then it says go!").sentences == 2)
    #expect(Readability("No full stop at the end").sentences == 1)
    #expect(Readability("Twelve. One two three four five.").longestSentence == 5)
    #expect(Readability("Use a mild cream (e.g. a gentle one) each day.").sentences == 1)
    #expect(Readability("It is made in the U.S. by a firm.").sentences == 1)
    #expect(Readability("If unsure, answer no. We will ask again.").sentences == 2)
  }

  @Test func the_longest_sentence_is_quoted_by_its_first_words() {
    let measure = Readability("Short one. Then a much longer sentence that goes on and on here.")
    #expect(measure.longestSentence == 11)
    #expect(measure.longestSentenceStart == "Then a much longer sentence that …")
  }

  @Test func texts_pool_their_counts() {
    let pooled = Readability.pooled([Readability("One two."), Readability("Three four five six.")])
    #expect(pooled.words == 6)
    #expect(pooled.sentences == 2)
    #expect(pooled.longestSentence == 4)
  }
}
