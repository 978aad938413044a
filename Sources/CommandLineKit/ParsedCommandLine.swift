/// A command line that parsed: which command runs, and the values it was given.
public struct ParsedCommandLine: Sendable, Equatable {
  /// The subcommands' names after the program's, such as `["check"]`; empty for the root.
  public var path: [String]
  /// The options' values by long name, the last given when one was given twice.
  public var values: [String: String]
  /// The flags given, by long name.
  public var flags: Set<String>
  /// The positional arguments, in order; each one left out has its default.
  public var arguments: [String]

  /// The value of the option `name`, if given.
  public func value(_ name: String) -> String? {
    values[name]
  }

  /// The value of the option `name` as `T`, if given.
  ///
  /// The parser has checked it against the option's values, so it converts.
  public func value<T: RawRepresentable>(_ name: String, as type: T.Type) -> T?
  where T.RawValue == String {
    values[name].flatMap(T.init(rawValue:))
  }

  /// Whether the flag `name` was given.
  public func flag(_ name: String) -> Bool {
    flags.contains(name)
  }
}
