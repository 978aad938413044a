import TextLayout

/// Escaping for HTML: a pack is data written by others, so every text it gives is escaped
/// before it reaches a page.
enum HTMLText {
  /// `text` as HTML text: `&`, `<` and `>` escaped, control and bidi characters left out, and
  /// each line break kept as `<br>`.
  static func escape(_ text: String) -> String {
    encode(text, quotes: false, lineBreak: "<br>")
  }

  /// `text` for a double-quoted attribute value: as ``escape(_:)``, with `"` and `'` escaped
  /// too and line breaks as spaces.
  static func attribute(_ text: String) -> String {
    encode(text, quotes: true, lineBreak: " ")
  }

  private static func encode(_ text: String, quotes: Bool, lineBreak: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"" where quotes: result += "&quot;"
      case "'" where quotes: result += "&#39;"
      case "\n": result += lineBreak
      case "\t": result += " "
      default:
        if !isControl(scalar) { result.unicodeScalars.append(scalar) }
      }
    }
    return result
  }

  /// A fragment id made of `prefix` and `id`: ASCII letters, digits and `-` kept, anything else
  /// written as `_`, its code point in hex and `_`, so different ids never share a fragment.
  static func fragment(_ prefix: String, _ id: String) -> String {
    var result = prefix
    for scalar in id.unicodeScalars {
      if scalar.isASCII,
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-"
      {
        result.unicodeScalars.append(scalar)
      } else {
        result += "_" + String(scalar.value, radix: 16) + "_"
      }
    }
    return result
  }

  /// Whether `scalar` is a control or bidi character (line feed and tab are handled by the
  /// callers): HTML does not allow the first, and the second would reorder what a page says.
  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isControlOrBidi
  }
}
