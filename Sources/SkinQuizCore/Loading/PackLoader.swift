/// Loads a pack from its files, checking everything that can be checked without running it:
/// ids, references, types, skip-logic order and cycles, sources, and the shape of the tests.
///
/// Every problem is reported with its file, line and column, all at once.
public enum PackLoader {
  /// The pack (when there is no error) and every problem found.
  public struct Outcome: Sendable {
    /// The pack, or `nil` when any diagnostic is an error.
    public var pack: Pack?
    /// The pack when its rules load even though some of its tests do not (those tests are
    /// left out), so that `skinquiz check` can still prove the rules; `nil` otherwise.
    public var checkablePack: Pack?
    /// Errors and warnings, in file order.
    public var diagnostics: [Diagnostic]
    /// How many of the pack's tests were left out because they have errors.
    public var invalidTests = 0
  }

  /// Loads and checks the pack in `files`.
  public static func load(_ files: PackFiles) -> Outcome {
    var loading = Loading(files: files)
    let pack = loading.run()
    let diagnostics = loading.log.diagnostics.sortedByLocation()
    let testsFile = files.path(of: "tests.yaml")
    let rulesLoaded = !diagnostics.contains {
      $0.severity == .error && $0.location.file != testsFile
    }
    return Outcome(
      pack: diagnostics.containsErrors ? nil : pack, checkablePack: rulesLoaded ? pack : nil,
      diagnostics: diagnostics, invalidTests: loading.invalidTests)
  }

  /// Loads the pack in `files`, throwing its errors.
  ///
  /// - Parameter withTests: whether to read the pack's own tests too; only `check` needs them,
  ///   and they are often the largest file.
  /// - Throws: `SkinQuizError.invalidPack` with every diagnostic when any is an error.
  public static func loadOrThrow(
    _ files: PackFiles, withTests: Bool = true
  ) throws(SkinQuizError) -> Pack {
    var files = files
    if !withTests { files.texts["tests.yaml"] = nil }
    let outcome = load(files)
    // Left out on purpose, so not worth a warning.
    let diagnostics = outcome.diagnostics.filter {
      withTests || $0.location.file != files.path(of: "tests.yaml")
    }
    guard let pack = outcome.pack else { throw .invalidPack(diagnostics) }
    return pack
  }
}

/// One load: the files' readers, sharing one log, and what has been read so far.
///
/// Each file is read by its own reader. A file that did not parse has no reader, and every
/// check of references into it waits until it parses: otherwise each reference would be
/// reported as unknown too.
private struct Loading {
  let files: PackFiles
  let log = DiagnosticLog()
  /// Tests left out because they have errors.
  var invalidTests = 0

  init(files: PackFiles) {
    self.files = files
  }

  /// Reads a file of the pack; a missing required file is reported, and so is a list file
  /// (`listKey`) that is not a list under that key.
  func reader(_ name: String, listKey: String?, required: Bool = true) -> YAMLReader? {
    let path = files.path(of: name)
    guard let text = files.texts[name] else {
      if required {
        log.append(Diagnostic(.error, at: FileLocation(file: path), "the pack has no \(name)"))
      }
      return nil
    }
    var problems: [Diagnostic] = []
    let document = YAMLDocument(file: path, text: text, diagnostics: &problems)
    log.append(contentsOf: problems)
    guard document.root != nil else {
      if problems.isEmpty {
        log.append(Diagnostic(.error, at: FileLocation(file: path), "\(name) is empty"))
      }
      return nil
    }
    let reader = YAMLReader(document: document, log: log, refusesControlCharacters: true)
    if let listKey, document.root?.mapping?[listKey]?.sequence == nil {
      // The file is not a list under its key: report it and treat the file as not loaded, as
      // every reference into it would otherwise be reported too.
      _ = reader.topList(key: listKey)
      return nil
    }
    return reader
  }

  /// Reads every file, each as far as the files it depends on allow.
  mutating func run() -> Pack? {
    let questionsFile = reader("questions.yaml", listKey: "questions").map(QuestionsReader.init)
    let packFile = reader("pack.yaml", listKey: nil).map(PackHeaderReader.init)
    let sourcesFile = reader("sources.yaml", listKey: "sources").map(SourcesReader.init)
    let findingsFile = reader("findings.yaml", listKey: "findings")
    let testsFile = reader("tests.yaml", listKey: "tests", required: false)

    let entries = questionsFile?.read() ?? []
    var questions = entries.map(\.question)
    let header = packFile?.read() ?? .init()
    let resolver = ConditionResolver(questions: questions, verdictIDs: header.verdicts.map(\.id))

    var verdicts = header.verdicts
    var skipLogicBroken = false
    if let questionsFile, let packFile {
      (questions, skipLogicBroken) = questionsFile.resolveSkipLogic(of: entries, resolver: resolver)
      verdicts = packFile.resolveVerdicts(of: header, resolver: resolver)
    }
    let sources = sourcesFile?.read() ?? []

    var findings: [Finding] = []
    var findingsRead = false
    if questionsFile != nil, packFile != nil, let sourcesFile, let findingsFile {
      findings = FindingsReader(
        reader: findingsFile, resolver: resolver, verdicts: verdicts,
        floorable: header.floorable, sourceIDs: sources.map(\.id)
      ).read()
      sourcesFile.reportUncited(sources, findings: findings)
      findingsRead = true
    }

    var pack = Pack(
      id: header.id, version: header.version, title: header.title,
      url: header.url ?? "urn:skinquiz:pack:\(header.id)", language: header.language,
      readability: header.readability,
      intro: header.intro,
      questions: questions, findings: findings, verdicts: verdicts, sources: sources)
    // Tests are read only when what they depend on loaded: otherwise each answer to a question
    // whose skip logic failed would be reported as well.
    if findingsRead, !skipLogicBroken, let testsFile {
      (pack.tests, invalidTests) = TestsReader(reader: testsFile, pack: pack).read()
    } else if files.texts["tests.yaml"] == nil {
      log.append(
        Diagnostic(
          .warning, at: FileLocation(file: files.path(of: "tests.yaml")),
          "the pack has no tests.yaml: nothing checks that its rules give the results you expect"))
    }
    return pack
  }
}
