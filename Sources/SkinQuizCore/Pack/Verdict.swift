/// One of the overall verdicts a result can have.
///
/// A pack lists its verdicts most severe first. The result's verdict is the most severe of the
/// floors of the findings that fired, the verdicts whose `when` holds, and the last verdict.
public struct Verdict: Equatable, Sendable {
  /// The stable id, used in results.
  public var id: String
  /// A short banner.
  public var title: String
  /// What it means, in plain words.
  public var text: String
  /// When this verdict applies even though no finding set it as a floor.
  public var when: Condition?
  /// Where the verdict is defined.
  public var location: FileLocation

  /// Creates a verdict.
  public init(
    id: String, title: String, text: String, when: Condition? = nil, location: FileLocation
  ) {
    self.id = id
    self.title = title
    self.text = text
    self.when = when
    self.location = location
  }
}
