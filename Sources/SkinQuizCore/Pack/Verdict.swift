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
  /// The heading above the benefits when this verdict is given, if the usual one would read as
  /// if the benefits applied now (as under "not advised").
  public var benefitsHeading: String?
  /// A word or two shown beside each finding that sets this verdict as its floor, such as
  /// "wait", so that a finding's label reads like the verdict it leads to.
  public var label: String?
  /// What to do next, in one sentence, for the short summary.
  public var nextStep: String?
  /// Where the verdict is defined.
  public var location: FileLocation
  /// Where its text is written.
  public var textLocation: FileLocation

  /// Creates a verdict.
  public init(
    id: String, title: String, text: String, when: Condition? = nil,
    benefitsHeading: String? = nil, label: String? = nil, nextStep: String? = nil,
    location: FileLocation, textLocation: FileLocation? = nil
  ) {
    self.benefitsHeading = benefitsHeading
    self.label = label
    self.nextStep = nextStep
    self.textLocation = textLocation ?? location
    self.id = id
    self.title = title
    self.text = text
    self.when = when
    self.location = location
  }
}
