import CommandLineKit
import SkinQuizCore

/// `skinquiz questionnaire`: prints the pack as a FHIR R4 Questionnaire (SDC).
struct QuestionnaireCommand {
  static let commandLine = Command(
    name: "questionnaire",
    abstract: "Print the pack as a FHIR R4 Questionnaire (JSON), skip logic included.",
    discussion: """
      The questions, options, help and skip logic, for a FHIR form; a response it collects is \
      scored by skinquiz --answers. The findings and the verdict stay SkinQuiz's.
      """,
    options: [PackOption.option]
  )

  /// The pack to print.
  var source: PackSource

  init(_ parsed: ParsedCommandLine) {
    source = PackOption.source(parsed)
  }

  func run() throws {
    let loaded = try StandardError.exitOnError { () throws(SkinQuizError) in try source.load() }
    try StandardOutput.emit(FHIRQuestionnaire().render(loaded))
  }
}
