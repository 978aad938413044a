/// How easy a pack's texts must be to read (`readability:` in `pack.yaml`), as `skinquiz check`
/// judges them.
public struct ReadabilityLimits: Equatable, Sendable {
  /// The highest Flesch-Kincaid grade level a text may have, to one decimal.
  public var maxGrade: Double
  /// The most words a sentence may have.
  public var maxSentenceWords: Int

  /// Creates limits; the defaults are those of consumer health writing: grade 8, 25 words.
  public init(maxGrade: Double = 8, maxSentenceWords: Int = 25) {
    self.maxGrade = maxGrade
    self.maxSentenceWords = maxSentenceWords
  }
}
