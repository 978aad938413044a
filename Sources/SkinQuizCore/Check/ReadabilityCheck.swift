/// Measures how easy the pack's texts are to read, warning about each one above its limits.
///
/// The texts are those a person reads as prose: every finding's text, every verdict's text and
/// every question's help. Titles, labels and questions themselves are too short for a grade to
/// mean anything.
enum ReadabilityCheck {
  /// One measured text: what it is, where it is written, and its measure.
  struct Text {
    var name: String
    var location: FileLocation
    var text: String
    var measure: Readability
  }

  /// The pack's prose texts, measured, in pack order: questions, then findings, then verdicts.
  static func texts(of pack: Pack) -> [Text] {
    var texts: [Text] = []
    func add(_ name: String, _ location: FileLocation, _ text: String) {
      texts.append(Text(name: name, location: location, text: text, measure: Readability(text)))
    }
    for question in pack.questions {
      add("question '\(question.id)' help", question.helpLocation, question.help)
    }
    for finding in pack.findings {
      add("finding '\(finding.id)'", finding.textLocation, finding.text)
    }
    for verdict in pack.verdicts {
      add("verdict '\(verdict.id)'", verdict.textLocation, verdict.text)
    }
    return texts
  }

  /// Adds a warning for every text above the pack's limits, and the summary, to `report`.
  static func run(_ pack: Pack, into report: inout CheckReport) {
    let texts = texts(of: pack)
    let limits = pack.readability
    for text in texts {
      let grade = text.measure.grade
      if grade > limits.maxGrade + 0.05 {
        report.diagnostics.append(
          Diagnostic(
            .warning, at: text.location,
            "\(text.name) reads at grade \(Readability.formatted(grade)), above the pack's "
              + "limit of \(Readability.formatted(limits.maxGrade)) (readability: max_grade); "
              + "use shorter sentences and shorter words"))
      }
      if text.measure.longestSentence > limits.maxSentenceWords {
        report.diagnostics.append(
          Diagnostic(
            .warning, at: text.location,
            "\(text.name) has a sentence of \(text.measure.longestSentence) words, above the "
              + "pack's limit of \(limits.maxSentenceWords) (readability: max_sentence_words)"))
      }
    }
    guard let worst = texts.max(by: { $0.measure.grade < $1.measure.grade }) else { return }
    report.readability = CheckReport.ReadabilitySummary(
      pooled: Readability.pooled(texts.map(\.measure)), texts: texts.count,
      worstName: worst.name, worstGrade: worst.measure.grade, limits: limits)
  }
}
