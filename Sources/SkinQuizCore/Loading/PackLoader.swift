import Yams

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
    let diagnostics = loading.diagnostics.sortedByLocation()
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

/// The state of one load: the parsed files and the problems found so far.
private struct Loading {
  var files: PackFiles
  var diagnostics: [Diagnostic] = []
  var skipLogicBroken = false
  /// Tests left out because they have errors.
  var invalidTests = 0

  init(files: PackFiles) {
    self.files = files
  }

  static let idPattern = "lowercase letters, digits and '_', starting with a letter or digit"

  /// Reads a file of the pack; a missing required file is reported, and so is a list file
  /// (`listKey`) that is not a list under that key.
  mutating func reader(_ name: String, listKey: String?, required: Bool = true) -> YAMLReader? {
    let path = files.path(of: name)
    guard let text = files.texts[name] else {
      if required {
        diagnostics.append(
          Diagnostic(.error, at: FileLocation(file: path), "the pack has no \(name)"))
      }
      return nil
    }
    let document = YAMLDocument(file: path, text: text, diagnostics: &diagnostics)
    if document.root == nil, !diagnostics.contains(where: { $0.location.file == path }) {
      diagnostics.append(Diagnostic(.error, at: FileLocation(file: path), "\(name) is empty"))
      return nil
    }
    guard document.root != nil else { return nil }
    var reader = YAMLReader(document: document, refusesControlCharacters: true)
    if let listKey, document.root?.mapping?[listKey]?.sequence == nil {
      // The file is not a list under its key: report it and treat the file as not loaded, as
      // every reference into it would otherwise be reported too.
      _ = topList(&reader, key: listKey)
      diagnostics += reader.diagnostics
      return nil
    }
    return reader
  }

  /// The list under the single top-level key of a file such as `questions:`.
  func topList(_ reader: inout YAMLReader, key: String) -> [Node] {
    guard let root = reader.mapping(reader.document.root, "the top level of the file") else {
      return []
    }
    reader.checkKeys(root, allowed: [key], of: "the top level of the file")
    guard let list = reader.value(key, in: root, of: "the top level of the file") else { return [] }
    return reader.sequence(list, "'\(key)'") ?? []
  }

  /// Checks the form of an id and that it was not used before; returns it when valid.
  static func id(
    _ node: Node?, _ what: String, seen: inout [String: FileLocation], reader: inout YAMLReader
  ) -> String? {
    guard let id = reader.text(node, "the id of a \(what)") else { return nil }
    let scalars = id.unicodeScalars
    let isValid =
      scalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
      && scalars.first != "_" && !scalars.allSatisfy { ("0"..."9").contains($0) }
    if !isValid {
      // Reported, but kept: every reference to it would otherwise be reported too.
      reader.error(node, "\(what) id \(Quoted.value(id)) must be \(idPattern), and not only digits")
    }
    if let first = seen[id] {
      reader.error(node, "duplicate \(what) id \(Quoted.value(id)) (first defined at \(first))")
      return nil
    }
    seen[id] = reader.document.location(of: node)
    return id
  }

  /// Parses and resolves the condition in `node`, reporting problems at their exact column.
  static func condition(
    _ node: Node, of owner: String, resolver: ConditionResolver, verdictRule: String?,
    reader: inout YAMLReader
  ) -> Condition? {
    guard let text = reader.text(node, "the condition of \(owner)") else { return nil }
    let syntax: ConditionSyntax
    do {
      syntax = try ConditionParser.parse(text)
    } catch {
      reader.diagnostics.append(
        Diagnostic(
          .error, at: reader.document.location(ofOffset: error.offset, in: node),
          "\(owner): syntax error in \(Quoted.value(text)): \(error.message)"))
      return nil
    }
    var problems: [(offset: Int, message: String)] = []
    let condition = resolver.resolve(syntax, verdictRule: verdictRule) { offset, message in
      problems.append((offset, message))
    }
    // Located together: one walk through the condition, however many problems it has.
    let locations = reader.document.locations(ofOffsets: problems.map(\.offset), in: node)
    reader.diagnostics += zip(locations, problems).map { location, problem in
      Diagnostic(.error, at: location, "\(owner): \(problem.message)")
    }
    return condition
  }

  // MARK: - The pack

  mutating func run() -> Pack? {
    var questionsReader = reader("questions.yaml", listKey: "questions")
    var packReader = reader("pack.yaml", listKey: nil)
    var sourcesReader = reader("sources.yaml", listKey: "sources")
    var findingsReader = reader("findings.yaml", listKey: "findings")
    var testsReader = reader("tests.yaml", listKey: "tests", required: false)
    defer {
      for reader in [questionsReader, packReader, sourcesReader, findingsReader, testsReader] {
        diagnostics += reader?.diagnostics ?? []
      }
    }

    var questionNodes: [(question: Question, when: Node?)] = []
    if var reader = questionsReader {
      questionNodes = readQuestions(&reader)
      questionsReader = reader
    }
    var questions = questionNodes.map(\.question)

    var header = PackHeader()
    if var reader = packReader {
      header = readHeader(&reader)
      packReader = reader
    }
    let resolver = ConditionResolver(questions: questions, verdictIDs: header.verdicts.map(\.id))

    // When a file did not parse, every reference into it would be reported as unknown, so
    // the checks of those references wait until it parses.
    let canResolve = questionsReader != nil && packReader != nil
    let canCheckFindings = canResolve && sourcesReader != nil

    // Skip logic, then its order and cycles.
    if canResolve, var reader = questionsReader {
      for (index, entry) in questionNodes.enumerated() {
        guard let node = entry.when else { continue }
        questions[index].when = Self.condition(
          node, of: "skip logic of '\(questions[index].id)'", resolver: resolver,
          verdictRule: "skip logic is decided before the verdict exists", reader: &reader)
        if questions[index].when == nil { skipLogicBroken = true }
      }
      let before = reader.diagnostics.count
      checkSkipLogicOrder(questions, whenNodes: questionNodes.map(\.when), reader: &reader)
      if reader.diagnostics.count > before { skipLogicBroken = true }
      questionsReader = reader
    }

    var verdicts = header.verdicts
    if canResolve, var reader = packReader {
      for (index, node) in header.verdictWhens.enumerated() {
        guard let node else { continue }
        verdicts[index].when = Self.condition(
          node, of: "verdict '\(verdicts[index].id)'", resolver: resolver,
          verdictRule: "a verdict's condition cannot depend on the verdict (cycle: verdict → "
            + "verdict '\(verdicts[index].id)' → verdict)", reader: &reader)
      }
      packReader = reader
    }

    var sources: [Source] = []
    if var reader = sourcesReader {
      sources = readSources(&reader)
      sourcesReader = reader
    }

    var findings: [Finding] = []
    if canCheckFindings, var reader = findingsReader {
      // Floors: verdicts without a condition of their own, other than the fallback.
      let floorable = Set(
        header.verdictWhens.indices.filter {
          header.verdictWhens[$0] == nil && $0 != header.verdictWhens.count - 1
        })
      findings = readFindings(
        &reader, resolver: resolver, verdicts: verdicts, floorable: floorable, sources: sources)
      findingsReader = reader
    }
    if canCheckFindings, findingsReader != nil, var reader = sourcesReader {
      let cited = Set(findings.flatMap(\.sources))
      for source in sources where !cited.contains(source.id) {
        reader.diagnostics.append(
          Diagnostic(
            .warning, at: source.location, "source '\(source.id)' is not cited by any finding"))
      }
      sourcesReader = reader
    }

    var pack = Pack(
      id: header.id, version: header.version, title: header.title,
      url: header.url ?? "urn:skinquiz:pack:\(header.id)", language: header.language,
      readability: header.readability,
      intro: header.intro,
      questions: questions, findings: findings, verdicts: verdicts, sources: sources)
    // Tests are read only when what they depend on loaded: otherwise each answer to a question
    // whose skip logic failed would be reported as well.
    if canCheckFindings, findingsReader != nil, !skipLogicBroken, var reader = testsReader {
      pack.tests = readTests(&reader, pack: pack)
      testsReader = reader
    } else if files.texts["tests.yaml"] == nil {
      diagnostics.append(
        Diagnostic(
          .warning, at: FileLocation(file: files.path(of: "tests.yaml")),
          "the pack has no tests.yaml: nothing checks that its rules give the results you expect"))
    }
    return pack
  }

  // MARK: - questions.yaml

  mutating func readQuestions(_ reader: inout YAMLReader) -> [(question: Question, when: Node?)] {
    var result: [(Question, Node?)] = []
    var seen: [String: FileLocation] = [:]
    for node in topList(&reader, key: "questions") {
      guard let mapping = reader.mapping(node, "a question") else { continue }
      let idNode = reader.value("id", in: mapping, of: "a question")
      guard let id = Self.id(idNode, "question", seen: &seen, reader: &reader) else { continue }
      let owner = "question \(Quoted.value(id))"
      reader.checkKeys(
        mapping, allowed: ["id", "kind", "text", "help", "when", "options"], of: owner)
      if id == ConditionResolver.verdictName
        || ["not", "count", "answered", "and", "or"].contains(id)
      {
        reader.error(
          idNode,
          "\(Quoted.value(id)) is a word of the condition language and cannot be a question id")
      }
      let kind = reader.kind(Question.Kind.self, in: mapping, of: owner) ?? .single
      let text = reader.text(reader.value("text", in: mapping, of: owner), "the text of \(owner)")
      let help = reader.text(reader.value("help", in: mapping, of: owner), "the help of \(owner)")
      let options = readOptions(
        reader.value("options", in: mapping, of: owner), of: owner, kind: kind, reader: &reader)
      let question = Question(
        id: id, kind: kind, text: text ?? "", help: help ?? "", options: options,
        location: reader.document.location(of: node),
        helpLocation: reader.document.location(of: mapping["help"] ?? node))
      result.append((question, mapping["when"]))
    }
    if result.isEmpty, reader.diagnostics.isEmpty {
      reader.error(reader.document.root, "the pack has no questions")
    }
    return result
  }

  func readOptions(
    _ node: Node?, of owner: String, kind: Question.Kind, reader: inout YAMLReader
  ) -> [Question.Option] {
    guard let list = reader.sequence(node, "the options of \(owner)") else { return [] }
    var options: [Question.Option] = []
    var seen: [String: FileLocation] = [:]
    for item in list {
      guard let mapping = reader.mapping(item, "an option of \(owner)") else { continue }
      guard
        let id = Self.id(
          reader.value("id", in: mapping, of: "an option of \(owner)"), "option", seen: &seen,
          reader: &reader)
      else { continue }
      let optionOwner = "option \(Quoted.value(id)) of \(owner)"
      reader.checkKeys(mapping, allowed: ["id", "label", "hint", "exclusive"], of: optionOwner)
      let label = reader.text(
        reader.value("label", in: mapping, of: optionOwner), "the label of \(optionOwner)")
      let hint = mapping["hint"].flatMap { reader.text($0, "the hint of \(optionOwner)") }
      var exclusive = false
      if let node = mapping["exclusive"], let text = reader.string(node, "'exclusive'") {
        switch text {
        case "true": exclusive = true
        case "false": exclusive = false
        default:
          reader.error(
            node, "\(optionOwner): 'exclusive' must be true or false, found \(Quoted.value(text))")
        }
        if exclusive, kind == .single {
          reader.error(
            node,
            "\(optionOwner): only options of multi questions can be exclusive; "
              + "a single question's options already exclude each other")
        }
      }
      options.append(
        Question.Option(
          id: id, label: label ?? "", hint: hint, isExclusive: exclusive,
          location: reader.document.location(of: item)))
    }
    if options.isEmpty, let node {
      reader.error(node, "\(owner) has no options")
    } else if options.count > 64 {
      reader.error(node, "\(owner) has \(options.count) options; a question can have at most 64")
      return Array(options.prefix(64))
    }
    return options
  }

  /// Reports skip logic that reads a later question, and cycles, naming their members.
  func checkSkipLogicOrder(
    _ questions: [Question], whenNodes: [Node?], reader: inout YAMLReader
  ) {
    let reads = questions.map { ($0.when?.slots ?? []).filter { $0 < questions.count } }
    let cycles = Cycles.find(in: reads)
    var inCycle = Set<Int>()
    for cycle in cycles {
      inCycle.formUnion(cycle)
      let path = (cycle + [cycle[0]]).map { "'\(questions[$0].id)'" }.joined(separator: " → ")
      reader.error(
        whenNodes[cycle[0]],
        "skip logic cycle: \(path); each question's skip logic must read only earlier questions")
    }
    for (index, slots) in reads.enumerated() where !inCycle.contains(index) {
      for slot in slots.sorted() where slot >= index {
        reader.error(
          whenNodes[index],
          "skip logic of '\(questions[index].id)' reads '\(questions[slot].id)', which is asked "
            + "later (question \(slot + 1) of \(questions.count)); skip logic can read only "
            + "earlier questions")
      }
    }
  }

  // MARK: - pack.yaml

  struct PackHeader {
    var id = ""
    var version = ""
    var title = ""
    var url: String?
    var language = "en"
    var readability = ReadabilityLimits()
    var intro = Pack.Intro(about: "", disclaimer: "", privacy: "")
    var verdicts: [Verdict] = []
    var verdictWhens: [Node?] = []
  }

  func readHeader(_ reader: inout YAMLReader) -> PackHeader {
    var header = PackHeader()
    guard let root = reader.mapping(reader.document.root, "pack.yaml") else { return header }
    let owner = "the pack"
    reader.checkKeys(
      root,
      allowed: [
        "id", "version", "title", "url", "language", "readability", "intro", "verdicts",
      ],
      of: owner)
    var seen: [String: FileLocation] = [:]
    header.id =
      Self.id(reader.value("id", in: root, of: owner), "pack", seen: &seen, reader: &reader) ?? ""
    if let node = reader.value("version", in: root, of: owner),
      let version = reader.text(node, "the pack's version")
    {
      let parts = version.split(separator: ".", omittingEmptySubsequences: false)
      let digits = parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }
      if parts.count != 3 || !digits {
        reader.error(
          node, "the pack's version '\(version)' must be MAJOR.MINOR.PATCH, such as 1.0.0")
      } else if let large = parts.first(where: { Int($0) == nil }) {
        reader.error(
          node,
          "the pack's version '\(version)' has a number too large ('\(large)'); each part must "
            + "be at most \(Int.max)")
      }
      header.version = version
    }
    header.title = reader.text(reader.value("title", in: root, of: owner), "the pack's title") ?? ""
    header.url = root["url"].flatMap { reader.text($0, "the pack's url") }
    if let node = root["language"], let language = reader.text(node, "the pack's language") {
      if ReferenceSyntax.isLanguageTag(language) {
        header.language = language
      } else {
        reader.error(
          node,
          "the pack's language '\(language)' must be a language tag such as en, fr or pt-BR")
      }
    }
    if let node = root["readability"] { header.readability = readReadability(node, &reader) }
    if let intro = reader.mapping(reader.value("intro", in: root, of: owner), "'intro'") {
      reader.checkKeys(intro, allowed: ["about", "disclaimer", "privacy"], of: "'intro'")
      var locations: [String: FileLocation] = [:]
      func text(_ key: String) -> String {
        let node = reader.value(key, in: intro, of: "'intro'")
        if let node { locations[key] = reader.document.location(of: node) }
        return reader.text(node, "intro '\(key)'") ?? ""
      }
      header.intro = Pack.Intro(
        about: text("about"), disclaimer: text("disclaimer"), privacy: text("privacy"),
        locations: locations)
    }
    var seenVerdicts: [String: FileLocation] = [:]
    let list = reader.sequence(reader.value("verdicts", in: root, of: owner), "'verdicts'") ?? []
    for (position, item) in list.enumerated() {
      guard let mapping = reader.mapping(item, "a verdict") else { continue }
      guard
        let id = Self.id(
          reader.value("id", in: mapping, of: "a verdict"), "verdict", seen: &seenVerdicts,
          reader: &reader)
      else { continue }
      let verdictOwner = "verdict \(Quoted.value(id))"
      reader.checkKeys(
        mapping,
        allowed: ["id", "title", "text", "when", "benefits_heading", "label", "next_step"],
        of: verdictOwner)
      let title = reader.text(
        reader.value("title", in: mapping, of: verdictOwner), "the title of \(verdictOwner)")
      let text = reader.text(
        reader.value("text", in: mapping, of: verdictOwner), "the text of \(verdictOwner)")
      func optional(_ key: String) -> String? {
        mapping[key].flatMap { reader.text($0, "the \(key) of \(verdictOwner)") }
      }
      header.verdicts.append(
        Verdict(
          id: id, title: title ?? "", text: text ?? "",
          benefitsHeading: optional("benefits_heading"), label: optional("label"),
          nextStep: optional("next_step"),
          location: reader.document.location(of: item),
          textLocation: reader.document.location(of: mapping["text"] ?? item)))
      header.verdictWhens.append(mapping["when"])
      if position == list.count - 1, let node = mapping["when"] {
        reader.error(
          node,
          "verdict \(Quoted.value(id)) is the last, so it is the fallback when no other verdict applies; "
            + "it cannot have a 'when'")
      }
    }
    if header.verdicts.count > 64 {
      reader.error(
        root["verdicts"], "the pack has \(header.verdicts.count) verdicts; it can have at most 64")
      header.verdicts.removeLast(header.verdicts.count - 64)
      header.verdictWhens.removeLast(header.verdictWhens.count - 64)
    }
    if header.verdicts.isEmpty, !list.isEmpty || root["verdicts"] != nil {
      reader.error(root["verdicts"], "the pack has no verdicts")
    }
    return header
  }

  /// `readability: {max_grade: 8, max_sentence_words: 25}`; either may be left out.
  func readReadability(_ node: Node, _ reader: inout YAMLReader) -> ReadabilityLimits {
    var limits = ReadabilityLimits()
    guard let mapping = reader.mapping(node, "'readability'") else { return limits }
    reader.checkKeys(mapping, allowed: ["max_grade", "max_sentence_words"], of: "'readability'")
    if let node = mapping["max_grade"], let text = reader.string(node, "'max_grade'") {
      // Grades are shown and compared in tenths, so a limit has at most one decimal.
      let decimals = text.split(separator: ".", omittingEmptySubsequences: false)
      if let grade = Double(text), (0...30).contains(grade),
        text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
        decimals.count == 1 || (decimals.count == 2 && decimals[1].count == 1)
      {
        limits.maxGrade = grade
      } else {
        reader.error(
          node,
          "'max_grade' \(Quoted.value(text)) must be a grade level from 0 to 30, such as 8 or 7.5")
      }
    }
    if let node = mapping["max_sentence_words"],
      let text = reader.string(node, "'max_sentence_words'")
    {
      if let words = Int(text), (1...1000).contains(words) {
        limits.maxSentenceWords = words
      } else {
        reader.error(
          node,
          "'max_sentence_words' \(Quoted.value(text)) must be a whole number from 1 to 1000, such as 25"
        )
      }
    }
    return limits
  }

  // MARK: - sources.yaml

  func readSources(_ reader: inout YAMLReader) -> [Source] {
    var sources: [Source] = []
    var seen: [String: FileLocation] = [:]
    for node in topList(&reader, key: "sources") {
      guard let mapping = reader.mapping(node, "a source") else { continue }
      let idNode = reader.value("id", in: mapping, of: "a source")
      guard let id = reader.text(idNode, "the id of a source") else { continue }
      // Ids become link targets in Markdown and HTML: plain letters and digits keep them so.
      if !id.unicodeScalars.allSatisfy({
        $0.isASCII
          && ($0.properties.isAlphabetic || ("0"..."9").contains($0)
            || "_-".unicodeScalars.contains($0))
      }) {
        reader.error(
          idNode,
          "source id \(Quoted.value(id)) must be letters, digits, '_' and '-', such as S12 or "
            + "who_2020")
      }
      if let first = seen[id] {
        reader.error(idNode, "duplicate source id \(Quoted.value(id)) (first defined at \(first))")
        continue
      }
      seen[id] = reader.document.location(of: idNode)
      let owner = "source \(Quoted.value(id))"
      reader.checkKeys(
        mapping,
        allowed: ["id", "kind", "title", "authors", "citation", "doi", "pmid", "pmcid", "url"],
        of: owner)
      let kind = reader.kind(Source.Kind.self, in: mapping, of: owner)
      let title = reader.text(
        reader.value("title", in: mapping, of: owner), "the title of \(owner)")
      func optional(_ key: String, problem: (String) -> String? = { _ in nil }) -> String? {
        guard let node = mapping[key], let value = reader.text(node, "the \(key) of \(owner)")
        else { return nil }
        if let problem = problem(value) {
          reader.error(node, "\(owner): \(key) \(Quoted.value(value)) \(problem)")
        }
        return value
      }
      let authors = optional("authors")
      let citation = optional("citation")
      let doi = optional("doi", problem: ReferenceSyntax.doiProblem)
      let pmid = optional("pmid", problem: ReferenceSyntax.pmidProblem)
      let pmcid = optional("pmcid", problem: ReferenceSyntax.pmcidProblem)
      let url = optional("url", problem: ReferenceSyntax.urlProblem)
      if url == nil, citation == nil, doi == nil, pmid == nil, pmcid == nil {
        reader.error(
          node,
          "\(owner) needs a 'url', 'citation', 'doi', 'pmid' or 'pmcid' so a reader can find it")
      }
      if let kind, kind.isJournalArticle, doi == nil, pmid == nil, pmcid == nil {
        reader.error(
          mapping["kind"],
          "\(owner) is a \(kind.label), a journal article, so it needs a 'doi', a 'pmid' or a "
            + "'pmcid' that a reader can look up")
      }
      if let doi, let url, let linked = ReferenceSyntax.doiLinked(by: url),
        linked.lowercased() != doi.lowercased()
      {
        reader.error(
          mapping["url"], "\(owner): url '\(url)' is a DOI link, but not to its doi '\(doi)'")
      }
      sources.append(
        Source(
          id: id, kind: kind ?? .news, title: title ?? "", authors: authors, citation: citation,
          doi: doi, pmid: pmid, pmcid: pmcid, url: url,
          location: reader.document.location(of: node)))
    }
    return sources
  }

  // MARK: - findings.yaml

  func readFindings(
    _ reader: inout YAMLReader, resolver: ConditionResolver, verdicts: [Verdict],
    floorable: Set<Int>, sources: [Source]
  ) -> [Finding] {
    var findings: [Finding] = []
    var seen: [String: FileLocation] = [:]
    let sourceIDs = sources.map(\.id)
    for node in topList(&reader, key: "findings") {
      guard let mapping = reader.mapping(node, "a finding") else { continue }
      guard
        let id = Self.id(
          reader.value("id", in: mapping, of: "a finding"), "finding", seen: &seen, reader: &reader)
      else { continue }
      let owner = "finding \(Quoted.value(id))"
      reader.checkKeys(
        mapping, allowed: ["id", "kind", "when", "floor", "title", "text", "sources", "ask"],
        of: owner)
      let kind = reader.kind(Finding.Kind.self, in: mapping, of: owner)
      var floor: Int?
      if let floorNode = mapping["floor"],
        let text = reader.string(floorNode, "the floor of \(owner)")
      {
        floor = verdicts.firstIndex { $0.id == text }
        if floor == nil {
          let ids = verdicts.map(\.id)
          reader.error(
            floorNode,
            "\(owner): unknown verdict \(Quoted.value(text)) as floor\(Suggestion.hint(for: text, among: ids)); "
              + "valid: \(ids.joined(separator: ", "))")
        } else if let index = floor, !floorable.contains(index) {
          let valid = floorable.sorted().map { verdicts[$0].id }.joined(separator: ", ")
          reader.error(
            floorNode,
            "\(owner): \(Quoted.value(text)) cannot be a floor: it is given by its own condition or as the "
              + "fallback, and a \(kind?.rawValue ?? "finding") must rule it out; valid: \(valid)")
        } else if let kind, !kind.setsFloor {
          reader.error(
            floorNode,
            "\(owner): only contraindications and cautions set a verdict floor; "
              + "a\(kind == .info || kind == .aftercare ? "n" : "") \(kind.rawValue) never changes the verdict"
          )
        }
      } else if let kind, kind.setsFloor {
        reader.error(
          node,
          "\(owner) is a \(kind.rawValue), so it needs a 'floor': the least severe verdict it allows"
        )
      }
      var condition: Condition?
      if let whenNode = reader.value("when", in: mapping, of: owner) {
        condition = Self.condition(
          whenNode, of: owner, resolver: resolver, verdictRule: nil, reader: &reader)
        if let condition, floor != nil, condition.slots.contains(resolver.questions.count) {
          reader.error(
            whenNode,
            "\(owner) sets a verdict floor and reads the verdict (cycle: verdict → \(Quoted.value(id)) → "
              + "verdict); only findings without a floor, such as aftercare, can read it")
        }
      }
      let title = reader.text(
        reader.value("title", in: mapping, of: owner), "the title of \(owner)")
      let text = reader.text(reader.value("text", in: mapping, of: owner), "the text of \(owner)")
      let ask = mapping["ask"].flatMap { reader.text($0, "the 'ask' of \(owner)") }
      var cited: [String] = []
      var listed = 0
      if let sourcesNode = mapping["sources"],
        let list = reader.sequence(sourcesNode, "the sources of \(owner)")
      {
        listed = list.count
        for item in list {
          guard let sourceID = reader.text(item, "a source id") else { continue }
          if !sourceIDs.contains(sourceID) {
            reader.error(
              item,
              "\(owner) cites unknown source '\(sourceID)'\(Suggestion.hint(for: sourceID, among: sourceIDs))"
            )
          } else if cited.contains(sourceID) {
            reader.error(item, "\(owner) cites source '\(sourceID)' twice")
          } else {
            cited.append(sourceID)
          }
        }
      }
      if let kind, kind.needsSource, listed == 0 {
        reader.error(
          node,
          "\(owner) cites no source; every contraindication, caution, benefit and note needs one")
      }
      // A finding with errors is kept (it never runs: the pack has errors) so that tests
      // naming it are not reported as well.
      findings.append(
        Finding(
          id: id, kind: kind ?? .info, when: condition ?? .or([]), floor: floor, title: title ?? "",
          text: text ?? "", sources: cited, ask: ask, location: reader.document.location(of: node),
          conditionLocation: reader.document.location(of: mapping["when"] ?? node),
          textLocation: reader.document.location(of: mapping["text"] ?? node)))
    }
    return findings
  }

  // MARK: - tests.yaml

  mutating func readTests(_ reader: inout YAMLReader, pack: Pack) -> [PackTest] {
    var tests: [PackTest] = []
    var seen: [String: FileLocation] = [:]
    let findingIDs = pack.findings.map(\.id)
    let answersReader = AnswersReader(pack: pack)
    var missing: [Int: [(test: String, location: FileLocation)]] = [:]
    for node in topList(&reader, key: "tests") {
      guard let mapping = reader.mapping(node, "a test") else { continue }
      let nameNode = reader.value("name", in: mapping, of: "a test")
      guard let name = reader.text(nameNode, "the name of a test") else { continue }
      if let first = seen[name] {
        reader.error(nameNode, "duplicate test name \(Quoted.value(name)) (first used at \(first))")
      }
      seen[name] = reader.document.location(of: nameNode)
      let owner = "test \(Quoted.value(name))"
      let errorsBefore = reader.diagnostics.count
      var incomplete = false
      reader.checkKeys(mapping, allowed: ["name", "answers", "expect"], of: owner)
      var answers = Answers(questionCount: pack.questions.count)
      if let answersNode = reader.value("answers", in: mapping, of: owner) {
        let before = reader.diagnostics.count
        let read = answersReader.read(answersNode, with: &reader)
        answers = read.answers
        for index in before..<reader.diagnostics.count {
          reader.diagnostics[index].message = "\(owner): " + reader.diagnostics[index].message
        }
        // Reported below, once per question, so that a question added to the pack does not
        // bring one error per test.
        for question in read.missing {
          missing[question, default: []].append((name, reader.document.location(of: answersNode)))
        }
        incomplete = !read.missing.isEmpty
      }
      guard
        let expect = reader.mapping(
          reader.value("expect", in: mapping, of: owner), "'expect' of \(owner)")
      else {
        continue
      }
      reader.checkKeys(
        expect, allowed: ["verdict", "fires", "not_fires"], of: "'expect' of \(owner)")
      var verdict: Int?
      if let verdictNode = expect["verdict"],
        let id = reader.string(verdictNode, "the expected verdict")
      {
        verdict = pack.verdictIndex(id)
        if verdict == nil {
          let ids = pack.verdicts.map(\.id)
          reader.error(
            verdictNode,
            "\(owner): unknown verdict \(Quoted.value(id))\(Suggestion.hint(for: id, among: ids)); "
              + "valid: \(ids.joined(separator: ", "))")
        }
      }
      func findings(_ key: String) -> [Int] {
        guard let node = expect[key], let list = reader.sequence(node, "'\(key)' of \(owner)")
        else { return [] }
        var result: [Int] = []
        for item in list {
          guard let id = reader.text(item, "a finding id") else { continue }
          if let index = pack.findingIndex(id) {
            result.append(index)
          } else {
            reader.error(
              item,
              "\(owner): unknown finding \(Quoted.value(id))\(Suggestion.hint(for: id, among: findingIDs))"
            )
          }
        }
        return result
      }
      let fires = findings("fires")
      let notFires = findings("not_fires")
      for index in Set(fires).intersection(notFires) {
        reader.error(
          expect["not_fires"],
          "\(owner): '\(pack.findings[index].id)' is in both 'fires' and 'not_fires'")
      }
      if verdict == nil, fires.isEmpty, notFires.isEmpty, expect["verdict"] == nil {
        reader.error(
          expect["fires"] ?? nameNode,
          "\(owner) expects nothing: give a verdict, 'fires' or 'not_fires'")
      }
      // A test with errors is left out, so the rest of the pack can still be checked.
      guard reader.diagnostics.count == errorsBefore, !incomplete else {
        invalidTests += 1
        continue
      }
      tests.append(
        PackTest(
          name: name, answers: answers, verdict: verdict, fires: fires, notFires: notFires,
          location: reader.document.location(of: node)))
    }
    for (question, tests) in missing.sorted(by: { $0.key < $1.key }) {
      let message = AnswersReader.missingMessage(pack.questions[question])
      let text =
        tests.count == 1
        ? "test '\(tests[0].test)': \(message)"
        : "\(tests.count) tests have \(message); the first is '\(tests[0].test)'"
      reader.diagnostics.append(Diagnostic(.error, at: tests[0].location, text))
    }
    return tests
  }
}
