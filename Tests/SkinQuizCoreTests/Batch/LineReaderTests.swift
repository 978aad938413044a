import Fixtures
import Foundation
import SkinQuizCore
import Testing

/// `LineReader`: lines as they were written, whatever the chunks they arrive in.
@Suite struct LineReaderTests {
  /// Every line `bytes` holds, read back through a temporary file.
  private func lines(of bytes: [UInt8], lineLimit: Int = LineReader.lineLimit) throws -> [[UInt8]] {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("line-reader-\(UUID().uuidString)")
    try Data(bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let descriptor = open(url.path, O_RDONLY)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    var reader = LineReader(descriptor: descriptor, name: url.path, lineLimit: lineLimit)
    var lines: [[UInt8]] = []
    while let line = try reader.next() {
      lines.append(line)
      #expect(reader.lineNumber == lines.count)
    }
    return lines
  }

  @Test func lines_end_at_line_feeds_and_carriage_returns_before_them_are_dropped() throws {
    let read = try lines(of: Array("one\ntwo\r\n\nlast".utf8))
    #expect(read.map { String(decoding: $0, as: UTF8.self) } == ["one", "two", "", "last"])
  }

  @Test func an_empty_input_has_no_lines_and_a_final_line_feed_adds_none() throws {
    #expect(try lines(of: []).isEmpty)
    #expect(try lines(of: Array("a\n".utf8)).count == 1)
  }

  @Test func lines_longer_than_a_chunk_and_lines_across_chunks_arrive_whole() throws {
    var random = SplitMix64(state: 7)
    let written = (0..<200).map { _ in randomLine(&random) }
    let bytes = written.flatMap { $0 + [UInt8(ascii: "\n")] }
    #expect(bytes.count > 4 * LineReader.chunkSize)
    #expect(try lines(of: bytes) == written)
  }

  @Test func a_byte_order_mark_before_the_first_line_is_dropped_and_elsewhere_kept() throws {
    let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
    let read = try lines(of: mark + Array("{}\n".utf8) + mark + Array("{}".utf8))
    #expect(read == [Array("{}".utf8), mark + Array("{}".utf8)])
  }

  @Test func a_line_past_the_limit_is_cut_and_the_next_line_read_whole() throws {
    // Past a chunk, so that the rest is dropped while reading, and within one.
    for (limit, length) in [(1000, 3 * LineReader.chunkSize), (1000, 1500)] {
      let long = [UInt8](repeating: UInt8(ascii: "x"), count: length)
      let read = try lines(of: long + Array("\nnext\n".utf8) + long, lineLimit: limit)
      #expect(read.map(\.count) == [limit + 1, 4, limit + 1])
      #expect(read[1] == Array("next".utf8))
    }
    #expect(try lines(of: Array("12345\n".utf8), lineLimit: 5) == [Array("12345".utf8)])
  }

  /// A line of random length, a fifth of them up to three chunks long, of letters only.
  private func randomLine(_ random: inout SplitMix64) -> [UInt8] {
    let length = random.below(5) == 0 ? random.below(UInt64(3 * LineReader.chunkSize)) : 40
    return (0..<length).map { _ in UInt8(ascii: "a") + UInt8(random.below(26)) }
  }
}
