import ArgumentParser
import SkinQuizCore

/// `skinquiz questionnaire`: prints the pack as a FHIR R4 Questionnaire (SDC).
struct QuestionnaireCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "questionnaire",
    abstract: "Print the pack as a FHIR R4 Questionnaire (JSON), skip logic included.",
    discussion: """
      The questions, options, help and skip logic, for a FHIR form; a response it collects is \
      scored by skinquiz --answers. The findings and the verdict stay SkinQuiz's.
      """
  )

  @OptionGroup var pack: PackOptions

  func run() throws {
    let source = pack.source
    let loaded = try StandardError.exitOnError { () throws(SkinQuizError) in try source.load() }
    try StandardOutput.emit(FHIRQuestionnaire().render(loaded))
  }
}
