/// A question's skip logic as a FHIR Questionnaire says it.
///
/// `enableWhen` says "the answer to a question includes this option", any number of times, all of
/// them or any of them (`enableBehavior`). So `q = o`, `q has o`, `q in [..]`, `q has any [..]`,
/// `q has all [..]` and an `and` or an `or` of those are said with it. Anything else (`not`, `!=`,
/// `count()`, `answered()`, `and` mixed with `or`) is an SDC `enableWhenExpression` in FHIRPath
/// over the QuestionnaireResponse. Both keep SkinQuiz's rule that a question not asked has no
/// answer, so every test on it is false: FHIR treats a disabled item's answers as absent, and an
/// `enableWhen` on an item with no answer is false.
public enum FHIRSkipLogic: Equatable, Sendable {
  /// How several `enableWhen` tests combine.
  public enum Behavior: String, Sendable {
    /// Every test holds.
    case all
    /// At least one test holds.
    case any
  }

  /// One `enableWhen`: the answer to question `question` includes option `option` (indices).
  public struct Test: Equatable, Sendable {
    /// The question's index in the pack.
    public var question: Int
    /// The option's index in that question.
    public var option: Int
  }

  /// `enableWhen` tests, combined by `behavior` (`nil` when there is only one test).
  case enableWhen([Test], behavior: Behavior?)
  /// An `enableWhenExpression`: FHIRPath that is `true` exactly when the question is asked.
  case expression(String)

  /// The skip logic `condition` (a question's `when`) in the form FHIR can say it.
  public init(_ condition: Condition, in pack: Pack) {
    if let (tests, behavior) = Self.tests(condition), !tests.isEmpty {
      self = .enableWhen(tests, behavior: behavior)
    } else {
      self = .expression(FHIRPathCondition(pack: pack).expression(condition))
    }
  }

  /// The condition as `enableWhen` tests, or `nil` when they cannot say it.
  private static func tests(_ condition: Condition) -> ([Test], Behavior?)? {
    switch condition {
    case .atom(let atom):
      let options = Answers.optionIndices(in: atom.mask)
      let tests = options.map { Test(question: atom.slot, option: $0) }
      switch atom.operation {
      case .equals, .has: return options.count == 1 ? (tests, nil) : nil
      case .isOneOf, .hasAny: return (tests, tests.count > 1 ? .any : nil)
      case .hasAll: return (tests, tests.count > 1 ? .all : nil)
      case .notEquals, .count, .answered: return nil
      }
    case .and(let parts): return combined(parts, as: .all)
    case .or(let parts): return combined(parts, as: .any)
    case .not: return nil
    }
  }

  /// `parts` combined by `behavior`, when each of them is one test or combines the same way.
  private static func combined(_ parts: [Condition], as behavior: Behavior) -> ([Test], Behavior?)?
  {
    var all: [Test] = []
    for part in parts {
      guard let (tests, inner) = tests(part), inner == nil || inner == behavior else { return nil }
      all += tests
    }
    return (all, all.count > 1 ? behavior : nil)
  }
}
