/// A headed list at the end of a command's help, such as "Exit codes:", which the manual page
/// shows as a section of its own (EXIT STATUS).
public struct HelpSection: Sendable {
  /// What the list is about: it names the help's heading and the manual's section.
  public enum Topic: Sendable, CaseIterable {
    case examples
    case environment
    case files
    case exitCodes

    /// The heading in the help, without its colon.
    public var heading: String {
      switch self {
      case .examples: "Examples"
      case .environment: "Environment"
      case .files: "Files"
      case .exitCodes: "Exit codes"
      }
    }

    /// The section of the manual page, as mdoc(7) names it.
    var manualSection: String {
      switch self {
      case .examples: "EXAMPLES"
      case .environment: "ENVIRONMENT"
      case .files: "FILES"
      case .exitCodes: "EXIT STATUS"
      }
    }
  }

  /// How an entry's text is placed in the help.
  public enum Layout: Sendable {
    /// Beside the term, in a column: for short terms such as exit codes.
    case columns
    /// Under the term: for terms as long as a command line.
    case stacked
  }

  /// An entry: what is described, and what it means or does.
  public struct Entry: Sendable {
    /// What is described: a command, a variable, a path or an exit code.
    public var term: String
    /// What it means or does, as one paragraph.
    public var text: String

    /// An entry.
    public init(term: String, text: String) {
      self.term = term
      self.text = text
    }
  }

  /// What the list is about.
  public var topic: Topic
  /// Where the entries' texts go in the help.
  public var layout: Layout
  /// The entries, in the order shown.
  public var entries: [Entry]

  /// A headed list.
  public init(topic: Topic, layout: Layout, entries: [Entry]) {
    self.topic = topic
    self.layout = layout
    self.entries = entries
  }

  /// The section as help text for a screen `width` columns wide, wrapped to 78 columns at
  /// most with the text's column kept, so that the help's own wrapping never breaks it again.
  func text(width: Int) -> String {
    let room = min(78, width - 1)
    var lines = ["\(topic.heading):"]
    let column = entries.map(\.term.count).max() ?? 0
    for entry in entries {
      switch layout {
      case .columns:
        let term = "  " + entry.term + String(repeating: " ", count: column - entry.term.count)
        let indent = String(repeating: " ", count: column + 4)
        let body = Paragraph.lines(of: entry.text, width: max(20, room - indent.count))
        lines += body.enumerated().map { ($0.offset == 0 ? term + "  " : indent) + $0.element }
      case .stacked:
        lines.append("  " + entry.term)
        lines += Paragraph.lines(of: entry.text, width: max(20, room - 6)).map { "      " + $0 }
      }
    }
    return lines.joined(separator: "\n")
  }
}
