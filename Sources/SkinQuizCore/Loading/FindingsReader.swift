/// Reads `findings.yaml`: what the quiz can say, when, how it bounds the verdict, and what it
/// cites.
struct FindingsReader {
  let reader: YAMLReader
  /// Resolves conditions against the questions and verdicts.
  let resolver: ConditionResolver
  /// The verdicts, conditions resolved, most severe first.
  let verdicts: [Verdict]
  /// The verdicts a finding may set as its floor.
  let floorable: Set<Int>
  /// The ids of the sources a finding may cite.
  let sourceIDs: [String]

  /// The findings in file order; one with an invalid or duplicate id is left out.
  func read() -> [Finding] {
    reader.entries(under: "findings", finding(in:seen:))
  }

  private func finding(in node: Node, seen: inout [String: FileLocation]) -> Finding? {
    guard let mapping = reader.mapping(node, "a finding") else { return nil }
    guard
      let id = reader.id(reader.value("id", in: mapping, of: "a finding"), "finding", seen: &seen)
    else { return nil }
    let owner = "finding \(Quoted.value(id))"
    reader.checkKeys(
      mapping, allowed: ["id", "kind", "when", "floor", "title", "text", "sources", "ask"],
      of: owner)
    let kind = reader.kind(Finding.Kind.self, in: mapping, of: owner)
    let floor = self.floor(in: mapping, of: owner, kind: kind, node: node)
    var condition: Condition?
    if let whenNode = reader.value("when", in: mapping, of: owner) {
      condition = reader.condition(whenNode, of: owner, resolver: resolver, verdictRule: nil)
      if let condition, floor != nil, condition.slots.contains(resolver.questions.count) {
        reader.error(
          whenNode,
          "\(owner) sets a verdict floor and reads the verdict (cycle: verdict → "
            + "\(Quoted.value(id)) → verdict); only findings without a floor, such as "
            + "aftercare, can read it")
      }
    }
    let title = reader.text(reader.value("title", in: mapping, of: owner), "the title of \(owner)")
    let text = reader.text(reader.value("text", in: mapping, of: owner), "the text of \(owner)")
    let ask = mapping["ask"].flatMap { reader.text($0, "the 'ask' of \(owner)") }
    let cited = sources(in: mapping, of: owner, kind: kind, node: node)
    // A finding with errors is kept (it never runs: the pack has errors) so that tests
    // naming it are not reported as well.
    return Finding(
      id: id, kind: kind ?? .info, when: condition ?? .or([]), floor: floor, title: title ?? "",
      text: text ?? "", sources: cited, ask: ask, location: reader.document.location(of: node),
      conditionLocation: reader.document.location(of: mapping["when"] ?? node),
      textLocation: reader.document.location(of: mapping["text"] ?? node))
  }

  /// The index of the verdict named by `floor`; contraindications and cautions need one, and
  /// no other kind may have one.
  private func floor(
    in mapping: Node.Mapping, of owner: String, kind: Finding.Kind?, node: Node
  ) -> Int? {
    guard let floorNode = mapping["floor"],
      let text = reader.string(floorNode, "the floor of \(owner)")
    else {
      if let kind, kind.setsFloor {
        reader.error(
          node,
          "\(owner) is a \(kind.rawValue), so it needs a 'floor': the least severe verdict it "
            + "allows")
      }
      return nil
    }
    guard let floor = verdicts.firstIndex(where: { $0.id == text }) else {
      let ids = verdicts.map(\.id)
      reader.error(
        floorNode,
        "\(owner): unknown verdict \(Quoted.value(text)) as floor"
          + "\(Suggestion.hint(for: text, among: ids)); valid: \(ids.joined(separator: ", "))")
      return nil
    }
    if !floorable.contains(floor) {
      let valid = floorable.sorted().map { verdicts[$0].id }.joined(separator: ", ")
      reader.error(
        floorNode,
        "\(owner): \(Quoted.value(text)) cannot be a floor: it is given by its own condition or "
          + "as the fallback, and a \(kind?.rawValue ?? "finding") must rule it out; valid: "
          + valid)
    } else if let kind, !kind.setsFloor {
      reader.error(
        floorNode,
        "\(owner): only contraindications and cautions set a verdict floor; "
          + "a\(kind == .info || kind == .aftercare ? "n" : "") \(kind.rawValue) never changes "
          + "the verdict")
    }
    return floor
  }

  /// The ids of the sources the finding cites, each known and cited once.
  private func sources(
    in mapping: Node.Mapping, of owner: String, kind: Finding.Kind?, node: Node
  ) -> [String] {
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
            "\(owner) cites unknown source '\(sourceID)'"
              + Suggestion.hint(for: sourceID, among: sourceIDs))
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
    return cited
  }
}
