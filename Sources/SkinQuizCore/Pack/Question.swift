/// A question of the quiz, with its options and the skip logic that decides whether it is asked.
public struct Question: Equatable, Sendable {
  /// Whether a question takes one option or several.
  public enum Kind: String, Sendable, CaseIterable {
    /// Exactly one option.
    case single
    /// One or more options; an exclusive option must be chosen alone.
    case multi

    /// Whether an answer may hold more than one option.
    public var takesSeveralOptions: Bool {
      switch self {
      case .single: return false
      case .multi: return true
      }
    }
  }

  /// The stable id, used in answers files and results.
  public var id: String
  /// Single or multi.
  public var kind: Kind
  /// The question as the person reads it.
  public var text: String
  /// Why we ask this, shown on request.
  public var help: String
  /// The options, in the order they are offered.
  public var options: [Option]
  /// Skip logic: the question is asked only when this holds; `nil` means always.
  public var when: Condition?
  /// Where the question is defined.
  public var location: FileLocation
  /// Where its help text is written.
  public var helpLocation: FileLocation

  /// Creates a question.
  public init(
    id: String, kind: Kind, text: String, help: String, options: [Option], when: Condition? = nil,
    location: FileLocation, helpLocation: FileLocation? = nil
  ) {
    self.helpLocation = helpLocation ?? location
    self.id = id
    self.kind = kind
    self.text = text
    self.help = help
    self.options = options
    self.when = when
    self.location = location
  }

  /// The index of the option with this id, if the question has it.
  public func optionIndex(_ id: String) -> Int? {
    options.firstIndex { $0.id == id }
  }

  /// `selection` after choosing option `index`, as a person picks it on a screen: a single
  /// question takes it; a multi question toggles it, and an exclusive option clears the others
  /// (or is cleared by them), so the selection stays valid apart from being empty.
  public func choosing(_ index: Int, in selection: UInt64) -> UInt64 {
    let bit: UInt64 = 1 << index
    switch kind {
    case .single: return bit
    case .multi:
      if selection & bit != 0 { return selection & ~bit }
      return options[index].isExclusive ? bit : (selection | bit) & ~exclusiveMask
    }
  }

  /// The bit set of the exclusive options.
  public var exclusiveMask: UInt64 {
    options.indices.reduce(0) { options[$1].isExclusive ? $0 | (1 << $1) : $0 }
  }
}

extension Question {
  /// One option of a question.
  public struct Option: Equatable, Sendable {
    /// The stable id, used in answers files and results.
    public var id: String
    /// The option as the person reads it.
    public var label: String
    /// A short clarification shown beside the label, if any.
    public var hint: String?
    /// In a multi question, an exclusive option must be chosen alone.
    public var isExclusive: Bool
    /// Where the option is defined.
    public var location: FileLocation

    /// Creates an option.
    public init(
      id: String, label: String, hint: String? = nil, isExclusive: Bool = false,
      location: FileLocation
    ) {
      self.id = id
      self.label = label
      self.hint = hint
      self.isExclusive = isExclusive
      self.location = location
    }
  }
}
