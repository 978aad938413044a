/// A position in one line of JSON, for the batch scanners, which skips the spaces before each
/// token and reads only strings that every reader takes alike.
struct JSONCursor {
  /// The line.
  let bytes: UnsafeBufferPointer<UInt8>
  /// The index of the next byte to read.
  var position = 0

  /// Starts at the beginning of `bytes`.
  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// Whether only spaces are left.
  var atEnd: Bool {
    mutating get {
      skipSpaces()
      return position == bytes.count
    }
  }

  /// Moves past `byte` (after spaces) when it is next.
  mutating func take(_ byte: UInt8) -> Bool {
    skipSpaces()
    guard position < bytes.count, bytes[position] == byte else { return false }
    position += 1
    return true
  }

  /// The contents of the string next (after spaces), when it holds only printable ASCII
  /// without a backslash, which every reader takes alike.
  mutating func string() -> UnsafeBufferPointer<UInt8>? {
    guard take(UInt8(ascii: "\"")) else { return nil }
    let start = position
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        return UnsafeBufferPointer(rebasing: bytes[start..<(position - 1)])
      }
      guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") else { return nil }
      position += 1
    }
    return nil
  }

  /// Moves past the string next (after spaces), when it is free text that every reader takes
  /// alike: valid UTF-8 without a backslash, and only characters that YAML allows in a
  /// document and does not read as a line break.
  mutating func skipText() -> Bool {
    guard take(UInt8(ascii: "\"")) else { return false }
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        return true
      }
      if byte < 0x80 {
        guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") else { return false }
        position += 1
      } else {
        guard let scalar = scalar(), Self.isPrintable(scalar) else { return false }
      }
    }
    return false
  }

  /// Whether libyaml takes `scalar` (not ASCII) as a printable character in a quoted string:
  /// NEL, LS and PS are line breaks it folds, U+FEFF a byte order mark it may drop.
  private static func isPrintable(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0xA0...0xD7FF: return scalar != 0x2028 && scalar != 0x2029
    case 0xE000...0xFFFD: return scalar != 0xFEFF
    case 0x1_0000...0x10_FFFF: return true
    default: return false
    }
  }

  /// Moves past the multi-byte UTF-8 sequence next, giving its scalar, or `nil` when it is not
  /// valid UTF-8 (overlong, a surrogate, past U+10FFFF or cut short).
  private mutating func scalar() -> UInt32? {
    let lead = bytes[position]
    let (length, minimum): (Int, UInt32)
    switch lead {
    case 0xC2...0xDF: (length, minimum) = (2, 0x80)
    case 0xE0...0xEF: (length, minimum) = (3, 0x800)
    case 0xF0...0xF4: (length, minimum) = (4, 0x1_0000)
    default: return nil
    }
    guard position + length <= bytes.count else { return nil }
    var value = UInt32(lead) & (0x7F >> UInt32(length))
    for offset in 1..<length {
      let byte = bytes[position + offset]
      guard byte & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    guard value >= minimum, value <= 0x10_FFFF, !(0xD800...0xDFFF).contains(value) else {
      return nil
    }
    position += length
    return value
  }

  private mutating func skipSpaces() {
    while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
  }
}
