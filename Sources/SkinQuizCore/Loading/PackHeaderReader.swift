/// Reads `pack.yaml`: the pack's id, version, title and texts, and its verdicts, whose
/// conditions can be resolved only once the questions are known.
struct PackHeaderReader {
  /// What `pack.yaml` says, before the verdicts' conditions are resolved.
  struct Header {
    var id = ""
    var version = ""
    var title = ""
    var url: String?
    var language = "en"
    var readability = ReadabilityLimits()
    var intro = Pack.Intro(about: "", disclaimer: "", privacy: "")
    var verdicts: [Verdict] = []
    /// The `when` of each verdict, unparsed.
    var verdictWhens: [Node?] = []

    /// The verdicts a finding may set as its floor: those without a condition of their own,
    /// other than the fallback.
    var floorable: Set<Int> {
      Set(verdictWhens.indices.filter { verdictWhens[$0] == nil && $0 != verdictWhens.count - 1 })
    }
  }

  let reader: YAMLReader

  /// The header; what is missing or invalid is reported and left empty.
  func read() -> Header {
    var header = Header()
    guard let root = reader.mapping(reader.document.root, "pack.yaml") else { return header }
    let owner = "the pack"
    reader.checkKeys(
      root,
      allowed: [
        "id", "version", "title", "url", "language", "readability", "intro", "verdicts",
      ],
      of: owner)
    var seen: [String: FileLocation] = [:]
    header.id = reader.id(reader.value("id", in: root, of: owner), "pack", seen: &seen) ?? ""
    if let node = reader.value("version", in: root, of: owner),
      let version = reader.text(node, "the pack's version")
    {
      checkVersion(version, at: node)
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
    if let node = root["readability"] { header.readability = readability(in: node) }
    if let intro = reader.mapping(reader.value("intro", in: root, of: owner), "'intro'") {
      header.intro = self.intro(in: intro)
    }
    readVerdicts(in: root, into: &header)
    return header
  }

  /// Reports a version that is not three numbers, or has one too large to compare.
  private func checkVersion(_ version: String, at node: Node) {
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
  }

  private func intro(in intro: Node.Mapping) -> Pack.Intro {
    reader.checkKeys(intro, allowed: ["about", "disclaimer", "privacy"], of: "'intro'")
    var locations: [String: FileLocation] = [:]
    func text(_ key: String) -> String {
      let node = reader.value(key, in: intro, of: "'intro'")
      if let node { locations[key] = reader.document.location(of: node) }
      return reader.text(node, "intro '\(key)'") ?? ""
    }
    return Pack.Intro(
      about: text("about"), disclaimer: text("disclaimer"), privacy: text("privacy"),
      locations: locations)
  }

  // MARK: - Verdicts

  /// Reads the verdicts, most severe first, the last being the fallback; at most 64.
  private func readVerdicts(in root: Node.Mapping, into header: inout Header) {
    var seen: [String: FileLocation] = [:]
    let list =
      reader.sequence(reader.value("verdicts", in: root, of: "the pack"), "'verdicts'") ?? []
    for (position, item) in list.enumerated() {
      guard let (verdict, when) = verdict(in: item, seen: &seen) else { continue }
      header.verdicts.append(verdict)
      header.verdictWhens.append(when)
      if position == list.count - 1, let when {
        reader.error(
          when,
          "verdict \(Quoted.value(verdict.id)) is the last, so it is the fallback when no other "
            + "verdict applies; it cannot have a 'when'")
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
  }

  private func verdict(
    in item: Node, seen: inout [String: FileLocation]
  ) -> (verdict: Verdict, when: Node?)? {
    guard let mapping = reader.mapping(item, "a verdict") else { return nil }
    guard
      let id = reader.id(
        reader.value("id", in: mapping, of: "a verdict"), "verdict", seen: &seen)
    else { return nil }
    let owner = "verdict \(Quoted.value(id))"
    reader.checkKeys(
      mapping,
      allowed: ["id", "title", "text", "when", "benefits_heading", "label", "next_step"],
      of: owner)
    let title = reader.text(
      reader.value("title", in: mapping, of: owner), "the title of \(owner)")
    let text = reader.text(reader.value("text", in: mapping, of: owner), "the text of \(owner)")
    func optional(_ key: String) -> String? {
      mapping[key].flatMap { reader.text($0, "the \(key) of \(owner)") }
    }
    let verdict = Verdict(
      id: id, title: title ?? "", text: text ?? "",
      benefitsHeading: optional("benefits_heading"), label: optional("label"),
      nextStep: optional("next_step"),
      location: reader.document.location(of: item),
      textLocation: reader.document.location(of: mapping["text"] ?? item))
    return (verdict, mapping["when"])
  }

  /// The verdicts with their conditions resolved.
  func resolveVerdicts(of header: Header, resolver: ConditionResolver) -> [Verdict] {
    var verdicts = header.verdicts
    for (index, node) in header.verdictWhens.enumerated() {
      guard let node else { continue }
      verdicts[index].when = reader.condition(
        node, of: "verdict '\(verdicts[index].id)'", resolver: resolver,
        verdictRule: "a verdict's condition cannot depend on the verdict (cycle: verdict → "
          + "verdict '\(verdicts[index].id)' → verdict)")
    }
    return verdicts
  }

  // MARK: - Readability

  /// `readability: {max_grade: 8, max_sentence_words: 25}`; either may be left out.
  private func readability(in node: Node) -> ReadabilityLimits {
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
}
