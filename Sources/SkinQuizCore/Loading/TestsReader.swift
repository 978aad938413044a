/// Reads `tests.yaml`: the pack's own tests, each a set of answers and what they must give.
struct TestsReader {
  /// What reading one test gave.
  private enum Outcome {
    /// The test, ready to run.
    case test(PackTest)
    /// The test has errors and is left out, so the rest of the pack can still be checked.
    case invalid
    /// Not a test at all (not a mapping, no name or no expectations); reported, not counted.
    case unreadable
  }

  /// Questions that tests leave unanswered, with the tests that do, in file order.
  private typealias Missing = [Int: [(test: String, location: FileLocation)]]

  let reader: YAMLReader
  /// The pack the tests run against, loaded without errors.
  let pack: Pack

  /// The valid tests in file order, and how many were left out because they have errors.
  func read() -> (tests: [PackTest], invalid: Int) {
    var tests: [PackTest] = []
    var invalid = 0
    var seen: [String: FileLocation] = [:]
    var missing: Missing = [:]
    let answersReader = AnswersReader(pack: pack)
    for node in reader.topList(key: "tests") {
      switch test(in: node, answersReader: answersReader, seen: &seen, missing: &missing) {
      case .test(let test): tests.append(test)
      case .invalid: invalid += 1
      case .unreadable: break
      }
    }
    // Once per question, so that a question added to the pack does not bring one error per
    // test.
    for (question, tests) in missing.sorted(by: { $0.key < $1.key }) {
      let message = AnswersReader.missingMessage(pack.questions[question])
      let text =
        tests.count == 1
        ? "test '\(tests[0].test)': \(message)"
        : "\(tests.count) tests have \(message); the first is '\(tests[0].test)'"
      reader.log.append(Diagnostic(.error, at: tests[0].location, text))
    }
    return (tests, invalid)
  }

  private func test(
    in node: Node, answersReader: AnswersReader, seen: inout [String: FileLocation],
    missing: inout Missing
  ) -> Outcome {
    guard let mapping = reader.mapping(node, "a test") else { return .unreadable }
    let nameNode = reader.value("name", in: mapping, of: "a test")
    guard let name = reader.text(nameNode, "the name of a test") else { return .unreadable }
    if let first = seen[name] {
      reader.error(nameNode, "duplicate test name \(Quoted.value(name)) (first used at \(first))")
    }
    seen[name] = reader.document.location(of: nameNode)
    let owner = "test \(Quoted.value(name))"
    let errorsBefore = reader.log.count
    reader.checkKeys(mapping, allowed: ["name", "answers", "expect"], of: owner)
    var answers = Answers(questionCount: pack.questions.count)
    var incomplete = false
    if let answersNode = reader.value("answers", in: mapping, of: owner) {
      let before = reader.log.count
      let read = answersReader.read(answersNode, with: reader)
      answers = read.answers
      reader.log.prefixMessages(since: before, with: "\(owner): ")
      for question in read.missing {
        missing[question, default: []].append((name, reader.document.location(of: answersNode)))
      }
      incomplete = !read.missing.isEmpty
    }
    guard
      let expect = reader.mapping(
        reader.value("expect", in: mapping, of: owner), "'expect' of \(owner)")
    else { return .unreadable }
    let expected = expectations(in: expect, of: owner, nameNode: nameNode)
    guard reader.log.count == errorsBefore, !incomplete else { return .invalid }
    return .test(
      PackTest(
        name: name, answers: answers, verdict: expected.verdict, fires: expected.fires,
        notFires: expected.notFires, location: reader.document.location(of: node)))
  }

  /// The verdict and findings a test expects; it must expect something.
  private func expectations(
    in expect: Node.Mapping, of owner: String, nameNode: Node?
  ) -> (verdict: Int?, fires: [Int], notFires: [Int]) {
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
    let fires = findings(expect["fires"], key: "fires", of: owner)
    let notFires = findings(expect["not_fires"], key: "not_fires", of: owner)
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
    return (verdict, fires, notFires)
  }

  /// The indexes of the findings listed in `node`, each known.
  private func findings(_ node: Node?, key: String, of owner: String) -> [Int] {
    guard let node, let list = reader.sequence(node, "'\(key)' of \(owner)") else { return [] }
    var result: [Int] = []
    for item in list {
      guard let id = reader.text(item, "a finding id") else { continue }
      if let index = pack.findingIndex(id) {
        result.append(index)
      } else {
        let ids = pack.findings.map(\.id)
        reader.error(
          item,
          "\(owner): unknown finding \(Quoted.value(id))\(Suggestion.hint(for: id, among: ids))")
      }
    }
    return result
  }
}
