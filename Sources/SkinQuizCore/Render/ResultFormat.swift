/// The formats a result can be printed or saved in.
public enum ResultFormat: String, CaseIterable, Sendable {
  /// The printed summary, wrapped to a width.
  case text
  /// The summary as Markdown.
  case markdown
  /// The summary as one self-contained, printable HTML page.
  case html
  /// The result as JSON (`skinquiz.result/1`).
  case json
  /// The answers as a FHIR R4 QuestionnaireResponse.
  case fhir

  /// The format a file name's extension names (`.txt`, `.md`, `.html`, `.json`, `.fhir.json`
  /// and the other spellings of ``fileExtensions``), if any.
  public init?(fileName: String) {
    let name = fileName.lowercased()
    // The longest extension that matches wins, so that `.fhir.json` is not taken for `.json`.
    let matching = Self.allCases.flatMap { format in
      format.fileExtensions.filter { name.hasSuffix("." + $0) }.map { (format, $0.count) }
    }
    guard let (format, _) = matching.max(by: { $0.1 < $1.1 }) else { return nil }
    self = format
  }

  /// The extensions that name this format, without the leading dot, the usual one first.
  public var fileExtensions: [String] {
    switch self {
    case .text: return ["txt"]
    case .markdown: return ["md", "markdown"]
    case .html: return ["html", "htm"]
    case .json: return ["json"]
    case .fhir: return ["fhir.json"]
    }
  }

  /// The usual extension of a file in this format, without the leading dot.
  public var fileExtension: String { fileExtensions[0] }

  /// Every format's extension in a phrase, such as ".txt, .md, .html, .json or .fhir.json".
  public static var extensionsInWords: String {
    allCases.map { "." + $0.fileExtension }.inWords("or")
  }

  /// Renders `result` in this format; `width` applies to text only.
  public func render(_ result: QuizResult, width: Int = 80) -> String {
    switch self {
    case .text: return TextRenderer(width: width).render(result)
    case .markdown: return MarkdownRenderer().render(result)
    case .html: return HTMLRenderer().render(result)
    case .json: return JSONRenderer().render(result)
    case .fhir: return FHIRRenderer().render(result)
    }
  }
}
