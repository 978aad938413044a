import TextLayout

/// What `skinquiz check` found: the tests, the proofs, and every problem with its location.
public struct CheckReport: Sendable {
  /// One proven property: how many of its cases hold.
  public struct Proof: Equatable, Sendable {
    /// The property, in words.
    public var property: String
    /// How many cases were proven.
    public var proven: Int
    /// How many cases there are.
    public var total: Int
  }

  /// How easy the pack's prose is to read.
  public struct ReadabilitySummary: Sendable {
    /// All the texts measured as one.
    public var pooled: Readability
    /// How many texts were measured.
    public var texts: Int
    /// The hardest text to read, such as `finding 'ci_sunburn'`.
    public var worstName: String
    /// Its grade level.
    public var worstGrade: Double
  }

  /// The pack checked.
  public var pack: Pack
  /// Failed tests and failed proofs (errors), and gaps in test coverage, hard-to-read texts and
  /// cautions without evidence (warnings).
  public var diagnostics: [Diagnostic] = []
  /// How many of the pack's tests passed.
  public var testsPassed = 0
  /// How many of the pack's tests failed.
  public var testsFailed = 0
  /// How many of the pack's tests could not be run because they have errors.
  public var testsNotRun = 0
  /// How many findings the tests make fire, together.
  public var findingsCoveredByTests = 0
  /// How many verdicts the tests reach, together.
  public var verdictsCoveredByTests = 0
  /// The proofs, in the order they were made.
  public var proofs: [Proof] = []
  /// How the proofs were made: the whole answer space or a search per property.
  public var method = ""
  /// How long the check took, in seconds.
  public var seconds = 0.0
  /// How easy the pack's prose is to read; `nil` for a pack without texts.
  public var readability: ReadabilitySummary?

  /// How many sources the pack has of each kind.
  public var sourcesByKind: [Source.Kind: Int] {
    pack.sources.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
  }

  /// Whether the pack is sound: every test passes and every proof holds.
  public var isSound: Bool { !diagnostics.containsErrors }

  /// Creates an empty report for `pack`.
  public init(pack: Pack) {
    self.pack = pack
  }

  /// The short summary `skinquiz check` prints.
  public var summary: String {
    let skipLogic = pack.questions.filter { $0.when != nil }.count
    var lines: [String] = [
      "pack \(pack.id) \(pack.version): \(isSound ? "sound" : "NOT sound")",
      "  \(pack.questions.count) questions (\(skipLogic) with skip logic), "
        + "\(pack.questions.reduce(0) { $0 + $1.options.count }) options, "
        + "\(pack.findings.count) findings, \(pack.verdicts.count) verdicts, "
        + "\(pack.sources.count) sources",
      "  tests: \(testsPassed) passed, \(testsFailed) failed"
        + (testsNotRun > 0 ? ", \(testsNotRun) not run (they have errors)" : "")
        + "; together they fire \(findingsCoveredByTests) of \(pack.findings.count) findings "
        + "and reach \(verdictsCoveredByTests) of \(pack.verdicts.count) verdicts",
    ]
    let wrapper = TextWrapper(width: 100)
    let counts = sourcesByKind
    if !counts.isEmpty {
      let kinds = Source.Kind.allCases.compactMap { kind in
        counts[kind].map { "\($0) \(kind.rawValue)" }
      }
      lines += wrapper.wrap(
        "sources by kind: " + kinds.joined(separator: ", "), indent: "    ", firstIndent: "  ")
    }
    if let readability {
      let limits = pack.readability
      lines += wrapper.wrap(
        "readability (Flesch-Kincaid grade; limits: grade \(Readability.formatted(limits.maxGrade)), "
          + "\(limits.maxSentenceWords) words a sentence): "
          + "\(Readability.formatted(readability.pooled.grade)) over \(readability.texts) texts; "
          + "hardest \(readability.worstName) at \(Readability.formatted(readability.worstGrade)); "
          + "longest sentence \(readability.pooled.longestSentence) words",
        indent: "    ", firstIndent: "  ")
    }
    lines += wrapper.wrap("proofs (\(method)):", indent: "    ", firstIndent: "  ")
    for proof in proofs {
      let mark = proof.proven == proof.total ? "ok" : "FAILED"
      lines.append("    \(mark): \(proof.property): \(proof.proven) of \(proof.total)")
    }
    let warnings = diagnostics.count { $0.severity == .warning }
    lines.append(
      "  \(diagnostics.errorsCounted), \(warnings) warning\(warnings == 1 ? "" : "s"); "
        + "checked in \(Self.seconds(seconds))")
    return lines.joined(separator: "\n")
  }

  private static func seconds(_ value: Double) -> String {
    value < 1 ? "\(Int((value * 1000).rounded())) ms" : "\(Double(Int(value * 100)) / 100) s"
  }
}
