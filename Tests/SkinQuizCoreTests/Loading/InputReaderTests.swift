import Foundation
import TestSupport
import Testing

@testable import SkinQuizCore

/// Input files read as bytes and decoded as UTF-8 text, as Foundation's `Data` read them.
@Suite struct InputReaderTests {
  @Test func utf8_text_is_read_without_a_leading_byte_order_mark() {
    #expect(InputReader.text(Array("id: x\n".utf8)) == "id: x\n")
    #expect(InputReader.text([0xEF, 0xBB, 0xBF] + Array("id: x".utf8)) == "id: x")
    // Only the first one is a mark; one further on is text.
    #expect(InputReader.text([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF]) == "\u{FEFF}")
    #expect(InputReader.text([]) == "")
    #expect(InputReader.text([0xEF, 0xBB]) == nil)
  }

  @Test func text_is_decoded_as_foundation_decoded_it() {
    for bytes: [UInt8] in [
      [0x61, 0x00, 0x62], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
      [0xEF, 0xBB, 0xBF], Array("é – “x”".utf8), [0xFF],
    ] {
      #expect(InputReader.text(bytes) == String(data: Data(bytes), encoding: .utf8), "\(bytes)")
    }
  }

  @Test func bytes_that_are_not_utf8_are_located_at_the_first_bad_one() {
    let bytes = Array("a: 1\nb: é".utf8) + [0xFF] + Array("\n".utf8)
    let problem = InputReader.notUTF8(bytes, file: "x.yaml")
    #expect(
      problem.description
        == "x.yaml:2:5: error: not UTF-8 text: byte 0xFF here is invalid (save the file as UTF-8)")
    #expect(InputReader.notUTF8(bytes[5...], file: "x.yaml").location.line == 1)
  }

  @Test func a_file_is_read_whole_and_a_folder_is_refused() throws {
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
    let path = folder.appendingPathComponent("bytes").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(try InputReader.contents(of: path) == bytes)
    #expect(try InputReader.contentsIfPresent(of: path + "-missing") == nil)
    #expect(
      throws: SkinQuizError.unreadableInput(path: folder.path, reason: "it is a folder, not a file")
    ) {
      try InputReader.contents(of: folder.path)
    }
  }

  @Test func a_byte_order_mark_is_no_column() {
    // text(_:) drops the mark, so every other diagnostic counts columns from after it
    // (bom.json:1:2 for a key after "{"); the UTF-8 error counted it and said 1:3 here.
    let problem = InputReader.notUTF8([0xEF, 0xBB, 0xBF, 0x61, 0xFF], file: "x.json")
    #expect(problem.location.column == 2)
  }
}
