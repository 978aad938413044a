import SkinQuizCore
import SkinQuizTUI
import TextLayout

/// What is printed after the full-screen quiz, when the screens close: the verdict in short,
/// and where the whole report is.
enum ClosingSummary {
  /// The short block, then where the whole report was saved, or how to keep it next time.
  static func text(
    _ result: QuizResult, saved: [String], draft: String? = nil, width: Int
  ) -> String {
    let wrapper = TextWrapper(width: max(20, width))
    var lines = ShortSummary(width: width).lines(result)
    lines.append("")
    // What each file holds: a FHIR export has only the answers, JSON the report as data.
    let formats = saved.map { ResultFormat(fileName: $0) }
    let reports = zip(saved, formats).filter { $1 != .fhir && $1 != .json }.map(\.0)
    let data = zip(saved, formats).filter { $1 == .json }.map(\.0)
    let answers = zip(saved, formats).filter { $1 == .fhir }.map(\.0)
    if reports.isEmpty {
      lines += wrapper.wrap(
        "The whole report, with the reasons and sources for each point, was not saved"
          + (data.isEmpty ? "" : " as a page or text (\(data.inWords("and")) has it as data)")
          + ". Next time, press s on the result screen, or run skinquiz --output report.html "
          + "(a page to print; or .txt, .md).")
    } else {
      lines += wrapper.wrap(
        "The whole report, with the reasons and sources for each point, is in "
          + reports.inWords("and")
          + (data.isEmpty ? "" : ", and as data in \(data.inWords("and"))")
          + " (\(Wording.readableOnlyByYou)).")
    }
    if !answers.isEmpty {
      lines += wrapper.wrap(
        "Your answers, as a FHIR QuestionnaireResponse, are in \(answers.inWords("and")).")
    }
    if let draft, reports.isEmpty {
      // Said before the offer to delete the draft: it is the only copy of the answers.
      lines += wrapper.wrap(
        "Your draft keeps your answers: skinquiz --answers \(draft) prints the whole report "
          + "from it.")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
