/// Scores one person per line of JSON Lines: each line is an answers object or a FHIR
/// QuestionnaireResponse, read as `AnswersFile.parse` reads an answers file, and becomes one
/// line of output.
public struct BatchScorer {
  /// What became of one input line.
  public enum Outcome: Equatable, Sendable {
    /// Scored, with this verdict (an index into `Pack.verdicts`).
    case scored(verdict: Int)
    /// Not scored: the output line says why.
    case failed
    /// Empty or only spaces: skipped, with no output line.
    case blank
  }

  /// The pack every line is scored with.
  public let pack: Pack
  /// The format of the output lines.
  public let format: BatchFormat
  /// The `createdAt` of every result (one batch, one time).
  public let createdAt: String
  /// Built once: compiling the pack's conditions costs more than scoring one person.
  private let engine: Engine
  /// The JSON results' writer, which keeps what every person's result shares.
  private var writer = CompactJSONWriter()

  /// Prepares to score lines with `pack`.
  public init(pack: Pack, format: BatchFormat, createdAt: String) {
    self.pack = pack
    self.format = format
    self.createdAt = createdAt
    engine = Engine(pack: pack)
  }

  /// The output for input line `number` (without a line break; `nil` for a blank line) and
  /// what became of it.
  ///
  /// Every question that skip logic asks must be answered, since nobody can be asked. A line
  /// that cannot be scored becomes `{"line":N,"error":"..."}` (see ``errorLine(_:errors:)``).
  public mutating func score(
    _ bytes: [UInt8], line number: Int
  ) -> (output: String?, outcome: Outcome) {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let problem = InputReader.notUTF8(bytes, file: "")
      return (Self.errorLine(number, errors: [problem]), .failed)
    }
    let trimmed = text.drop { $0.isWhitespace }
    if trimmed.isEmpty { return (nil, .blank) }
    guard trimmed.first == "{" else {
      let column = text.unicodeScalars.count - trimmed.unicodeScalars.count + 1
      let problem = Diagnostic(
        .error, at: FileLocation(file: "", line: 1, column: column),
        "not a JSON object: each line must be one answers object or FHIR QuestionnaireResponse, "
          + "such as {\"age_band\": \"22_plus\"}")
      return (Self.errorLine(number, errors: [problem]), .failed)
    }
    do throws(SkinQuizError) {
      let answers = try AnswersFile.parse(
        text, file: "<line \(number)>", pack: pack, requireComplete: true)
      let result = engine.result(for: answers, createdAt: createdAt)
      let verdict = pack.verdicts.firstIndex { $0.id == result.verdict.id } ?? 0
      let line = format == .json ? writer.line(result) : format.line(result)
      return (line, .scored(verdict: verdict))
    } catch {
      guard case .invalidAnswers(let problems) = error else {
        return (Self.errorLine(number, message: error.description), .failed)
      }
      return (Self.errorLine(number, errors: problems), .failed)
    }
  }

  /// `{"line":N,"error":"..."}`: the line's errors, each as `column C: message` (or `end of
  /// line: message`), joined by "; ", in the order of the line (warnings are left out, as for an
  /// answers file).
  public static func errorLine(_ number: Int, errors: [Diagnostic]) -> String {
    let messages = errors.filter { $0.severity == .error }.map { problem in
      // The parser places a problem at the end of the text on the line after it.
      problem.location.line > 1
        ? "end of line: \(problem.message)"
        : problem.location.column > 0
          ? "column \(problem.location.column): \(problem.message)" : problem.message
    }
    return errorLine(number, message: messages.joined(separator: "; "))
  }

  /// `{"line":N,"error":"message"}`, compact.
  public static func errorLine(_ number: Int, message: String) -> String {
    "{\"line\":\(number),\"error\":" + JSONValue.string(message).compactSerialized() + "}"
  }
}
