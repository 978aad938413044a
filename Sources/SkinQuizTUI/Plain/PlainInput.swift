import SkinQuizCore

/// Reads the lines typed in the plain line mode; every message quotes what was typed.
enum PlainInput {
  /// What `line` means at `question`; `hasAnswer` says whether Enter keeps an earlier answer.
  ///
  /// Numbers and option ids (any case) may be mixed, separated by spaces or commas; a number
  /// or id given twice counts once.
  static func parse(_ line: String, for question: Question, hasAnswer: Bool) -> PlainCommand {
    let input = trim(line)
    switch input.lowercased() {
    case "?": return .help
    case "b": return .back
    case "q": return .quit
    case "": return hasAnswer ? .keep : .invalid("Nothing was typed. " + rangeHint(question))
    default: break
    }
    let tokens = input.split { $0 == "," || $0.isWhitespace }
    guard !tokens.isEmpty else { return .invalid(notAChoice(input, question)) }
    var selection: UInt64 = 0
    for token in tokens {
      guard let option = optionIndex(String(token), in: question) else {
        return .invalid(notAChoice(String(token), question))
      }
      selection |= 1 << option
    }
    switch question.kind {
    case .single where selection.nonzeroBitCount > 1:
      return .invalid(
        "\(quoted(input)): this question takes only one answer. " + rangeHint(question))
    case .single, .multi:
      break
    }
    let exclusive = question.options.indices.first { index in
      question.options[index].isExclusive && selection & (1 << index) != 0
    }
    if let exclusive, selection.nonzeroBitCount > 1 {
      let label = quoted(question.options[exclusive].label)
      return .invalid("\(quoted(input)) combines \(label) with other choices; choose it alone.")
    }
    return .answer(selection)
  }

  /// A yes-or-no reply: `true` for y or yes, `false` for n or no, `nil` for anything else.
  static func yesOrNo(_ line: String) -> Bool? {
    switch trim(line).lowercased() {
    case "y", "yes": return true
    case "n", "no": return false
    default: return nil
    }
  }

  /// The message for a reply that is neither yes nor no.
  static func notYesOrNo(_ line: String) -> String {
    "\(quoted(trim(line))) is not y or n. Type y for yes or n for no."
  }

  /// `line` without white space at either end (a pipe from Windows leaves a carriage return).
  static func trim(_ line: String) -> String {
    String(line.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }

  /// `text` in double quotes, as messages quote what the person typed: escaped, and cut in
  /// the middle when long (see `Quoted`).
  static func quoted(_ text: String) -> String {
    Quoted.value(text, quote: "\"")
  }

  /// A file name typed, in quotes, whole (so it can be copied) but safe for the terminal.
  static func quotedPath(_ path: String) -> String {
    "\"" + Quoted.escaped(path) + "\""
  }

  /// The option a number (from 1) or an option id names, as an index.
  private static func optionIndex(_ token: String, in question: Question) -> Int? {
    if let number = Int(token) {
      return question.options.indices.contains(number - 1) ? number - 1 : nil
    }
    let id = token.lowercased()
    return question.options.firstIndex { $0.id.lowercased() == id }
  }

  private static func notAChoice(_ token: String, _ question: Question) -> String {
    "\(quoted(token)) is not one of the choices. " + rangeHint(question)
  }

  private static func rangeHint(_ question: Question) -> String {
    let count = question.options.count
    switch question.kind {
    case .single: return "Type a number from 1 to \(count)."
    case .multi: return "Type one or more numbers from 1 to \(count)."
    }
  }
}
