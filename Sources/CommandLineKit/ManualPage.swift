/// The manual page of a program, in mdoc(7), made from its ``Command``: NAME, SYNOPSIS (one
/// line per command), DESCRIPTION (the discussion, then every option, value and subcommand),
/// and a section per ``HelpSection`` in the order mdoc(7) gives them.
///
/// Written so that `mandoc -W warning` and `man --warnings` have nothing to say: each sentence
/// on a line of its own, a paragraph break only between paragraphs, text escaped. (mandoc's
/// style notes, for lines over 80 bytes, remain: a long sentence is one line.)
public struct ManualPage: Sendable {
  /// The program's command.
  public var root: Command
  /// The date the page shows, as mdoc writes it: "December 3, 2026".
  public var date: String
  /// Text put in place of other text: `<prefix>` by the installation's prefix.
  public var substitutions: [(String, String)]

  /// The page of `root`.
  public init(root: Command, date: String, substitutions: [(String, String)] = []) {
    self.root = root
    self.date = date
    self.substitutions = substitutions
  }

  /// The page, ending in a line break.
  public var text: String {
    var lines = [
      ".\\\" The manual of \(root.name), made by \(root.name) from its command-line description",
      ".Dd \(date)", ".Dt \(root.name.uppercased()) 1", ".Os", ".Sh NAME", ".Nm \(root.name)",
      ".Nd " + argument(String(root.abstract.trimmingSuffix(".")), quoted: true), ".Sh SYNOPSIS",
    ]
    for command in [root] + root.subcommands {
      lines.append(".Nm")
      if command.name != root.name { lines.append(".Cm \(command.name)") }
      lines += command.arguments.map {
        $0.defaultValue == nil ? ".Ar \($0.valueName)" : ".Op Ar \($0.valueName)"
      }
      lines += visibleOptions(command).map(synopsis)
      if command.name == root.name {
        lines += (root.version == nil ? [] : [".Op Fl -version"]) + [".Op Fl -help"]
      }
    }
    lines.append(".Sh DESCRIPTION")
    lines += paragraphs(root.discussion)
    lines += list(root)
    for topic in [HelpSection.Topic.environment, .files, .exitCodes, .examples] {
      guard let section = root.sections.first(where: { $0.topic == topic }) else { continue }
      lines += self.section(section)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func visibleOptions(_ command: Command) -> [Option] {
    command.options.filter { !$0.isHidden }
  }

  /// `.Op Fl -name Ar value`.
  private func synopsis(_ option: Option) -> String {
    ".Op Fl -\(option.name)" + (option.valueName.map { " Ar \($0)" } ?? "")
  }

  /// The tagged list of `command`'s options (with their values), arguments and subcommands.
  private func list(_ command: Command) -> [String] {
    var lines = [".Bl -tag -width 6n"]
    for argument in command.arguments {
      lines += [".It Ar \(argument.valueName)"] + sentences(argument.help)
    }
    for option in visibleOptions(command) {
      lines.append(".It Fl -\(option.name)" + (option.valueName.map { " Ar \($0)" } ?? ""))
      lines += sentences(option.help)
      guard !option.values.isEmpty else { continue }
      lines.append(".Bl -tag -width 6n")
      for value in option.values {
        lines += [".It Ar \(value.name)"] + sentences(value.help)
      }
      lines.append(".El")
    }
    if root.version != nil { lines += [".It Fl -version", "Show the version."] }
    lines += [".It Fl h , -help", "Show help information."]
    for subcommand in command.subcommands {
      lines += [".It Cm \(subcommand.name)"] + sentences(subcommand.abstract)
      if !subcommand.discussion.isEmpty { lines += [".Pp"] + paragraphs(subcommand.discussion) }
      lines += list(subcommand)
    }
    lines.append(".El")
    return lines
  }

  /// A section of the manual from a headed list of the help.
  private func section(_ section: HelpSection) -> [String] {
    var lines = [".Sh \(section.topic.manualSection)"]
    if section.topic == .examples {
      for (index, entry) in section.entries.enumerated() {
        if index > 0 { lines.append(".Pp") }
        lines += sentences(entry.text) + [".Bd -literal -offset indent", text(entry.term), ".Ed"]
      }
      return lines
    }
    lines.append(".Bl -tag -width Ds")
    let macro =
      switch section.topic {
      case .environment: ".It Ev "
      case .files: ".It Pa "
      default: ".It "
      }
    for entry in section.entries {
      lines += [macro + argument(entry.term, quoted: true)] + sentences(entry.text)
    }
    lines.append(".El")
    return lines
  }

  /// Paragraphs (separated by blank lines) with `.Pp` between them.
  private func paragraphs(_ text: String) -> [String] {
    let joined = text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? "\n" : String($0) }.joined(separator: " ")
    let paragraphs = joined.split(separator: "\n").map {
      $0.split(separator: " ").joined(separator: " ")
    }.filter { !$0.isEmpty }
    return paragraphs.enumerated().flatMap {
      ($0.offset > 0 ? [".Pp"] : []) + sentences($0.element)
    }
  }

  /// `text` as text lines, one sentence to a line, so that mdoc spaces sentences.
  private func sentences(_ text: String) -> [String] {
    var lines: [String] = []
    var line = ""
    let characters = Array(self.text(text))
    for (index, character) in characters.enumerated() {
      line.append(character)
      // A sentence ends at . ? or ! after a letter, digit or parenthesis, before a space and a
      // capital.
      guard ".?!".contains(character), index > 0, index + 2 < characters.count,
        characters[index - 1].isLetter || characters[index - 1].isNumber
          || characters[index - 1] == ")",
        characters[index + 1] == " ", characters[index + 2].isUppercase
      else { continue }
      lines.append(line)
      line = ""
    }
    lines.append(line)
    return lines.map { $0.hasPrefix(" ") ? String($0.dropFirst()) : $0 }.map(guarded)
  }

  /// A text line that starts with a dot or an apostrophe, kept from being read as a request.
  private func guarded(_ line: String) -> String {
    line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : line
  }

  /// `text` with the substitutions made and backslashes escaped.
  private func text(_ text: String) -> String {
    var result = text
    for (target, replacement) in substitutions {
      result = result.replacingAll(target, with: replacement)
    }
    return result.replacingAll("\\", with: "\\e")
  }

  /// A macro's argument: escaped, and in double quotes when `quoted`.
  private func argument(_ text: String, quoted: Bool) -> String {
    let escaped = self.text(text).replacingAll("\"", with: "\\(dq")
    return quoted ? "\"\(escaped)\"" : escaped
  }
}
