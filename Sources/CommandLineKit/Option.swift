/// A named option (`--format <format>`) or flag (`--force`) of a command.
public struct Option: Sendable {
  /// The long name, without its two dashes.
  public var name: String
  /// The name of its value in the help (`file` shows as `<file>`); `nil` for a flag.
  public var valueName: String?
  /// What it does, as one paragraph.
  public var help: String
  /// The only values it takes, each with what it means; empty when any value goes.
  public var values: [OptionValue]
  /// What a shell offers after it.
  public var completion: Completion
  /// Whether the help, the usage and the manual leave it out.
  public var isHidden: Bool

  /// An option; ``value(_:valueName:help:values:completion:)`` and ``flag(_:help:)`` say
  /// less for the common cases.
  public init(
    name: String, valueName: String?, help: String, values: [OptionValue],
    completion: Completion, isHidden: Bool
  ) {
    self.name = name
    self.valueName = valueName
    self.help = help
    self.values = values
    self.completion = completion
    self.isHidden = isHidden
  }

  /// An option that takes a value.
  ///
  /// With `values`, the value must be one of them, and completion offers them.
  public static func value(
    _ name: String, valueName: String, help: String, values: [OptionValue] = [],
    completion: Completion? = nil
  ) -> Option {
    Option(
      name: name, valueName: valueName, help: help, values: values,
      completion: completion ?? (values.isEmpty ? .none : .list(values.map(\.name))),
      isHidden: false)
  }

  /// A flag: present or not, it takes no value.
  public static func flag(_ name: String, help: String) -> Option {
    Option(name: name, valueName: nil, help: help, values: [], completion: .none, isHidden: false)
  }

  /// Whether it takes a value.
  public var takesValue: Bool { valueName != nil }

  /// How the help and errors name it: `--format <format>`, or `--force`.
  public var synopsis: String {
    valueName.map { "--\(name) <\($0)>" } ?? "--\(name)"
  }
}
