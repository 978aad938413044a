import CommandLineKit
import SkinQuizCore

extension ResultFormat {
  /// `--format`'s values, each with what it is, for the help, the manual and completions.
  static var optionValues: [OptionValue] {
    allCases.map { format in
      let text =
        switch format {
        case .text: "the printed summary, wrapped to the terminal (.txt)"
        case .markdown: "the same summary as Markdown (.md)"
        case .html: "the summary as one printable, self-contained web page (.html)"
        case .json: "the result as JSON, schema skinquiz.result/1 (.json)"
        case .fhir: "the answers as a FHIR R4 QuestionnaireResponse (.fhir.json)"
        }
      return OptionValue(format.rawValue, help: text)
    }
  }
}
