/// A positional argument of a command, such as batch's `<file>`.
public struct Positional: Sendable {
  /// The name of its value in the help: `file` shows as `<file>`.
  public var valueName: String
  /// What it is, as one paragraph.
  public var help: String
  /// The value when it is not given; `nil` makes the argument required.
  public var defaultValue: String?
  /// What a shell offers for it.
  public var completion: Completion

  /// A positional argument.
  public init(
    valueName: String, help: String, defaultValue: String? = nil, completion: Completion = .none
  ) {
    self.valueName = valueName
    self.help = help
    self.defaultValue = defaultValue
    self.completion = completion
  }

  /// How the usage names it: `[<file>]` when it may be left out.
  var synopsis: String {
    defaultValue == nil ? "<\(valueName)>" : "[<\(valueName)>]"
  }
}
