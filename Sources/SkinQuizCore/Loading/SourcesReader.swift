/// Reads `sources.yaml`: the works the findings cite, each findable by a reader.
struct SourcesReader {
  let reader: YAMLReader

  /// The sources in file order; one with a duplicate id is left out.
  func read() -> [Source] {
    reader.entries(under: "sources", source(in:seen:))
  }

  /// Warns about each source that no finding cites.
  func reportUncited(_ sources: [Source], findings: [Finding]) {
    let cited = Set(findings.flatMap(\.sources))
    for source in sources where !cited.contains(source.id) {
      reader.log.append(
        Diagnostic(
          .warning, at: source.location, "source '\(source.id)' is not cited by any finding"))
    }
  }

  private func source(in node: Node, seen: inout [String: FileLocation]) -> Source? {
    guard let mapping = reader.mapping(node, "a source") else { return nil }
    let idNode = reader.value("id", in: mapping, of: "a source")
    guard let id = reader.text(idNode, "the id of a source") else { return nil }
    checkID(id, at: idNode)
    if let first = seen[id] {
      reader.error(idNode, "duplicate source id \(Quoted.value(id)) (first defined at \(first))")
      return nil
    }
    seen[id] = reader.document.location(of: idNode)
    let owner = "source \(Quoted.value(id))"
    reader.checkKeys(
      mapping,
      allowed: ["id", "kind", "title", "authors", "citation", "doi", "pmid", "pmcid", "url"],
      of: owner)
    let kind = reader.kind(Source.Kind.self, in: mapping, of: owner)
    let title = reader.text(reader.value("title", in: mapping, of: owner), "the title of \(owner)")
    func optional(_ key: String, problem: (String) -> String? = { _ in nil }) -> String? {
      guard let node = mapping[key], let value = reader.text(node, "the \(key) of \(owner)")
      else { return nil }
      if let problem = problem(value) {
        reader.error(node, "\(owner): \(key) \(Quoted.value(value)) \(problem)")
      }
      return value
    }
    let source = Source(
      id: id, kind: kind ?? .news, title: title ?? "", authors: optional("authors"),
      citation: optional("citation"), doi: optional("doi", problem: ReferenceSyntax.doiProblem),
      pmid: optional("pmid", problem: ReferenceSyntax.pmidProblem),
      pmcid: optional("pmcid", problem: ReferenceSyntax.pmcidProblem),
      url: optional("url", problem: ReferenceSyntax.urlProblem),
      location: reader.document.location(of: node))
    checkFindable(source, kind: kind, node: node, mapping: mapping, owner: owner)
    return source
  }

  /// Ids become link targets in Markdown and HTML: plain letters and digits keep them so.
  private func checkID(_ id: String, at node: Node?) {
    let valid = id.unicodeScalars.allSatisfy {
      $0.isASCII
        && ($0.properties.isAlphabetic || ("0"..."9").contains($0)
          || "_-".unicodeScalars.contains($0))
    }
    if !valid {
      reader.error(
        node,
        "source id \(Quoted.value(id)) must be letters, digits, '_' and '-', such as S12 or "
          + "who_2020")
    }
  }

  /// Reports a source a reader could not find: no way to look it up, a journal article
  /// without an identifier, or a DOI link to another DOI.
  private func checkFindable(
    _ source: Source, kind: Source.Kind?, node: Node, mapping: Node.Mapping, owner: String
  ) {
    let identified = source.doi != nil || source.pmid != nil || source.pmcid != nil
    if source.url == nil, source.citation == nil, !identified {
      reader.error(
        node,
        "\(owner) needs a 'url', 'citation', 'doi', 'pmid' or 'pmcid' so a reader can find it")
    }
    if let kind, kind.isJournalArticle, !identified {
      reader.error(
        mapping["kind"],
        "\(owner) is a \(kind.label), a journal article, so it needs a 'doi', a 'pmid' or a "
          + "'pmcid' that a reader can look up")
    }
    if let doi = source.doi, let url = source.url, let linked = ReferenceSyntax.doiLinked(by: url),
      linked.lowercased() != doi.lowercased()
    {
      reader.error(
        mapping["url"], "\(owner): url '\(url)' is a DOI link, but not to its doi '\(doi)'")
    }
  }
}
