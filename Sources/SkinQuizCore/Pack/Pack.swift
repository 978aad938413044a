/// A questionnaire and its rules: everything the engine needs, loaded from a pack folder.
public struct Pack: Equatable, Sendable {
  /// The texts shown before the first question and after the result.
  public struct Intro: Equatable, Sendable {
    /// What the quiz is and is not.
    public var about: String
    /// The educational-only disclaimer.
    public var disclaimer: String
    /// The privacy promise.
    public var privacy: String
    /// Where each text is written, by its key (`about`, `disclaimer`, `privacy`), for
    /// diagnostics about the text itself.
    public var locations: [String: FileLocation]

    /// Creates the intro texts.
    public init(
      about: String, disclaimer: String, privacy: String, locations: [String: FileLocation] = [:]
    ) {
      self.about = about
      self.disclaimer = disclaimer
      self.privacy = privacy
      self.locations = locations
    }
  }

  /// The pack's stable id.
  public var id: String
  /// The pack's version; bumped whenever its logic changes.
  public var version: String
  /// The quiz title.
  public var title: String
  /// The canonical URI of the questionnaire, used in FHIR exports.
  public var url: String
  /// The language its texts are written in, as a BCP 47 tag such as `en` or `fr-CA`.
  public var language: String
  /// How easy to read its texts must be, as `skinquiz check` judges them.
  public var readability: ReadabilityLimits
  /// The intro texts.
  public var intro: Intro
  /// The questions, in the order they are asked.
  public var questions: [Question]
  /// The findings, in the order the pack lists them.
  public var findings: [Finding]
  /// The verdicts, most severe first.
  public var verdicts: [Verdict]
  /// The sources findings cite.
  public var sources: [Source]
  /// The persona tests.
  public var tests: [PackTest]

  /// Creates a pack.
  public init(
    id: String, version: String, title: String, url: String, language: String = "en",
    readability: ReadabilityLimits = ReadabilityLimits(), intro: Intro,
    questions: [Question], findings: [Finding], verdicts: [Verdict], sources: [Source],
    tests: [PackTest] = []
  ) {
    self.id = id
    self.version = version
    self.title = title
    self.url = url
    self.language = language
    self.readability = readability
    self.intro = intro
    self.questions = questions
    self.findings = findings
    self.verdicts = verdicts
    self.sources = sources
    self.tests = tests
  }

  /// The index of the question with this id.
  public func questionIndex(_ id: String) -> Int? {
    questions.firstIndex { $0.id == id }
  }

  /// The index of the finding with this id.
  public func findingIndex(_ id: String) -> Int? {
    findings.firstIndex { $0.id == id }
  }

  /// The index of the verdict with this id.
  public func verdictIndex(_ id: String) -> Int? {
    verdicts.firstIndex { $0.id == id }
  }

  /// The source with this id.
  public func source(_ id: String) -> Source? {
    sources.first { $0.id == id }
  }

  /// Whether verdict `index` can be a finding's floor.
  ///
  /// Floors are the verdicts with no condition of its own, other than the fallback. The others
  /// are granted by their conditions (or by default), and no contraindication or caution may
  /// allow them.
  public func isFloorVerdict(_ index: Int) -> Bool {
    verdicts[index].when == nil && index != verdicts.count - 1
  }

  /// The slot that conditions read the verdict from: one past the last question.
  var verdictSlot: Int { questions.count }
}
