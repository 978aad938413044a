/// One problem found in a pack or an answers file, with where it is.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  /// How serious a problem is.
  public enum Severity: String, Sendable, Comparable {
    /// The pack or answers cannot be used.
    case error
    /// Worth a look, but nothing stops.
    case warning

    /// Errors sort before warnings.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      lhs == .error && rhs == .warning
    }
  }

  /// Where the problem is.
  public var location: FileLocation
  /// Whether the problem stops the pack or answers from being used.
  public var severity: Severity
  /// What is wrong, quoting the text at fault.
  public var message: String

  /// Creates a diagnostic.
  public init(_ severity: Severity, at location: FileLocation, _ message: String) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  /// `file:line:col: error: message`, the form compilers and editors understand.
  public var description: String {
    "\(location): \(severity.rawValue): \(message)"
  }
}

extension Array where Element == Diagnostic {
  /// Whether any of the diagnostics is an error.
  public var containsErrors: Bool { contains { $0.severity == .error } }

  /// "1 error" or "3 errors": how many of the diagnostics are errors, for a summary line.
  public var errorsCounted: String {
    let errors = count { $0.severity == .error }
    return "\(errors) error\(errors == 1 ? "" : "s")"
  }

  /// The diagnostics in file order, errors before warnings at the same place.
  public func sortedByLocation() -> [Diagnostic] {
    enumerated().sorted { a, b in
      let (l, r) = (a.element.location, b.element.location)
      if l.file != r.file { return l.file < r.file }
      if l.line != r.line { return l.line < r.line }
      if l.column != r.column { return l.column < r.column }
      return a.offset < b.offset
    }.map(\.element)
  }
}
