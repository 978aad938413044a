import Fixtures
import Foundation
import SkinQuizCore
import Testing

/// `BatchRunner`: with any number of workers and any chunk size, every line's output comes back
/// in input order, numbered, exactly as one scorer gives it line by line.
@Suite struct BatchRunnerTests {
  private let createdAt = "2026-01-01T10:00:00Z"

  /// Output lines for every persona, with blank lines, errors and a not-UTF-8 line among them.
  private func lines(_ pack: Pack) -> [[UInt8]] {
    var lines: [[UInt8]] = []
    for (number, persona) in pack.tests.enumerated() {
      let text = AnswersFile.render(persona.answers, pack: pack).split(separator: "\n")
        .joined(separator: " ")
      lines.append(Array(text.utf8))
      switch number % 7 {
      case 1: lines.append([])
      case 3: lines.append(Array(#"{"age_band": "old"}"#.utf8))
      case 5: lines.append([UInt8(ascii: "{"), 0xFF])
      default: break
      }
    }
    return lines
  }

  /// What one scorer gives, line by line.
  private func expected(
    _ lines: [[UInt8]], pack: Pack, format: BatchFormat
  ) -> [(Int, String?, BatchScorer.Outcome)] {
    var scorer = BatchScorer(pack: pack, format: format, createdAt: createdAt)
    return lines.enumerated().map { index, line in
      let (output, outcome) = scorer.score(line, line: index + 1)
      return (index + 1, output, outcome)
    }
  }

  private func run(
    _ lines: [[UInt8]], pack: Pack, format: BatchFormat, workers: Int, chunkLines: Int
  ) -> [(Int, String?, BatchScorer.Outcome)] {
    var runner = BatchRunner(
      pack: pack, format: format, createdAt: createdAt, workers: workers, chunkLines: chunkLines)
    var remaining = lines[...]
    var emitted: [(Int, String?, BatchScorer.Outcome)] = []
    runner.run(next: { remaining.popFirst() }) { emitted.append(($0, $1, $2)) }
    return emitted
  }

  @Test(arguments: [(1, 16), (2, 1), (2, 3), (3, 16), (4, 5)])
  func outputs_come_back_in_input_order_with_their_line_numbers(
    _ workers: Int, _ chunkLines: Int
  ) throws {
    let pack = try #require(ShippedPack.pack)
    let lines = lines(pack)
    for format in BatchFormat.allCases {
      let want = expected(lines, pack: pack, format: format)
      let got = run(lines, pack: pack, format: format, workers: workers, chunkLines: chunkLines)
      #expect(got.map(\.0) == Array(1...lines.count))
      #expect(got.map(\.1) == want.map(\.1), "\(format), \(workers) workers")
      #expect(got.map(\.2) == want.map(\.2), "\(format), \(workers) workers")
      #expect(want.map(\.2).contains(.failed) && want.map(\.2).contains(.blank))
    }
  }

  @Test func an_error_while_emitting_stops_the_run_and_is_rethrown() throws {
    struct Stop: Error {}
    let pack = try #require(ShippedPack.pack)
    let lines = lines(pack)
    var runner = BatchRunner(
      pack: pack, format: .json, createdAt: createdAt, workers: 3, chunkLines: 2)
    var remaining = lines[...]
    var emitted = 0
    #expect(throws: Stop.self) {
      try runner.run(next: { remaining.popFirst() }) { _, _, _ throws(any Error) in
        emitted += 1
        if emitted == 10 { throw Stop() }
      }
    }
    #expect(emitted == 10)
  }

  @Test func an_empty_input_emits_nothing() throws {
    let pack = try #require(ShippedPack.pack)
    #expect(run([], pack: pack, format: .json, workers: 2, chunkLines: 4).isEmpty)
  }

  @Test func the_cpus_counted_are_those_the_kernel_allows_this_process() throws {
    let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
    let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("Cpus_allowed:") })
    let mask = line.dropFirst("Cpus_allowed:".count).filter(\.isHexDigit)
    let allowed = mask.reduce(0) { $0 + (Int(String($1), radix: 16) ?? 0).nonzeroBitCount }
    #expect(BatchRunner.availableCPUs() == max(1, allowed))
  }
}
