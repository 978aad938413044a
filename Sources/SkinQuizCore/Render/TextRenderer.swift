import TextLayout

/// Renders a result as the plain-text summary printed at the end of a quiz.
public struct TextRenderer: Sendable {
  /// The widest a line may be, in terminal columns.
  public var width: Int

  /// Creates a renderer for lines of `width` columns (at least 20).
  public init(width: Int = 80) {
    self.width = max(20, width)
  }

  /// The summary: the short block, then the verdict, each section, the disclaimer, the sources
  /// and the answers.
  public func render(_ result: QuizResult) -> String {
    let wrapper = TextWrapper(width: width)
    var lines: [String] = []
    func heading(_ title: String) {
      lines += [
        "", title.uppercased(), String(repeating: "=", count: min(width, DisplayWidth.of(title))),
        "",
      ]
    }
    lines += wrapper.wrap(result.pack.title)
    lines += wrapper.wrap(
      "Your personal summary, made \(result.madeOn). Educational, not a diagnosis.")
    lines.append("")
    lines += ShortSummary(width: width).lines(result)
    heading("Verdict")
    lines += wrapper.wrap(result.verdict.title)
    lines.append("")
    lines += wrapper.wrap(result.verdict.text)
    for section in result.sections {
      heading(section.title)
      if let shared = section.sharedBecause {
        lines += wrapper.wrap("Why these appear: " + shared.joined(separator: "; "))
        lines.append("")
      }
      for (index, fired) in section.findings.enumerated() {
        if index > 0 { lines.append("") }
        lines += findingLines(fired, in: section, of: result, wrapper: wrapper)
      }
    }
    heading("Please read")
    lines += wrapper.wrap(result.pack.intro.disclaimer)
    let sources = result.citedSources
    if !sources.isEmpty {
      heading("Sources")
      for source in sources {
        lines += wrapper.wrap(
          "(\(source.kind.label)) " + source.reference, indent: "    ",
          firstIndent: "[\(source.id)] ")
        // A link stays whole on its own line, even when wider than the text, so it still works.
        if let url = source.url { lines.append("    " + url) }
      }
    }
    heading("Your answers")
    for (question, options) in result.answeredQuestions {
      lines += wrapper.wrap(question.text, indent: "  ", firstIndent: "* ")
      lines += wrapper.wrap(
        options.map(\.label).joined(separator: "; "), indent: "    ", firstIndent: "  > ")
    }
    return lines.map { $0.trailingSpacesRemoved }.joined(separator: "\n") + "\n"
  }
}

extension TextRenderer {
  /// One finding, as a bullet: its title and kind, text, question to ask, why it appears and
  /// its sources.
  private func findingLines(
    _ fired: QuizResult.FiredFinding, in section: ResultSection, of result: QuizResult,
    wrapper: TextWrapper
  ) -> [String] {
    let kind = section.showsKinds ? " (\(result.label(of: fired.finding)))" : ""
    var lines = wrapper.wrap(fired.finding.title + kind, indent: "  ", firstIndent: "* ")
    lines += wrapper.wrap(fired.finding.text, indent: "  ")
    if let ask = fired.finding.ask {
      lines += wrapper.wrap("Ask: " + ask, indent: "  ")
    }
    if section.sharedBecause == nil {
      lines += wrapper.wrap(
        "Why this appears: " + fired.because.joined(separator: "; "), indent: "  ")
    }
    if !fired.sources.isEmpty {
      lines += wrapper.wrap(
        "Sources: " + fired.sources.map(\.citedAs).joined(separator: ", "), indent: "  ")
    }
    return lines
  }
}

extension String {
  /// The string without spaces at its end.
  public var trailingSpacesRemoved: String {
    var result = self
    while result.last == " " { result.removeLast() }
    return result
  }
}
