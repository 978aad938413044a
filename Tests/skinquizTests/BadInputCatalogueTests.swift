import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One bad input: the files it sets up, the command, and the exit status it must get.
///
/// What it prints on standard error is in `Golden/bad-inputs.txt`, the whole catalogue in one
/// file to read (RELIABILITY.md counts it); each case must also leave its folder as it found it.
struct BadInput: Sendable, CustomTestStringConvertible {
  /// What a case puts in its folder before the run.
  enum Entry: Sendable {
    case text(String)
    case bytes([UInt8])
    case folder
    case fifo
    case symlink(to: String)
    /// A file no one but its owner may read (mode 000); root reads it anyway.
    case unreadable(String)
  }

  var name: String
  /// Whether the folder starts with a copy of the shipped pack in `pack/`.
  var copiesPack = false
  /// Paths relative to the case's folder, made after the pack is copied.
  var entries: [(String, Entry)] = []
  /// Lines of a shipped pack file to replace, as (file, old text, new text), in `pack/`.
  var packEdits: [(String, String, String)] = []
  var arguments: [String]
  var stdin = ""
  var environment: [String: String] = [:]
  var status: Int32

  var testDescription: String { name }
}

/// The example answers file (Docs/answers-file.md), complete and valid, as JSON.
private let valid = """
  {"age_band": "22_plus", "concerns": ["acne_scars"], "acne_scar_type": ["rolling"],
   "skin_tone": "burns_then_tans", "active_skin_now": ["none"],
   "skin_condition_history": ["none"], "cold_sore_history": "no",
   "scarring_history": ["none"], "isotretinoin": "never", "pregnancy": "no",
   "bleeding": ["none"], "health_conditions": ["none"], "lesions_in_area": ["none"],
   "allergies": ["none"], "recent_procedures": ["none"], "topicals": ["none"],
   "setting": "clinic_medical", "microneedling_type": "standard"}

  """

/// The valid answers with `old` replaced by `new`.
private func answers(replacing old: String, with new: String) -> String {
  valid.replacingOccurrences(of: old, with: new)
}

/// An alias bomb: ten levels of ten aliases of the level below, 10^10 values if expanded.
private let aliasBomb: String = {
  var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
  for level in 1...9 {
    let items = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
    text += "a\(level): &a\(level) [\(items)]\n"
  }
  return text + "concerns: *a9\n"
}()

/// The catalogue.
///
/// Answers cases run `skinquiz --answers FILE --format json` with no terminal;
/// pack cases run `skinquiz check --pack pack`.
private let catalogue: [BadInput] = {
  let run = ["--answers", "a.json", "--format", "json"]
  let check = ["check", "--pack", "pack"]
  func answersCase(_ name: String, _ text: String, status: Int32 = 65) -> BadInput {
    BadInput(name: name, entries: [("a.json", .text(text))], arguments: run, status: status)
  }
  func packCase(_ name: String, _ file: String, _ old: String, _ new: String) -> BadInput {
    BadInput(
      name: name, copiesPack: true, packEdits: [(file, old, new)], arguments: check, status: 65)
  }
  return [
    // The answers file: its text.
    answersCase("answers: empty file", ""),
    answersCase("answers: only blank lines", "\n  \n\n"),
    answersCase("answers: JSON cut off in a string", String(valid.prefix(60))),
    answersCase("answers: JSON cut off near its end", String(valid.prefix(valid.count - 60))),
    answersCase("answers: a list, not a mapping", #"["22_plus", "acne_scars"]"#),
    answersCase("answers: a bare word", "hello"),
    answersCase(
      "answers: a list for a single question",
      answers(
        replacing: #""age_band": "22_plus""#, with: #""age_band": ["22_plus"]"#)),
    answersCase(
      "answers: a mapping for a multi question",
      answers(
        replacing: #""concerns": ["acne_scars"]"#, with: #""concerns": {"acne_scars": true}"#)),
    answersCase(
      "answers: a number for an option",
      answers(
        replacing: #""age_band": "22_plus""#, with: #""age_band": 22"#)),
    answersCase(
      "answers: null for an option",
      answers(
        replacing: #""age_band": "22_plus""#, with: #""age_band": null"#)),
    answersCase(
      "answers: an unknown question",
      answers(
        replacing: #""pregnancy": "no""#, with: #""pregnant": "no""#)),
    answersCase(
      "answers: an unknown option, close to a real one",
      answers(
        replacing: #""age_band": "22_plus""#, with: #""age_band": "22plus""#)),
    answersCase(
      "answers: a v1 option that v2 split in two",
      answers(
        replacing: #""lesions_in_area": ["none"]"#,
        with: #""lesions_in_area": ["skin_cancer_current_or_treated"]"#)),
    answersCase(
      "answers: an option given twice",
      answers(
        replacing: #""acne_scar_type": ["rolling"]"#,
        with: #""acne_scar_type": ["rolling", "rolling"]"#)),
    answersCase(
      "answers: an exclusive option with another",
      answers(
        replacing: #""bleeding": ["none"]"#, with: #""bleeding": ["none", "bleeding_disorder"]"#)),
    answersCase(
      "answers: a question given twice",
      answers(
        replacing: #""pregnancy": "no""#, with: #""pregnancy": "no", "pregnancy": "yes""#)),
    answersCase(
      "answers: a question skip logic leaves out",
      answers(
        replacing: #""setting": "clinic_medical""#,
        with: #""setting": "clinic_medical", "pigment_type": ["sun_spots"]"#)),
    answersCase("answers: questions missing, no terminal to ask them", #"{"age_band": "22_plus"}"#),
    answersCase(
      "answers: YAML indented with a tab", "age_band: 22_plus\n\tconcerns: [acne_scars]\n"),
    answersCase(
      "answers: YAML nested 10,000 levels deep",
      String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)),
    answersCase("answers: an alias bomb (10^10 values if expanded)", aliasBomb),
    answersCase(
      "answers: a key that is an alias of 2^30 values",
      (1...29).reduce("a0: &a0 [x, y]\n") { $0 + "a\($1): &a\($1) [*a\($1 - 1), *a\($1 - 1)]\n" }
        + "? *a29\n: 1\n"),
    answersCase(
      "answers: terminal escapes in a value and a key are shown, never sent",
      #"{"age_band": "\u001b]52;c;cHduZWQ=\u0007\u001b[2J", "\u202egnp.exe": "x"}"#),
    answersCase(
      "answers: a value of 100,000 characters is shown shortened",
      #"{"age_band": ""# + String(repeating: "b", count: 100_000) + #""}"#),
    BadInput(
      name: "answers: Latin-1, not UTF-8",
      entries: [
        ("a.json", .bytes(Array(#"{"age_band": "22_plus", "x": "caf"#.utf8) + [0xE9, 0x22, 0x7D]))
      ],
      arguments: run, status: 65),
    BadInput(
      name: "answers: binary garbage",
      entries: [("a.json", .bytes((0..<512).map { UInt8($0 % 256) }))],
      arguments: run, status: 65),
    BadInput(
      name: "answers: a byte-order mark before an error on line 2",
      entries: [
        (
          "a.json",
          .bytes(
            [0xEF, 0xBB, 0xBF]
              + Array(
                answers(
                  replacing: #""skin_tone": "burns_then_tans""#, with: #""skin_tone": "pale""#
                ).utf8))
        )
      ],
      arguments: run, status: 65),
    answersCase(
      "answers: CRLF line ends, an error on line 3",
      answers(
        replacing: #""isotretinoin": "never""#, with: #""isotretinoin": "nevr""#
      )
      .replacingOccurrences(of: "\n", with: "\r\n")),
    BadInput(
      name: "answers: larger than 8 MiB",
      entries: [("a.json", .text("{\"x\": \"" + String(repeating: "a", count: 9 << 20) + "\"}"))],
      arguments: run, status: 66),
    // The answers file: what is at its path.
    BadInput(name: "answers: no such file", arguments: run, status: 66),
    BadInput(name: "answers: a folder", entries: [("a.json", .folder)], arguments: run, status: 66),
    BadInput(
      name: "answers: a fifo nobody writes to", entries: [("a.json", .fifo)], arguments: run,
      status: 66),
    BadInput(
      name: "answers: a loop of symbolic links",
      entries: [("a.json", .symlink(to: "b.json")), ("b.json", .symlink(to: "a.json"))],
      arguments: run, status: 66),
    BadInput(
      name: "answers: a path through a file", entries: [("a.json", .text(valid))],
      arguments: ["--answers", "a.json/more.json"], status: 66),
    BadInput(
      name: "answers: a read error (/proc/self/mem)", arguments: ["--answers", "/proc/self/mem"],
      status: 66),
    BadInput(
      name: "answers: a file without read permission",
      entries: [("a.json", .unreadable(valid))], arguments: run, status: 66),
    BadInput(
      name: "answers: garbage on standard input", arguments: ["--answers", "-"],
      stdin: "\u{1}\u{2}{{{", status: 65),
    // The pack.
    BadInput(name: "pack: no such folder", arguments: check, status: 66),
    BadInput(
      name: "pack: a file, not a folder", entries: [("pack", .text("hello\n"))], arguments: check,
      status: 66),
    BadInput(
      name: "pack: a folder without questions.yaml",
      entries: [("pack", .folder), ("pack/pack.yaml", .text("id: p\nversion: 1\n"))],
      arguments: check, status: 65),
    packCase("pack: an unknown question kind", "questions.yaml", "kind: single", "kind: singel"),
    packCase(
      "pack: a condition with a syntax error", "findings.yaml",
      "when: bleeding has bleeding_disorder", "when: bleeding has bleeding_disorder and"),
    packCase(
      "pack: a condition naming an unknown question", "findings.yaml",
      "when: bleeding has bleeding_disorder", "when: bleding has bleeding_disorder"),
    packCase(
      "pack: a condition naming an unknown option", "findings.yaml",
      "when: bleeding has bleeding_disorder", "when: bleeding has bleeding_disordr"),
    packCase(
      "pack: a finding citing an unknown source", "findings.yaml", "sources: [S7, S41a]",
      "sources: [S7, S99]"),
    packCase(
      "pack: a source link shortened with an ellipsis", "sources.yaml",
      "url: https://www.aad.org/news/microneedling", "url: https://www.aad.org/news/micro..."),
    packCase("pack: a source of an unknown kind", "sources.yaml", "kind: trial", "kind: rct"),
    packCase("pack: a question id used twice", "questions.yaml", "id: concerns", "id: age_band"),
    packCase(
      "pack: skip logic that reads a later question", "questions.yaml",
      "when: concerns has acne_scars", "when: setting = clinic_medical"),
    packCase(
      "pack: a finding with no title", "findings.yaml", "    title: Bleeding disorder\n", ""),
    packCase(
      "pack: a list where a mapping belongs", "pack.yaml", "id: microneedling", "id: [a, b]"),
    BadInput(
      name: "pack: questions.yaml empty", copiesPack: true,
      entries: [("pack/questions.yaml", .text(""))], arguments: check, status: 65),
    BadInput(
      name: "pack: findings.yaml not UTF-8", copiesPack: true,
      entries: [("pack/findings.yaml", .bytes([0x66, 0x69, 0xFF, 0xFE, 0x0A]))], arguments: check,
      status: 65),
    // The command line and the environment.
    BadInput(name: "command: an unknown option", arguments: ["--answer", "a.json"], status: 64),
    BadInput(name: "command: an option without its value", arguments: ["--answers"], status: 64),
    BadInput(
      name: "command: an unknown format", entries: [("a.json", .text(valid))],
      arguments: ["--answers", "a.json", "--format", "pdf"], status: 64),
    BadInput(name: "command: an unknown subcommand", arguments: ["chek"], status: 64),
    BadInput(
      name: "command: help for an unknown subcommand", arguments: ["help", "nosuch"], status: 64),
    BadInput(
      name: "command: questionnaire from a pack with an error", copiesPack: true,
      packEdits: [("questions.yaml", "kind: single", "kind: singel")],
      arguments: ["questionnaire", "--pack", "pack"], status: 65),
    BadInput(
      name: "command: batch with a pack with an error", copiesPack: true,
      packEdits: [("questions.yaml", "kind: single", "kind: singel")],
      arguments: ["batch", "--pack", "pack"], stdin: valid + "\n", status: 65),
    BadInput(
      name: "command: an output name with no known extension",
      entries: [("a.json", .text(valid))],
      arguments: ["--answers", "a.json", "--output", "out.pdf"],
      status: 64),
    BadInput(
      name: "command: an output in a missing folder", entries: [("a.json", .text(valid))],
      arguments: ["--answers", "a.json", "--output", "no/such/out.md"], status: 73),
    BadInput(
      name: "command: an output that exists, without --force",
      entries: [("a.json", .text(valid)), ("out.md", .text("keep me\n"))],
      arguments: ["--answers", "a.json", "--output", "out.md"], status: 73),
    BadInput(
      name: "command: an output that is a folder",
      entries: [("a.json", .text(valid)), ("out.md", .folder)],
      arguments: ["--answers", "a.json", "--output", "out.md", "--force"], status: 73),
    BadInput(
      name: "command: a draft in a missing folder", entries: [("a.json", .text(valid))],
      arguments: ["--answers", "a.json", "--draft", "no/such/draft.json"], status: 73),
    BadInput(
      name: "environment: SOURCE_DATE_EPOCH not a number", entries: [("a.json", .text(valid))],
      arguments: run, environment: ["SOURCE_DATE_EPOCH": "yesterday"], status: 64),
    BadInput(
      name: "environment: SKINQUIZ_PACK names no folder", entries: [("a.json", .text(valid))],
      arguments: run, environment: ["SKINQUIZ_PACK": "no-such-pack"], status: 66),
  ]
}()

@Suite struct BadInputCatalogueTests {
  /// Every file in `folder` with its size and contents' hash, to see that nothing was written.
  private func snapshot(_ folder: URL) -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    var lines: [String] = []
    while let path = enumerator?.nextObject() as? String {
      let url = folder.appendingPathComponent(path)
      var status = stat()
      guard lstat(url.path, &status) == 0 else { continue }
      // Contents only of plain files that can be read: not a fifo (it would block) or a loop.
      let contents =
        status.st_mode & S_IFMT == S_IFREG
        ? FileManager.default.contents(atPath: url.path).map { String($0.hashValue) } ?? "-" : "-"
      lines.append("\(path) \(status.st_mode) \(status.st_size) \(contents)")
    }
    return lines.sorted()
  }

  /// Creates the case's folder; returns it.
  private func setUp(_ input: BadInput) throws -> URL {
    let folder = try Paths.temporaryFolder()
    if input.copiesPack {
      let pack = folder.appendingPathComponent("pack")
      try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: false)
      for name in try FileManager.default.contentsOfDirectory(atPath: Paths.shippedPack.path) {
        try Data(contentsOf: Paths.shippedPack.appendingPathComponent(name))
          .write(to: pack.appendingPathComponent(name))
      }
    }
    for (file, old, new) in input.packEdits {
      let url = folder.appendingPathComponent("pack").appendingPathComponent(file)
      let text = try String(contentsOf: url, encoding: .utf8)
      let range = try #require(text.range(of: old), "\(file) has no '\(old)'")
      try Data(text.replacingCharacters(in: range, with: new).utf8).write(to: url)
    }
    for (path, entry) in input.entries {
      let url = folder.appendingPathComponent(path)
      try? FileManager.default.removeItem(at: url)
      switch entry {
      case .text(let text): try Data(text.utf8).write(to: url)
      case .bytes(let bytes): try Data(bytes).write(to: url)
      case .folder:
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      case .fifo: #expect(mkfifo(url.path, 0o600) == 0)
      case .symlink(let target):
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
      case .unreadable(let text):
        try Data(text.utf8).write(to: url)
        #expect(chmod(url.path, 0) == 0)
      }
    }
    return folder
  }

  @Test func every_bad_input_gets_its_status_and_located_message_and_nothing_is_written() throws {
    #expect(catalogue.count >= 40)
    var transcript = ""
    for input in catalogue {
      // Root reads a file whatever its mode, so that case only means something for others.
      if input.entries.contains(where: { if case .unreadable = $0.1 { true } else { false } }),
        geteuid() == 0
      {
        transcript += "## \(input.name)\n(skipped: running as root, who may read any file)\n\n"
        continue
      }
      let folder = try setUp(input)
      defer {
        _ = chmod(folder.appendingPathComponent("a.json").path, 0o600)
        try? FileManager.default.removeItem(at: folder)
      }
      let before = snapshot(folder)
      let result = try runSkinquiz(
        input.arguments, stdin: input.stdin, directory: folder, environment: input.environment)
      #expect(result.status == input.status, "\(input.name): \(result.stderr)")
      #expect(result.stdout == "", "\(input.name) printed a result")
      #expect(snapshot(folder) == before, "\(input.name) changed its folder")
      // Usage errors end with the usage lines; the first line is the message.
      let message =
        input.status == 64
        ? String(result.stderr.split(separator: "\n").first ?? "") + "\n[usage]\n"
        : result.stderr
      transcript += "## \(input.name)\nexit \(result.status)\n\(message)\n"
    }
    expectGolden(transcript, named: "bad-inputs.txt")
  }
}
