import TextLayout

/// A value from someone's file as a message shows it: in quotes, safe for a terminal, short.
///
/// Files are written by others. A value can hold escape sequences (which a terminal would obey:
/// clear the screen, write to the clipboard) or be megabytes long, and a message must show it
/// as it is without either harm.
public enum Quoted {
  /// The most characters of a value shown; a longer one keeps its start and end.
  public static let limit = 60

  /// `text` in single quotes, with ``escaped(_:)`` applied and, past ``limit`` characters, its
  /// middle left out: `'abcd…wxyz' (7,340,032 characters)`.
  public static func value(_ text: String, quote: Character = "'") -> String {
    // Counted by code points: one character can hold a million combining marks.
    let scalars = text.unicodeScalars
    let count = scalars.count
    guard count > limit else { return "\(quote)\(escaped(text))\(quote)" }
    let head = String(String.UnicodeScalarView(scalars.prefix(limit * 2 / 3)))
    let tail = String(String.UnicodeScalarView(scalars.suffix(limit / 3 - 1)))
    return "\(quote)\(escaped(head))…\(escaped(tail))\(quote) (\(grouped(count)) characters)"
  }

  /// `text` with control characters and the characters that reorder text (bidi controls)
  /// written as `\u{1B}`, so a message never acts on the terminal or hides what it says.
  public static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: \.isControlOrBidi) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      if scalar.isControlOrBidi {
        result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `count` with commas between thousands: 7,340,032.
  static func grouped(_ count: Int) -> String {
    var digits = String(count)
    var result = ""
    while digits.count > 3 {
      result = "," + digits.suffix(3) + result
      digits.removeLast(3)
    }
    return digits + result
  }
}
