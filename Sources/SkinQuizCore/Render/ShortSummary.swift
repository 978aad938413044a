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

  /// The block's lines, heading first, without trailing spaces.
  public func lines(_ result: QuizResult) -> [String] {
    let attention = result.findings(.contraindication, .caution)
    let asks = result.questionsToAsk
    var shown = asks.count
    var joined = false
    while true {
      let lines = compose(result, attention: attention, asks: asks, shown: shown, joined: joined)
      if lines.count <= maxLines { return lines }
      if shown > 0 {
        shown -= 1
      } else if !joined {
        joined = true
        shown = asks.count
      } else {
        return lines  // a pack whose texts cannot fit; better long than cut
      }
    }
  }

  private func compose(
    _ result: QuizResult, attention: [QuizResult.FiredFinding], asks: [String], shown: Int,
    joined: Bool
  ) -> [String] {
    let wrapper = TextWrapper(width: width)
    var lines = ["IN SHORT", "========"]
    lines += wrapper.wrap(result.verdict.title)
    if !attention.isEmpty {
      lines.append("Needs attention:")
      if joined {
        // One paragraph for each label, most severe first, so the label is said once.
        var groups: [(label: String, titles: [String])] = []
        for fired in attention {
          let label = result.label(of: fired.finding)
          if let index = groups.firstIndex(where: { $0.label == label }) {
            groups[index].titles.append(fired.finding.title)
          } else {
            groups.append((label, [fired.finding.title]))
          }
        }
        for group in groups {
          lines += wrapper.wrap(
            group.label.capitalizedFirst + ": " + group.titles.joined(separator: "; "),
            indent: "    ", firstIndent: "  * ")
        }
      } else {
        for fired in attention {
          lines += wrapper.wrap(
            "\(fired.finding.title) (\(result.label(of: fired.finding)))", indent: "    ",
            firstIndent: "  * ")
        }
      }
    }
    let benefits = result.findings(.benefit).map(\.finding.title)
    if !benefits.isEmpty {
      let heading = result.verdict.benefitsHeading ?? "May help with"
      lines += wrapper.wrap(
        heading + ": " + benefits.joined(separator: "; "), indent: "  ", firstIndent: "")
    }
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
    if let next = result.verdict.nextStep {
      lines += wrapper.wrap("Next step: " + next, indent: "  ", firstIndent: "")
    }
    return lines.map(\.trailingSpacesRemoved)
  }
}
