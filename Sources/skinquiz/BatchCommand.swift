import CommandLineKit
import SkinQuizCore

/// `skinquiz batch`: scores many people in one process, one line of answers in, one line of
/// result out, in the input's order and in constant memory.
struct BatchCommand {
  static let commandLine = Command(
    name: "batch",
    abstract: "Score many people: JSON Lines of answers in, one result per line out.",
    usage: "skinquiz batch [<file>] [--format json|fhir] [--pack <folder>]",
    discussion: """
      Each line of the input is one answers object or FHIR QuestionnaireResponse, as --answers \
      reads it, answering every question asked. Each gives one line of output, in order: the \
      result, or {"line": N, "error": "..."} when the line cannot be scored. Blank lines are \
      skipped (line numbers still count them). A summary goes to standard error. Exits 0 when \
      every line was scored, 65 when any could not be.
      """,
    options: [
      .value(
        "format", valueName: "format", help: "The format of each line of output.",
        values: [
          OptionValue("json", help: "the result as JSON, schema skinquiz.result/1 (the default)"),
          OptionValue("fhir", help: "the answers as a FHIR R4 QuestionnaireResponse"),
        ]),
      PackOption.option,
    ],
    arguments: [
      Positional(
        valueName: "file", help: "The JSON Lines file ('-' or nothing: standard input).",
        defaultValue: "-", completion: .file(extensions: ["jsonl", "ndjson"]))
    ]
  )

  /// The JSON Lines file, `-` for standard input.
  var file: String
  /// What each line of output holds.
  var written: BatchFormat
  /// The pack to score with.
  var source: PackSource

  init(_ parsed: ParsedCommandLine) {
    file = parsed.arguments[0]
    // The parser let through only the values listed above, which are BatchFormat's.
    written = parsed.value("format", as: BatchFormat.self) ?? .json
    source = PackOption.source(parsed)
  }

  func run() throws {
    let loaded = try StandardError.exitOnError { () throws(SkinQuizError) in
      try source.load()
    }
    var scorer = BatchRunner(pack: loaded, format: written, createdAt: try Clock.now())
    let descriptor = try StandardError.exitOnError { () throws(SkinQuizError) in try open() }
    defer { if descriptor != STDIN_FILENO { close(descriptor) } }
    var reader = LineReader(descriptor: descriptor, name: InputFile.name(of: file))
    var summary = BatchSummary(verdictCount: loaded.verdicts.count)
    var output = BufferedOutput()
    var progress = BatchProgress(shown: isatty(STDERR_FILENO) == 1)
    try scorer.run(next: {
      try StandardError.exitOnError { () throws(SkinQuizError) in try reader.next() }
    }) { number, text, outcome in
      if let text { try output.append(text) }
      summary.record(outcome, line: number)
      progress.update(lines: number, errors: summary.errors)
    }
    try output.flush()
    progress.clear()
    StandardError.note(summary.text(pack: loaded))
    if summary.errors > 0 { throw ExitStatus.invalidInput.exitCode }
  }

  /// The input's descriptor: standard input for `-`, else the file, opened as `--answers` opens
  /// one (a fifo or a device works; a folder does not).
  private func open() throws(SkinQuizError) -> Int32 {
    if file == "-" { return STDIN_FILENO }
    guard let (descriptor, _) = try InputReader.openIfPresent(file) else {
      throw .unreadableInput(path: file, reason: "no such file")
    }
    return descriptor
  }
}
