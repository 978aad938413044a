/// A persona test written in the pack: answers and what the result must be.
public struct PackTest: Equatable, Sendable {
  /// What the persona is; unique within the pack.
  public var name: String
  /// The persona's answers.
  public var answers: Answers
  /// The verdict the result must have, as an index into `Pack.verdicts`.
  public var verdict: Int?
  /// Findings (indices into `Pack.findings`) that must appear.
  public var fires: [Int]
  /// Findings (indices into `Pack.findings`) that must not appear.
  public var notFires: [Int]
  /// Where the test is defined.
  public var location: FileLocation

  /// Creates a test.
  public init(
    name: String, answers: Answers, verdict: Int?, fires: [Int], notFires: [Int],
    location: FileLocation
  ) {
    self.name = name
    self.answers = answers
    self.verdict = verdict
    self.fires = fires
    self.notFires = notFires
    self.location = location
  }
}
