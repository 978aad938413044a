/// Reads an answers file: a JSON (or YAML) mapping of question ids to option ids, or a FHIR
/// QuestionnaireResponse of the pack's questionnaire.
public enum AnswersFile {
  /// Parses and checks the answers in `text`.
  ///
  /// - Parameters:
  ///   - file: the file name for messages (`<stdin>` for standard input).
  ///   - requireComplete: whether every question that skip logic asks must be answered.
  /// - Returns: the answers, which hold only questions that are asked.
  /// - Throws: `SkinQuizError.invalidAnswers` with every problem, located.
  public static func parse(
    _ text: String, file: String, pack: Pack, requireComplete: Bool
  ) throws(SkinQuizError) -> Answers {
    var diagnostics: [Diagnostic] = []
    // Answers files are JSON or YAML; the parser reads both (JSON is a subset of YAML).
    let trimmed = text.drop { $0.isWhitespace }
    let looksLikeJSON = file.lowercased().hasSuffix(".json") || trimmed.first == "{"
    let document = YAMLDocument(
      file: file, text: text, language: looksLikeJSON ? "JSON" : "YAML", diagnostics: &diagnostics)
    guard let root = document.root else {
      if diagnostics.isEmpty {
        diagnostics.append(
          Diagnostic(
            .error, at: FileLocation(file: file, line: 1, column: 1),
            "the answers file is empty; it must be a mapping of question ids to option ids, "
              + "such as {\"age_band\": \"22_plus\", \"concerns\": [\"acne_scars\"]}"))
      }
      throw .invalidAnswers(diagnostics)
    }
    let log = DiagnosticLog()
    let reader = YAMLReader(document: document, log: log)
    // A FHIR QuestionnaireResponse (as `--format fhir` writes it) gives the same answers.
    let (answers, missing) =
      QuestionnaireResponseReader.isResource(root)
      ? QuestionnaireResponseReader(pack: pack).read(root, with: reader)
      : AnswersReader(pack: pack).read(root, with: reader)
    diagnostics += log.diagnostics
    // Questions left out come after the problems found in the text, in pack order: they are
    // about the file as a whole, and a misspelt key that causes some of them must come first.
    let unanswered =
      requireComplete
      ? missing.map {
        Diagnostic(
          .error, at: document.location(of: root), AnswersReader.missingMessage(pack.questions[$0]))
      } : []
    if diagnostics.containsErrors || !unanswered.isEmpty {
      throw .invalidAnswers(diagnostics.sortedByLocation() + unanswered)
    }
    return answers
  }

  /// One error per question that is asked but not answered, located at `file`, naming the
  /// question and its valid choices.
  public static func missing(_ answers: Answers, pack: Pack, file: String) -> [Diagnostic] {
    pack.unansweredQuestions(answers).map {
      Diagnostic(
        .error, at: FileLocation(file: file), AnswersReader.missingMessage(pack.questions[$0]))
    }
  }

  /// `answers` as an answers file (JSON), which ``parse(_:file:pack:requireComplete:)`` reads
  /// back: used for drafts.
  public static func render(_ answers: Answers, pack: Pack) -> String {
    value(answers, pack: pack).serialized()
  }

  /// `answers` as a JSON object of question ids to option ids (a list for multi questions).
  static func value(_ answers: Answers, pack: Pack) -> JSONValue {
    .object(
      pack.answered(answers).map { question, options in
        let ids = options.map { JSONValue.string($0.id) }
        switch question.kind {
        case .single: return (question.id, ids[0])
        case .multi: return (question.id, .array(ids))
        }
      })
  }
}
