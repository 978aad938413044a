/// A condition as written, before its names are resolved against the questions.
indirect enum ConditionSyntax: Equatable {
  case and([ConditionSyntax])
  case or([ConditionSyntax])
  case not(ConditionSyntax)
  /// `subject op value(s)`: `=`, `!=`, `in`, `has`, `has any`, `has all`.
  case atom(subject: Word, operation: Operation, values: [Word])
  /// `count(subject) comparison number`.
  case count(subject: Word, comparison: Comparison, number: Int, numberWord: Word)
  /// `answered(subject)`.
  case answered(subject: Word)

  /// The operators that compare a subject with option ids.
  enum Operation: String, Equatable {
    case equals = "="
    case notEquals = "!="
    case isOneOf = "in"
    case has = "has"
    case hasAny = "has any"
    case hasAll = "has all"
  }

  /// A name or number in the text, with its offset in Unicode scalars from the start.
  struct Word: Equatable {
    var text: String
    var offset: Int
  }
}
