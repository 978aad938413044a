/// What a quiz's draft file holds, so that what the modes say about it is true.
public enum DraftState: Equatable, Sendable {
  /// There is no draft: the answers are kept nowhere.
  case none
  /// The draft holds every answer given so far.
  case upToDate
  /// The last save of the draft failed, so it does not hold the latest answers.
  case behind

  /// The state of a draft at `path` (`nil` for none) whose last save failed with `failure`.
  public init(path: String?, failure: String?) {
    self = path == nil ? .none : failure == nil ? .upToDate : .behind
  }
}
