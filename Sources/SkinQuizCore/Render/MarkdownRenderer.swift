import TextLayout

/// Renders a result as a Markdown document, with the same content as the text summary.
public struct MarkdownRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The summary as Markdown.
  public func render(_ result: QuizResult) -> String {
    var lines = [
      "# \(escape(result.pack.title))",
      "",
      "_Your personal summary, made \(result.madeOn). Educational, not a diagnosis._",
      "",
      "## In short",
      "",
    ]
    lines += shortBlock(result)
    lines += [
      "",
      "## Verdict",
      "",
      "**\(escape(result.verdict.title))**",
      "",
      escape(result.verdict.text),
    ]
    for section in result.sections {
      lines += ["", "## \(section.title)"]
      if let shared = section.sharedBecause {
        lines += ["", "**Why these appear:** " + shared.map(escape).joined(separator: "; ")]
      }
      for fired in section.findings {
        lines += findingLines(fired, in: section, of: result)
      }
    }
    lines += ["", "## Please read", "", escape(result.pack.intro.disclaimer)]
    lines += sourceLines(result.citedSources)
    lines += ["", "## Your answers", ""]
    for (question, options) in result.answeredQuestions {
      lines.append(
        "- \(escape(question.text)) **\(options.map { escape($0.label) }.joined(separator: ", "))**"
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One finding: its title, kind, text, question to ask, why it appears and its sources.
  private func findingLines(
    _ fired: QuizResult.FiredFinding, in section: ResultSection, of result: QuizResult
  ) -> [String] {
    var lines = ["", "### \(escape(fired.finding.title))", ""]
    if section.showsKinds {
      lines += ["_\(result.label(of: fired.finding).capitalizedFirst)_", ""]
    }
    lines += [escape(fired.finding.text), ""]
    if let ask = fired.finding.ask { lines += ["**Ask:** " + escape(ask), ""] }
    if section.sharedBecause == nil {
      lines.append("**Why this appears:** " + fired.because.map(escape).joined(separator: "; "))
    }
    if !fired.sources.isEmpty {
      lines += [
        "",
        "**Sources:** "
          + fired.sources.map {
            "[\($0.id)](#source-\($0.id.lowercased())) \($0.kind.label)"
          }.joined(separator: ", "),
      ]
    }
    return lines
  }

  /// The list of sources, each an anchor the findings link to; nothing when there are none.
  private func sourceLines(_ sources: [Source]) -> [String] {
    guard !sources.isEmpty else { return [] }
    var lines = ["", "## Sources", ""]
    for source in sources {
      var entry =
        "- <a id=\"source-\(source.id.lowercased())\"></a>**\(source.id)** "
        + "_(\(source.kind.label))_ \(escape(source.reference))"
      if let url = source.url { entry += " <\(url)>" }
      lines.append(entry)
    }
    return lines
  }

  /// The short block as Markdown: the verdict in bold, then lists, with the text summary's
  /// content in full (a Markdown file has no screen to fit, so nothing is cut).
  private func shortBlock(_ result: QuizResult) -> [String] {
    let content = ShortSummary.Content(result)
    var lines = ["**\(escape(content.verdict))**"]
    if !content.attention.isEmpty {
      lines += ["", "Needs attention:", ""]
      lines += content.attention.map { "- \(escape($0.title)) (\(escape($0.label)))" }
    }
    if !content.benefits.isEmpty {
      lines += [
        "",
        "\(escape(content.benefitsHeading)): "
          + content.benefits.map(escape).joined(separator: "; "),
      ]
    }
    if !content.asks.isEmpty {
      lines += ["", "Questions to ask:", ""]
      lines += content.asks.map { "- \(escape($0))" }
    }
    if let next = content.nextStep { lines += ["", "**Next step:** " + escape(next)] }
    return lines
  }

  /// `text` with the characters that Markdown would read as formatting escaped, including a
  /// list or heading marker at the start of a line, and control characters left out: a pack is
  /// written by others, and its text must stay text.
  private func escape(_ text: String) -> String {
    var result = ""
    var atLineStart = true
    var digitsAtStart = false
    for character in TextWrapper.printable(text) {
      if "\\`*_[]<>#|!~".contains(character)
        || (atLineStart && "-+=".contains(character))
        || (digitsAtStart && ".)".contains(character))
      {
        result.append("\\")
      }
      digitsAtStart = (atLineStart || digitsAtStart) && character.isASCII && character.isNumber
      atLineStart = character == "\n" || (atLineStart && character == " ")
      result.append(character)
    }
    return result
  }
}

extension String {
  /// The string with its first character in upper case.
  var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
