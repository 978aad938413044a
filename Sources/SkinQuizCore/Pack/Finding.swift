/// A rule of the pack: when its condition holds, the finding appears in the result.
public struct Finding: Equatable, Sendable {
  /// What a finding is, in the order results present them.
  public enum Kind: String, Sendable, CaseIterable, Comparable {
    /// A reason not to have the treatment now or at all; sets a verdict floor.
    case contraindication
    /// A reason to talk to a dermatologist first; sets a verdict floor.
    case caution
    /// A benefit that fits the person's goals.
    case benefit
    /// A qualification of a benefit.
    case note
    /// Good to know; never changes the verdict.
    case info
    /// Advice for after a treatment; may read the verdict.
    case aftercare

    /// Whether findings of this kind must set a verdict floor.
    public var setsFloor: Bool { self == .contraindication || self == .caution }

    /// Whether findings of this kind must cite at least one source.
    public var needsSource: Bool { self != .info && self != .aftercare }

    public static func < (lhs: Kind, rhs: Kind) -> Bool {
      allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
  }

  /// The stable id, used in results.
  public var id: String
  /// What the finding is.
  public var kind: Kind
  /// When the finding appears.
  public var when: Condition
  /// The least severe verdict the person can get when this finding appears, as an index into
  /// `Pack.verdicts`; only contraindications and cautions have one.
  public var floor: Int?
  /// A short title.
  public var title: String
  /// What it means for the person, in plain words.
  public var text: String
  /// The ids of the sources it rests on.
  public var sources: [String]
  /// One short question for the person to bring to their dermatologist or provider, if any.
  public var ask: String?
  /// Where the finding is defined.
  public var location: FileLocation
  /// Where its condition is written.
  public var conditionLocation: FileLocation
  /// Where its text is written.
  public var textLocation: FileLocation

  /// Creates a finding.
  public init(
    id: String, kind: Kind, when: Condition, floor: Int? = nil, title: String, text: String,
    sources: [String], ask: String? = nil, location: FileLocation,
    conditionLocation: FileLocation? = nil, textLocation: FileLocation? = nil
  ) {
    self.conditionLocation = conditionLocation ?? location
    self.textLocation = textLocation ?? location
    self.ask = ask
    self.id = id
    self.kind = kind
    self.when = when
    self.floor = floor
    self.title = title
    self.text = text
    self.sources = sources
    self.location = location
  }
}
