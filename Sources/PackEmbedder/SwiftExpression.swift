import SkinQuizCore

/// A value that can be written as a Swift expression which rebuilds it.
///
/// The embedder writes the loaded pack this way so that the binary starts with its pack already
/// built, instead of parsing YAML on every start. Every switch is exhaustive on purpose: a new
/// case in the model stops this target from building until it is written out too.
protocol SwiftExpression {
  /// Swift source that evaluates to this value, with `SkinQuizCore` imported.
  var swiftExpression: String { get }
}

extension String: SwiftExpression {
  var swiftExpression: String {
    var result = "\""
    for scalar in unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        result += "\\u{\(String(scalar.value, radix: 16))}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}

extension Int: SwiftExpression {
  var swiftExpression: String { String(self) }
}

extension UInt64: SwiftExpression {
  var swiftExpression: String { "0x" + String(self, radix: 16) }
}

extension Bool: SwiftExpression {
  var swiftExpression: String { self ? "true" : "false" }
}

extension Optional: SwiftExpression where Wrapped: SwiftExpression {
  var swiftExpression: String { map(\.swiftExpression) ?? "nil" }
}

extension Array: SwiftExpression where Element: SwiftExpression {
  var swiftExpression: String {
    isEmpty ? "[]" : "[\n" + map { "  " + indented($0.swiftExpression) + ",\n" }.joined() + "]"
  }
}

extension Dictionary: SwiftExpression where Key == String, Value: SwiftExpression {
  /// The entries in key order, so that the generated source is the same on every build.
  var swiftExpression: String {
    isEmpty
      ? "[:]"
      : "[\n"
        + sorted { $0.key < $1.key }.map {
          "  \($0.key.swiftExpression): \(indented($0.value.swiftExpression)),\n"
        }.joined() + "]"
  }
}

/// Writes a call to `name` with labelled arguments, one per line.
private func call(_ name: String, _ arguments: KeyValuePairs<String, any SwiftExpression>) -> String
{
  name + "(\n"
    + arguments.map { "  \($0.key): \(indented($0.value.swiftExpression))" }
    .joined(separator: ",\n") + ")"
}

/// Indents every line of `expression` but the first by `spaces`, to nest it in another.
func indented(_ expression: String, by spaces: Int = 2) -> String {
  expression.split(separator: "\n", omittingEmptySubsequences: false)
    .joined(separator: "\n" + String(repeating: " ", count: spaces))
}

extension FileLocation: SwiftExpression {
  var swiftExpression: String {
    "FileLocation(file: \(file.swiftExpression), line: \(line), column: \(column))"
  }
}

extension Comparison: SwiftExpression {
  var swiftExpression: String {
    switch self {
    case .equal: ".equal"
    case .notEqual: ".notEqual"
    case .less: ".less"
    case .lessOrEqual: ".lessOrEqual"
    case .greater: ".greater"
    case .greaterOrEqual: ".greaterOrEqual"
    }
  }
}

extension ConditionAtom.Operation: SwiftExpression {
  var swiftExpression: String {
    switch self {
    case .equals: "ConditionAtom.Operation.equals"
    case .notEquals: "ConditionAtom.Operation.notEquals"
    case .isOneOf: "ConditionAtom.Operation.isOneOf"
    case .has: "ConditionAtom.Operation.has"
    case .hasAny: "ConditionAtom.Operation.hasAny"
    case .hasAll: "ConditionAtom.Operation.hasAll"
    case .count(let comparison, let number):
      "ConditionAtom.Operation.count(\(comparison.swiftExpression), \(number))"
    case .answered: "ConditionAtom.Operation.answered"
    }
  }
}

extension ConditionAtom: SwiftExpression {
  var swiftExpression: String {
    "ConditionAtom(slot: \(slot), operation: \(operation.swiftExpression), "
      + "mask: \(mask.swiftExpression))"
  }
}

extension Condition: SwiftExpression {
  var swiftExpression: String {
    switch self {
    case .and(let parts): "Condition.and(\(parts.swiftExpression))"
    case .or(let parts): "Condition.or(\(parts.swiftExpression))"
    case .not(let part): "Condition.not(\(part.swiftExpression))"
    case .atom(let atom): "Condition.atom(\(atom.swiftExpression))"
    }
  }
}

extension Question.Kind: SwiftExpression {
  var swiftExpression: String {
    switch self {
    case .single: "Question.Kind.single"
    case .multi: "Question.Kind.multi"
    }
  }
}

extension Question.Option: SwiftExpression {
  var swiftExpression: String {
    call(
      "Question.Option",
      [
        "id": id, "label": label, "hint": hint, "isExclusive": isExclusive, "location": location,
      ])
  }
}

extension Question: SwiftExpression {
  var swiftExpression: String {
    call(
      "Question",
      [
        "id": id, "kind": kind, "text": text, "help": help, "options": options, "when": when,
        "location": location, "helpLocation": helpLocation,
      ])
  }
}

extension Finding.Kind: SwiftExpression {
  var swiftExpression: String {
    switch self {
    case .contraindication: "Finding.Kind.contraindication"
    case .caution: "Finding.Kind.caution"
    case .benefit: "Finding.Kind.benefit"
    case .note: "Finding.Kind.note"
    case .info: "Finding.Kind.info"
    case .aftercare: "Finding.Kind.aftercare"
    }
  }
}

extension Finding: SwiftExpression {
  var swiftExpression: String {
    call(
      "Finding",
      [
        "id": id, "kind": kind, "when": when, "floor": floor, "title": title, "text": text,
        "sources": sources, "ask": ask, "location": location,
        "conditionLocation": conditionLocation, "textLocation": textLocation,
      ])
  }
}

extension Verdict: SwiftExpression {
  var swiftExpression: String {
    call(
      "Verdict",
      [
        "id": id, "title": title, "text": text, "when": when, "benefitsHeading": benefitsHeading,
        "label": label, "nextStep": nextStep, "location": location, "textLocation": textLocation,
      ])
  }
}

extension Source.Kind: SwiftExpression {
  var swiftExpression: String {
    switch self {
    case .label: "Source.Kind.label"
    case .regulator: "Source.Kind.regulator"
    case .guideline: "Source.Kind.guideline"
    case .systematicReview: "Source.Kind.systematicReview"
    case .trial: "Source.Kind.trial"
    case .study: "Source.Kind.study"
    case .review: "Source.Kind.review"
    case .practice: "Source.Kind.practice"
    case .news: "Source.Kind.news"
    }
  }
}

extension Source: SwiftExpression {
  var swiftExpression: String {
    call(
      "Source",
      [
        "id": id, "kind": kind, "title": title, "authors": authors, "citation": citation,
        "doi": doi, "pmid": pmid, "pmcid": pmcid, "url": url, "location": location,
      ])
  }
}

extension ReadabilityLimits: SwiftExpression {
  var swiftExpression: String {
    "ReadabilityLimits(maxGrade: \(maxGrade), maxSentenceWords: \(maxSentenceWords))"
  }
}

extension Pack.Intro: SwiftExpression {
  var swiftExpression: String {
    call(
      "Pack.Intro",
      ["about": about, "disclaimer": disclaimer, "privacy": privacy, "locations": locations])
  }
}
