import Fixtures
import Foundation
import SkinQuizCore
import Testing

/// JSON strings as `JSONValue` writes them: escaped where JSON or JavaScript needs it, every
/// other character as it is.
@Suite struct JSONValueTests {
  /// What each scalar becomes, one at a time: the definition the writer must agree with.
  static func reference(_ text: String) -> String {
    var output = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output + "\""
  }

  /// The scalars random strings are made of: the escaped ones, their neighbours in UTF-8
  /// (U+2027, U+202A, other E2 80 xx), combining marks, emoji, and plain text.
  static let alphabet: [Unicode.Scalar] = [
    "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}",
    "\u{2027}", "\u{202A}", "\u{2026}", "\u{301}", "\u{1F600}", "é", "a", " ", "/", "€",
  ]

  @Test func random_strings_are_written_as_the_scalar_by_scalar_definition_says() throws {
    var random = SplitMix64(state: 2026)
    for _ in 0..<2000 {
      var text = ""
      for _ in 0..<Int(random.next() % 12) {
        text.unicodeScalars.append(Self.alphabet[Int(random.next() % UInt64(Self.alphabet.count))])
      }
      let written = JSONValue.string(text).serialized()
      #expect(written == Self.reference(text) + "\n", "\(Array(text.unicodeScalars))")
      // And a JSON reader gets the text back.
      let read = try JSONDecoder().decode(String.self, from: Data(written.utf8))
      #expect(read == text)
    }
  }

  @Test func a_string_with_nothing_to_escape_is_written_as_it_is() {
    #expect(JSONValue.string("").serialized() == "\"\"\n")
    #expect(
      JSONValue.string("Acne scars – “rolling”").serialized() == "\"Acne scars – “rolling”\"\n")
  }

  @Test func compact_json_is_one_line_with_the_same_members_in_the_same_order() throws {
    let value = JSONValue.object([
      ("a", .string("x\ny")), ("list", .array([.string("1"), .object([])])), ("empty", .array([])),
      ("nested", .object([("b", .string("c"))])),
    ])
    #expect(
      value.compactSerialized()
        == #"{"a":"x\ny","list":["1",{}],"empty":[],"nested":{"b":"c"}}"#)
    let pretty = try JSONSerialization.jsonObject(with: Data(value.serialized().utf8))
    let compact = try JSONSerialization.jsonObject(with: Data(value.compactSerialized().utf8))
    #expect((pretty as? NSDictionary) == (compact as? NSDictionary))
  }
}
