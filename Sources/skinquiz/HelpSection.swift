import SkinQuizCore
import TextLayout

/// A headed list at the end of the command's help, such as "Exit codes:".
///
/// The manual is made from the help (`make man`), and `scripts/man-sections.awk` turns each of
/// these lists into a section of skinquiz(1), so the two always say the same. That script reads
/// exactly the layout written here: the heading and a colon; then each entry as two spaces, the
/// term, two or more spaces and its text, or (`stacked`) the term alone with its text on the
/// lines below, indented by six. Help text stays ASCII: the manual generator drops the rest.
struct HelpSection {
  /// How an entry's text is placed.
  enum Layout {
    /// Beside the term, in a column: for short terms such as exit codes.
    case columns
    /// Under the term: for terms as long as a command line.
    case stacked
  }

  /// An entry: what is described, and what it means or does.
  struct Entry {
    /// What is described: a command, a variable, a path or an exit code.
    var term: String
    /// What it means or does, as one paragraph.
    var text: String
  }

  /// The heading, without its colon: "Examples", "Environment", "Files" or "Exit codes", the
  /// ones scripts/man-sections.awk knows.
  var heading: String
  /// Where the entries' texts go; Examples and Files must be `stacked` for the manual.
  var layout: Layout
  /// The entries, in the order shown.
  var entries: [Entry]

  /// The section as help text, wrapped to 78 columns with the text's column kept.
  ///
  /// ArgumentParser rewraps only lines longer than the terminal is wide.
  var text: String {
    let wrapper = TextWrapper(width: 78)
    var lines = ["\(heading):"]
    let column = entries.map(\.term.count).max() ?? 0
    for entry in entries {
      switch layout {
      case .columns:
        let term = "  " + entry.term + String(repeating: " ", count: column - entry.term.count)
        lines += wrapper.wrap(
          entry.text, indent: String(repeating: " ", count: column + 4), firstIndent: term + "  ")
      case .stacked:
        lines.append("  " + entry.term)
        lines += wrapper.wrap(entry.text, indent: String(repeating: " ", count: 6))
      }
    }
    return lines.joined(separator: "\n")
  }
}
