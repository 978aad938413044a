/// What a batch did, counted line by line, for the summary on standard error.
public struct BatchSummary: Sendable {
  /// How many people got each verdict, by index into `Pack.verdicts`.
  public private(set) var verdicts: [Int]
  /// How many lines could not be scored.
  public private(set) var errors = 0
  /// The number of the first line that could not be scored.
  public private(set) var firstErrorLine: Int?
  /// How many blank lines were skipped.
  public private(set) var blankLines = 0

  /// An empty count for a pack with `verdictCount` verdicts.
  public init(verdictCount: Int) {
    verdicts = Array(repeating: 0, count: verdictCount)
  }

  /// How many people were scored.
  public var scored: Int { verdicts.reduce(0, +) }

  /// Counts what became of input line `line`.
  public mutating func record(_ outcome: BatchScorer.Outcome, line: Int) {
    switch outcome {
    case .scored(let verdict): verdicts[verdict] += 1
    case .failed:
      errors += 1
      if firstErrorLine == nil { firstErrorLine = line }
    case .blank: blankLines += 1
    }
  }

  /// One line such as `scored 3 people: 2 good_candidate, 1 not_now; 1 line with errors
  /// (first: line 4); 1 blank line skipped`, verdicts in the pack's order, those given to
  /// nobody left out.
  public func text(pack: Pack) -> String {
    let given = pack.verdicts.indices.filter { verdicts[$0] > 0 }
    var text = "scored \(Self.counted(scored, "person", plural: "people"))"
    if !given.isEmpty {
      text += ": " + given.map { "\(verdicts[$0]) \(pack.verdicts[$0].id)" }.joined(separator: ", ")
    }
    if let firstErrorLine {
      text += "; \(Self.counted(errors, "line")) with errors (first: line \(firstErrorLine))"
    } else {
      text += "; no errors"
    }
    if blankLines > 0 { text += "; \(Self.counted(blankLines, "blank line")) skipped" }
    return text
  }

  private static func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
  }
}
