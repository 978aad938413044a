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

  /// The format a file name's extension names (`.txt`, `.md`, `.html`, `.json`, `.fhir.json`),
  /// if any.
  public init?(fileName: String) {
    let name = fileName.lowercased()
    if name.hasSuffix(".fhir.json") {
      self = .fhir
    } else if name.hasSuffix(".json") {
      self = .json
    } else if name.hasSuffix(".md") || name.hasSuffix(".markdown") {
      self = .markdown
    } else if name.hasSuffix(".html") || name.hasSuffix(".htm") {
      self = .html
    } else if name.hasSuffix(".txt") {
      self = .text
    } else {
      return nil
    }
  }

  /// The usual extension of a file in this format, without the leading dot.
  public var fileExtension: String {
    switch self {
    case .text: return "txt"
    case .markdown: return "md"
    case .html: return "html"
    case .json: return "json"
    case .fhir: return "fhir.json"
    }
  }

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
