import ArgumentParser
import SkinQuizCore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `skinquiz batch`: scores many people in one process, one line of answers in, one line of
/// result out, in the input's order and in constant memory.
struct BatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Score many people: JSON Lines of answers in, one result per line out.",
    usage: "skinquiz batch [<file>] [--format json|fhir] [--pack <folder>]",
    discussion: """
      Each line of the input is one answers object or FHIR QuestionnaireResponse, as --answers \
      reads it, answering every question asked. Each gives one line of output, in order: the \
      result, or {"line": N, "error": "..."} when the line cannot be scored. Blank lines are \
      skipped (line numbers still count them). --format json (the default) writes the JSON \
      result, --format fhir the FHIR QuestionnaireResponse, each on one line. A summary goes to \
      standard error. Exits 0 when every line was scored, 65 when any could not be.
      """
  )

  @Argument(
    help: ArgumentHelp("The JSON Lines file ('-' or nothing: standard input).", valueName: "file"),
    completion: .file(extensions: ["jsonl", "ndjson"]))
  var file = "-"

  // `--format` is the root command's option: ArgumentParser gives an option after a subcommand
  // to the parent that declares the same name, so batch reads it there, and `run` refuses what
  // a line cannot hold.
  @ParentCommand var root: SkinQuiz

  @OptionGroup var pack: PackOptions

  func run() throws {
    let written = try lineFormat()  // a usage error before any work
    let loaded = try StandardError.exitOnError { () throws(SkinQuizError) in
      try pack.source.load()
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

  /// The format of the lines: `--format` when it is one a line can hold, else a usage error.
  private func lineFormat() throws -> BatchFormat {
    guard let format = root.format else { return .json }
    guard let line = BatchFormat(rawValue: format.rawValue) else {
      throw ValidationError(
        "batch writes one result per line, as json or fhir, not '\(format.rawValue)'")
    }
    return line
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
