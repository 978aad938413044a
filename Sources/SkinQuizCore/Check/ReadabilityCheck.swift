/// Measures how easy the pack's texts are to read, warning about each one above its limits.
///
/// The texts are those a person reads as prose: the intro, every question's help, every
/// finding's text and every verdict's text. Titles, labels, questions and `ask` lines are too
/// short for a grade to mean anything.
enum ReadabilityCheck {
  /// One measured text: what it is, where it is written, and its measure.
  struct Text {
    var name: String
    var location: FileLocation
    var measure: Readability
  }

  /// The pack's prose texts, measured, in pack order: intro, questions, findings, verdicts.
  static func texts(of pack: Pack) -> [Text] {
    var texts: [Text] = []
    func add(_ name: String, _ location: FileLocation, _ text: String) {
      texts.append(Text(name: name, location: location, measure: Readability(text)))
    }
    let intro = pack.intro
    for (key, text) in [
      ("about", intro.about), ("disclaimer", intro.disclaimer), ("privacy", intro.privacy),
    ] {
      add("intro '\(key)'", intro.locations[key] ?? FileLocation(file: "pack.yaml"), text)
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
    // Grades are compared as they are shown, in tenths, so that "8.0" is never "above 8.0".
    let maxTenths = Readability.tenths(limits.maxGrade)
    for text in texts {
      if text.measure.gradeInTenths > maxTenths {
        report.diagnostics.append(
          Diagnostic(
            .warning, at: text.location,
            "\(text.name) reads at grade \(Readability.formatted(text.measure.grade)), above the "
              + "pack's limit of \(Readability.formatted(limits.maxGrade)) (readability: "
              + "max_grade); use shorter sentences and shorter words"))
      }
      if text.measure.longestSentence > limits.maxSentenceWords {
        report.diagnostics.append(
          Diagnostic(
            .warning, at: text.location,
            "\(text.name) has a sentence of \(text.measure.longestSentence) words, above the "
              + "pack's limit of \(limits.maxSentenceWords) (readability: max_sentence_words): "
              + "'\(text.measure.longestSentenceStart)'"))
      }
    }
    guard let worst = texts.max(by: { $0.measure.grade < $1.measure.grade }) else { return }
    report.readability = CheckReport.ReadabilitySummary(
      pooled: Readability.pooled(texts.map(\.measure)), texts: texts.count,
      worstName: worst.name, worstGrade: worst.measure.grade)
  }
}
