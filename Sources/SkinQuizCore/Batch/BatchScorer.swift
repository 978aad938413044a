/// Scores one person per line of JSON Lines: each line is an answers object or a FHIR
/// QuestionnaireResponse, read as `AnswersFile.parse` reads an answers file, and becomes one
/// line of output.
public struct BatchScorer: Sendable {
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
  /// The JSON results' writer, which keeps what every person's result shares; made only for
  /// `--format json`, as it prepares every verdict's and finding's text.
  private var jsonWriter: CompactJSONWriter?
  /// The FHIR responses' writer, likewise, for `--format fhir` (without one, as without the
  /// JSON writer, the renderers write each line whole).
  private let fhirWriter: FHIRLineWriter?
  /// Reads the plain, valid lines, nearly all of a batch, without libyaml.
  private let scanner: JSONAnswersScanner
  /// Reads the plain, valid FHIR responses likewise.
  private let responseScanner: QuestionnaireResponseScanner

  /// Prepares to score lines with `pack`.
  public init(pack: Pack, format: BatchFormat, createdAt: String) {
    self.pack = pack
    self.format = format
    self.createdAt = createdAt
    engine = Engine(pack: pack)
    scanner = JSONAnswersScanner(pack: pack)
    responseScanner = QuestionnaireResponseScanner(pack: pack)
    jsonWriter = format == .json ? CompactJSONWriter(engine: engine, createdAt: createdAt) : nil
    fhirWriter = format == .fhir ? FHIRLineWriter(pack: pack, createdAt: createdAt) : nil
  }

  /// The output for input line `number` (without a line break; `nil` for a blank line) and
  /// what became of it.
  ///
  /// Every question that skip logic asks must be answered, since nobody can be asked. A line
  /// that cannot be scored becomes `{"line":N,"error":"..."}` (see ``errorLine(_:errors:)``).
  public mutating func score(
    _ bytes: [UInt8], line number: Int
  ) -> (output: String?, outcome: Outcome) {
    if bytes.count > LineReader.lineLimit {
      let message =
        "the line is longer than \(LineReader.lineLimit >> 20) MiB, as no answers are; "
        + "it was not read"
      return (Self.errorLine(number, errors: [Self.problem(at: 1, message)]), .failed)
    }
    if let answers = bytes.withUnsafeBufferPointer({
      scanner.answers($0) ?? responseScanner.answers($0)
    }) {
      return scored(answers)
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return (Self.errorLine(number, errors: [InputReader.notUTF8(bytes, file: "")]), .failed)
    }
    let trimmed = text.drop { $0.isWhitespace }
    if trimmed.isEmpty { return (nil, .blank) }
    let column = text.unicodeScalars.count - trimmed.unicodeScalars.count + 1
    guard trimmed.first == "{" else {
      let problem = Self.problem(
        at: column,
        "not a JSON object: each line must be one answers object or FHIR QuestionnaireResponse, "
          + "such as {\"age_band\": \"22_plus\"}")
      return (Self.errorLine(number, errors: [problem]), .failed)
    }
    if trimmed.allSatisfy({ $0 == "{" || $0.isWhitespace }) {
      // The first line of JSON written over many lines, the likeliest mistake.
      let problem = Self.problem(
        at: column,
        "the JSON object ends with the line: each line must hold one whole object; score a "
          + "file of one person with --answers, or put each object on one line (jq -c)")
      return (Self.errorLine(number, errors: [problem]), .failed)
    }
    do throws(SkinQuizError) {
      let answers = try AnswersFile.parse(
        text, file: "<line \(number)>", pack: pack, requireComplete: true)
      return scored(answers)
    } catch {
      guard case .invalidAnswers(let problems) = error else {
        return (Self.errorLine(number, message: error.description), .failed)
      }
      return (Self.errorLine(number, errors: problems), .failed)
    }
  }

  /// The output line of complete, valid answers, and its verdict.
  private mutating func scored(_ answers: Answers) -> (output: String?, outcome: Outcome) {
    let evaluation = engine.evaluate(answers)
    let written: String? =
      switch format {
      case .json: jsonWriter?.line(answers, evaluation)
      // A response holds the answers only: the findings' explanations would be thrown away.
      case .fhir: fhirWriter?.line(answers)
      }
    let line = written ?? format.line(engine.result(for: answers, createdAt: createdAt))
    return (line, .scored(verdict: evaluation.verdict))
  }

  /// An error at `column` of a line.
  private static func problem(at column: Int, _ message: String) -> Diagnostic {
    Diagnostic(.error, at: FileLocation(file: "", line: 1, column: column), message)
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
