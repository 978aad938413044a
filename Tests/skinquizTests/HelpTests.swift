import Foundation
import TestSupport
import Testing

/// `--help`, `--version` and the text the manual is made from, exactly as printed.
@Suite struct HelpTests {
  /// Runs skinquiz with `arguments` as if on an 80-column terminal.
  private func help(_ arguments: [String]) throws -> RunResult {
    try runSkinquiz(arguments, environment: ["COLUMNS": "80"])
  }

  @Test func help_is_the_golden_text() throws {
    let result = try help(["--help"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    expectGolden(result.stdout, named: "help.txt")
  }

  @Test func check_help_is_the_golden_text() throws {
    let result = try help(["check", "--help"])
    #expect(result.status == 0)
    expectGolden(result.stdout, named: "check-help.txt")
  }

  @Test(arguments: [["--help"], ["--version"], ["check", "--help"], ["check"]])
  func a_full_standard_output_is_an_error_not_a_success(_ arguments: [String]) throws {
    let run = try runProgram(
      ["/bin/sh", "-c", #"exec "$0" "$@" > /dev/full"#, Paths.executable.path] + arguments)
    #expect(run.status == 74, "\(arguments)")
    #expect(
      run.stderr == "skinquiz: error: cannot write to standard output: no space left on device\n")
  }

  @Test func help_lines_fit_80_columns_so_their_layout_survives() throws {
    // A line as wide as the terminal is wrapped again, which would break the columns of
    // "Exit codes:" and the other lists.
    let result = try help(["--help"])
    let discussion = result.stdout.components(separatedBy: "\nUSAGE:")[0]
    for line in discussion.split(separator: "\n") {
      #expect(line.count < 80, "too wide: \(line)")
    }
  }

  @Test func the_written_usage_names_every_option() throws {
    // The usage is written by hand (SkinQuiz+CommandLine.swift); the options are read from the
    // list under OPTIONS, which is made from the options themselves, so a new option cannot be
    // left out of it.
    let help = try help(["--help"]).stdout
    let list = help.components(separatedBy: "\nOPTIONS:\n")[1].components(separatedBy: "\n\n")[0]
    let options = list.split(separator: "\n").compactMap { line -> String? in
      guard let name = line.firstMatch(of: /^  (--[a-z-]+)/)?.output.1,
        !["--help", "--version"].contains(String(name))
      else { return nil }
      return String(name)
    }
    #expect(options.count >= 8)
    let usage = help.components(separatedBy: "USAGE: ")[1].components(separatedBy: "\n\n")[0]
    for option in options {
      #expect(usage.contains("[\(option)"), "the usage does not name \(option)")
    }
    for command in [
      "skinquiz check [--pack <folder>]", "skinquiz questionnaire [--pack <folder>]",
      "skinquiz batch [<file>] [--format json|fhir] [--pack <folder>]",
    ] {
      #expect(usage.contains(command), "the usage does not show \(command)")
    }
  }

  @Test func the_manual_page_is_ascii() throws {
    // man and mandoc read the page in the C locale; the help, whence it comes, stays ASCII.
    let result = try help(["--generate-manual", "/usr/local"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix(".\\\""))
    let other = result.stdout.unicodeScalars.filter { !$0.isASCII }
    #expect(other.isEmpty, "not ASCII: \(String(String.UnicodeScalarView(other)))")
  }

  @Test func help_explains_every_exit_status_of_the_contract() throws {
    let result = try help(["--help"])
    let help = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    for text in [
      "Exit codes: 0 success", "1 you quit before finishing", "64 usage error",
      "65 invalid answers or pack", "66 an input file or folder is missing or unreadable",
      "73 the output file cannot be created", "74 other input/output error",
      "129, 130, 143 ended by SIGHUP, SIGINT or SIGTERM", "141 standard output was closed",
    ] {
      #expect(help.contains(text), "help does not say '\(text)'")
    }
  }

  @Test func version_names_the_program_and_its_built_in_pack() throws {
    let result = try runSkinquiz(["--version"])
    #expect(result.status == 0)
    let program = try #require(try Self.definedVersion())
    let pack = try #require(try Self.shippedPackVersion())
    #expect(result.stdout == "skinquiz \(program) (built-in pack: microneedling \(pack))\n")
    #expect(result.stderr == "")
  }

  /// The version is defined once, in Sources/skinquiz/Version.swift; the documents that show
  /// it (README's example, Docs/) must show what the program prints.
  @Test func every_version_line_in_the_documents_is_what_the_program_prints() throws {
    let printed = try runSkinquiz(["--version"]).stdout.trimmingCharacters(in: .newlines)
    let program = try #require(try Self.definedVersion())
    let documents =
      ["README.md"]
      + (try FileManager.default.contentsOfDirectory(atPath: Paths.root.path + "/Docs"))
      .filter { $0.hasSuffix(".md") }.sorted().map { "Docs/" + $0 }
    var lines = 0
    for document in documents {
      let text = try String(
        contentsOf: Paths.root.appendingPathComponent(document), encoding: .utf8)
      // A whole --version line, and any other "skinquiz N.N.N".
      for match in text.matches(of: /skinquiz \d+\.\d+\.\d+ \(built-in pack: [^)\n]*\)/) {
        lines += 1
        #expect(String(match.output) == printed, "\(document): '\(match.output)'")
      }
      for match in text.matches(of: /skinquiz (\d+\.\d+\.\d+)/) {
        #expect(String(match.output.1) == program, "\(document): '\(match.output.0)'")
      }
    }
    #expect(lines >= 2, "README.md and Docs/ show the --version line; found \(lines)")
  }

  /// The `program` constant of Sources/skinquiz/Version.swift, read from the source.
  private static func definedVersion() throws -> String? {
    let source = try String(
      contentsOf: Paths.root.appendingPathComponent("Sources/skinquiz/Version.swift"),
      encoding: .utf8)
    return source.firstMatch(of: /static let program = "([^"]+)"/).map { String($0.output.1) }
  }

  /// The `version:` of the shipped pack's pack.yaml.
  private static func shippedPackVersion() throws -> String? {
    let text = try String(
      contentsOf: Paths.shippedPack.appendingPathComponent("pack.yaml"), encoding: .utf8)
    let line = /^version: (\S+)$/.anchorsMatchLineEndings()
    return text.firstMatch(of: line).map { String($0.output.1) }
  }
}
