import ArgumentParser
import SkinQuizCore

/// `skinquiz batch --format`'s values, each with what it is for the help and the manual.
extension BatchFormat: ExpressibleByArgument {
  /// What each format is, listed under `--format` in `skinquiz batch --help`.
  public static var allValueDescriptions: [String: String] {
    Dictionary(
      uniqueKeysWithValues: allCases.map { format in
        let text =
          switch format {
          case .json: "the JSON result, schema skinquiz.result/1, on one line"
          case .fhir: "the answers as a FHIR R4 QuestionnaireResponse, on one line"
          }
        return (format.rawValue, text)
      })
  }
}
