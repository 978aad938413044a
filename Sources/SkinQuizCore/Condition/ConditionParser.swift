/// Parses the text of a condition into its syntax tree.
///
/// ```
/// or      := and ("or" and)*
/// and     := unary ("and" unary)*
/// unary   := "not" unary | primary
/// primary := "(" or ")" | "count" "(" id ")" cmp number | "answered" "(" id ")"
///          | id ("=" id | "!=" id | "in" list | "has" id | "has" "any" list | "has" "all" list)
/// list    := "[" id ("," id)* "]"
/// ```
struct ConditionParser {
  /// A syntax error, at an offset in Unicode scalars from the start of the text.
  struct Failure: Error, Equatable {
    var offset: Int
    var message: String
  }

  private enum Token: Equatable {
    case word(String)
    case symbol(String)
    case end
  }

  private var tokens: [(token: Token, offset: Int)] = []
  private var position = 0
  /// How many brackets and `not`s the parser is inside.
  private var depth = 0

  /// The deepest a condition may nest: far beyond any rule a person writes, and shallow enough
  /// for every recursive walk of the tree (fuzzing found 12,000 brackets overflowing the stack).
  static let maximumDepth = 100

  /// Parses `text`, or throws the first syntax error with its offset.
  static func parse(_ text: String) throws(Failure) -> ConditionSyntax {
    var parser = ConditionParser()
    try parser.tokenize(Array(text.unicodeScalars))
    if parser.tokens.count == 1 {
      throw Failure(offset: 0, message: "the condition is empty")
    }
    let syntax = try parser.parseOr()
    if case let (token, offset) = parser.tokens[parser.position], token != .end {
      throw Failure(
        offset: offset, message: "unexpected \(describe(token)) after a complete condition")
    }
    return syntax
  }

  private mutating func tokenize(_ scalars: [Unicode.Scalar]) throws(Failure) {
    var index = 0
    func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
      scalar.isASCII
        && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
    }
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar.properties.isWhitespace {
        index += 1
      } else if isWordScalar(scalar) {
        let start = index
        while index < scalars.count, isWordScalar(scalars[index]) { index += 1 }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[start..<index])
        tokens.append((.word(String(word)), start))
      } else {
        let next = index + 1 < scalars.count ? scalars[index + 1] : " "
        switch (scalar, next) {
        case ("!", "="), ("<", "="), (">", "="):
          tokens.append((.symbol("\(scalar)="), index))
          index += 2
        case ("=", "="):
          throw Failure(offset: index, message: "'==' is not an operator: write '=' to compare")
        case ("=", _), ("<", _), (">", _), ("(", _), (")", _), ("[", _), ("]", _), (",", _):
          tokens.append((.symbol(String(scalar)), index))
          index += 1
        case ("&", _), ("|", _), ("!", _):
          let word = ["&": "and", "|": "or", "!": "not"][String(scalar)] ?? ""
          throw Failure(offset: index, message: "unexpected '\(scalar)': write '\(word)'")
        default:
          throw Failure(offset: index, message: "unexpected character '\(scalar)'")
        }
      }
    }
    tokens.append((.end, scalars.count))
  }

  private static func describe(_ token: Token) -> String {
    switch token {
    case .word(let word): return "'\(word)'"
    case .symbol(let symbol): return "'\(symbol)'"
    case .end: return "end of condition"
    }
  }

  private var current: Token { tokens[position].token }
  private var currentOffset: Int { tokens[position].offset }

  private func failure(expected: String) -> Failure {
    Failure(offset: currentOffset, message: "expected \(expected), found \(Self.describe(current))")
  }

  private mutating func advance() { position += 1 }

  /// Goes one level deeper, or throws at the token just read when that is too deep.
  private mutating func enter() throws(Failure) {
    depth += 1
    guard depth > Self.maximumDepth else { return }
    throw Failure(
      offset: tokens[position - 1].offset,
      message: "the condition is nested more than \(Self.maximumDepth) levels deep")
  }

  private mutating func accept(_ token: Token) -> Bool {
    guard current == token else { return false }
    advance()
    return true
  }

  private mutating func expect(_ symbol: String, _ what: String) throws(Failure) {
    guard accept(.symbol(symbol)) else { throw failure(expected: what) }
  }

  private mutating func word(_ what: String) throws(Failure) -> ConditionSyntax.Word {
    guard case .word(let text) = current else { throw failure(expected: what) }
    defer { advance() }
    return .init(text: text, offset: currentOffset)
  }

  private mutating func parseOr() throws(Failure) -> ConditionSyntax {
    var parts = [try parseAnd()]
    while accept(.word("or")) { parts.append(try parseAnd()) }
    return parts.count == 1 ? parts[0] : .or(parts)
  }

  private mutating func parseAnd() throws(Failure) -> ConditionSyntax {
    var parts = [try parseUnary()]
    while accept(.word("and")) { parts.append(try parseUnary()) }
    return parts.count == 1 ? parts[0] : .and(parts)
  }

  private mutating func parseUnary() throws(Failure) -> ConditionSyntax {
    if accept(.word("not")) {
      try enter()
      defer { depth -= 1 }
      return .not(try parseUnary())
    }
    return try parsePrimary()
  }

  private mutating func parsePrimary() throws(Failure) -> ConditionSyntax {
    if accept(.symbol("(")) {
      try enter()
      defer { depth -= 1 }
      let inner = try parseOr()
      try expect(")", "')' to close '('")
      return inner
    }
    let subject = try word("a question id, 'not', 'count(...)', 'answered(...)' or '('")
    if subject.text == "count" || subject.text == "answered", accept(.symbol("(")) {
      return try parseFunction(subject)
    }
    if ["and", "or"].contains(subject.text) {
      throw Failure(
        offset: subject.offset, message: "'\(subject.text)' needs a condition before it")
    }
    return try parseComparison(of: subject)
  }

  /// `answered(q)`, or `count(q)` with its comparison, once `count(` or `answered(` is read.
  private mutating func parseFunction(
    _ function: ConditionSyntax.Word
  ) throws(Failure) -> ConditionSyntax {
    let question = try word("a question id inside \(function.text)(...)")
    try expect(")", "')' after the question id")
    guard function.text == "count" else { return .answered(subject: question) }
    guard case .symbol(let symbol) = current, let comparison = Comparison(rawValue: symbol) else {
      throw failure(expected: "a comparison (=, !=, <, <=, >, >=) after count(\(question.text))")
    }
    advance()
    let number = try word("a number after '\(comparison.rawValue)'")
    guard let value = Int(number.text), value >= 0 else {
      throw Failure(
        offset: number.offset,
        message: "count(\(question.text)) compares with a whole number, not '\(number.text)'")
    }
    return .count(subject: question, comparison: comparison, number: value, numberWord: number)
  }

  /// What follows a question id: `= o`, `!= o`, `in [...]`, `has o`, `has any [...]` or
  /// `has all [...]`.
  private mutating func parseComparison(
    of subject: ConditionSyntax.Word
  ) throws(Failure) -> ConditionSyntax {
    switch current {
    case .symbol("="):
      advance()
      return .atom(
        subject: subject, operation: .equals, values: [try word("an option id after '='")])
    case .symbol("!="):
      advance()
      return .atom(
        subject: subject, operation: .notEquals, values: [try word("an option id after '!='")])
    case .word("in"):
      advance()
      return .atom(subject: subject, operation: .isOneOf, values: try list(after: "in"))
    case .word("has"):
      advance()
      let isList = position + 1 < tokens.count && tokens[position + 1].token == .symbol("[")
      if isList, accept(.word("any")) {
        return .atom(subject: subject, operation: .hasAny, values: try list(after: "has any"))
      }
      if isList, accept(.word("all")) {
        return .atom(subject: subject, operation: .hasAll, values: try list(after: "has all"))
      }
      if current == .symbol("[") {
        throw failure(expected: "'any' or 'all' before a list after 'has'")
      }
      return .atom(
        subject: subject, operation: .has, values: [try word("an option id after 'has'")])
    case .symbol("<"), .symbol("<="), .symbol(">"), .symbol(">="):
      throw Failure(
        offset: currentOffset,
        message:
          "'\(subject.text)' is not a number: '<' and '>' compare counts, as in count(\(subject.text)) >= 2"
      )
    default:
      throw failure(expected: "=, !=, in, has, has any or has all after '\(subject.text)'")
    }
  }

  private mutating func list(after keyword: String) throws(Failure) -> [ConditionSyntax.Word] {
    try expect("[", "'[' after '\(keyword)'")
    var words = [try word("an option id in the list")]
    while accept(.symbol(",")) { words.append(try word("an option id after ','")) }
    try expect("]", "',' or ']' in the list")
    return words
  }
}
