import Foundation

/// One answer in an answers file or a JSON result: an option id, or a list of them.
enum AnswerValue: Codable, Equatable, Sendable {
  case one(String)
  case many([String])

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let id = try? container.decode(String.self) {
      self = .one(id)
    } else {
      self = .many(try container.decode([String].self))
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .one(let id): try container.encode(id)
    case .many(let ids): try container.encode(ids)
    }
  }
}

/// The parts of a `skinquiz.result/1` document the tests read.
struct ResultDocument: Decodable {
  struct Questionnaire: Decodable, Equatable {
    var id: String
    var version: String
  }

  struct Verdict: Decodable {
    var id: String
    var title: String
    var text: String
  }

  struct Finding: Decodable {
    var id: String
    var kind: String
    var because: [String]
  }

  var schema: String
  var questionnaire: Questionnaire
  var createdAt: String
  var answers: [String: AnswerValue]
  var verdict: Verdict
  var findings: [Finding]

  /// Decodes a JSON result.
  static func decode(_ text: String) throws -> ResultDocument {
    try JSONDecoder().decode(ResultDocument.self, from: Data(text.utf8))
  }
}
