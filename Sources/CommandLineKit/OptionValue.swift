/// One of the values an option takes, with what it means (listed under the option).
public struct OptionValue: Sendable {
  /// The value as it is typed.
  public var name: String
  /// What it means.
  public var help: String

  /// A value and what it means.
  public init(_ name: String, help: String) {
    self.name = name
    self.help = help
  }
}
