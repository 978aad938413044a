import TextLayout

/// The "In short" block every summary begins with: the verdict, what needs attention, what it
/// may help with, the questions to ask and the next step, short enough to read in a minute.
///
/// It fits in `maxLines` lines: when the whole block would not, the questions to ask are cut
/// first (the rest are in the full report), then what needs attention is run together, one
/// paragraph for each label.
public struct ShortSummary: Sendable {
  /// The widest a line may be, in terminal columns.
  public var width: Int
  /// The most lines the block may take; 24 is one screen of the classic terminal.
  public var maxLines: Int

  /// Creates a summary of lines at most `width` columns wide and `maxLines` long.
  public init(width: Int = 80, maxLines: Int = 24) {
    self.width = max(20, width)
    self.maxLines = maxLines
  }

  /// What the block says, whatever the format: the text and Markdown summaries both show it.
  public struct Content: Sendable {
    /// The verdict's title.
    public var verdict: String
    /// A contraindication or caution that fired: its title and the word of the verdict it
    /// leads to.
    public struct Reason: Sendable {
      /// The finding's title.
      public var title: String
      /// The verdict's word, such as "wait".
      public var label: String
    }

    /// Each contraindication and caution that fired.
    public var attention: [Reason]
    /// The heading for the benefits (the verdict's own, or "May help with").
    public var benefitsHeading: String
    /// The benefits' titles.
    public var benefits: [String]
    /// The questions to ask, each once.
    public var asks: [String]
    /// What to do next, if the verdict says.
    public var nextStep: String?

    /// The content of `result`'s block.
    public init(_ result: QuizResult) {
      verdict = result.verdict.title
      attention = result.findings(.contraindication, .caution).map {
        Reason(title: $0.finding.title, label: result.label(of: $0.finding))
      }
      benefitsHeading = result.verdict.benefitsHeading ?? "May help with"
      benefits = result.findings(.benefit).map(\.finding.title)
      asks = result.questionsToAsk
      nextStep = result.verdict.nextStep
    }
  }

  /// The block's lines, heading first, without trailing spaces.
  public func lines(_ result: QuizResult) -> [String] {
    let content = Content(result)
    var shown = content.asks.count
    var joined = false
    while true {
      let lines = compose(content, shown: shown, joined: joined)
      if lines.count <= maxLines { return lines }
      if shown > 0 {
        shown -= 1
      } else if !joined {
        joined = true
        shown = content.asks.count
      } else {
        return lines  // a pack whose texts cannot fit; better long than cut
      }
    }
  }

  private func compose(_ content: Content, shown: Int, joined: Bool) -> [String] {
    let wrapper = TextWrapper(width: width)
    var lines = ["IN SHORT", "========"]
    lines += wrapper.wrap(content.verdict)
    if !content.attention.isEmpty {
      lines.append("Needs attention:")
      if joined {
        // One paragraph for each label, in the order they first appear, so each is said once.
        var groups: [(label: String, titles: [String])] = []
        for item in content.attention {
          if let index = groups.firstIndex(where: { $0.label == item.label }) {
            groups[index].titles.append(item.title)
          } else {
            groups.append((item.label, [item.title]))
          }
        }
        for group in groups {
          lines += wrapper.wrap(
            group.label.capitalizedFirst + ": " + group.titles.joined(separator: "; "),
            indent: "    ", firstIndent: "  * ")
        }
      } else {
        for item in content.attention {
          lines += wrapper.wrap(
            "\(item.title) (\(item.label))", indent: "    ", firstIndent: "  * ")
        }
      }
    }
    if !content.benefits.isEmpty {
      lines += wrapper.wrap(
        content.benefitsHeading + ": " + content.benefits.joined(separator: "; "), indent: "  ",
        firstIndent: "")
    }
    let asks = content.asks
    if shown > 0 {
      lines.append("Questions to ask:")
      for ask in asks.prefix(shown) {
        lines += wrapper.wrap(ask, indent: "    ", firstIndent: "  * ")
      }
    }
    if shown < asks.count {
      let more = asks.count - shown
      lines += wrapper.wrap(
        "\(shown > 0 ? "\(more) more" : "\(more)") question\(more == 1 ? "" : "s") to ask "
          + "in the full report.")
    }
    if let next = content.nextStep {
      lines += wrapper.wrap("Next step: " + next, indent: "  ", firstIndent: "")
    }
    return lines.map(\.trailingSpacesRemoved)
  }
}
