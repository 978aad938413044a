// libFuzzer target: TextWrapper and DisplayWidth on arbitrary text, widths and indents.
//
// Input: byte 0 is the width (0...255, so widths the wrapper clamps are tried too), byte 1
// picks the call, and the rest is UTF-8: the text, then for the indented call the indent and
// the first line's indent after NUL bytes. Every property the wrapper promises is checked,
// and a broken one traps: no empty result; each line fits the width after its indent, unless
// it is a single character wider than that; the whole line fits too when the indent leaves
// room; and the non-space characters come out in order, none lost or added (control and bidi
// characters are left out, by design).
//
// Fuzz/Regressions/TextWrapper keeps what it found.
import FuzzSupport
import TextLayout

/// The scalars of `text` that a wrapper must keep, in order: all but spaces and line breaks,
/// which it may drop or turn into a break, and control and bidi characters, which it leaves
/// out so that none reaches a terminal.
private func words(_ text: some StringProtocol) -> [Unicode.Scalar] {
  text.unicodeScalars.filter { $0 != " " && $0 != "\n" && !$0.isControlOrBidi }
}

/// Checks the lines of `text` wrapped to `width`, each after its indent.
private func checkLines(
  _ lines: [String], of text: String, width: Int, indents: (first: String, rest: String)
) {
  let call = "width \(width), indents \(indents), text \(text.debugDescription)"
  require(!lines.isEmpty, "no lines for \(call)")
  let indentWidth = max(DisplayWidth.of(indents.first), DisplayWidth.of(indents.rest))
  let room = max(1, width - indentWidth)
  var kept: [Unicode.Scalar] = []
  for (index, line) in lines.enumerated() {
    let indent = index == 0 ? indents.first : indents.rest
    // By scalars: the indent's last character may merge with the line's first.
    require(
      line.unicodeScalars.starts(with: indent.unicodeScalars),
      "line \(index) \(line.debugDescription) lost its indent, \(call)")
    let body = line.unicodeScalars.dropFirst(indent.unicodeScalars.count)
    let bodyText = String(String.UnicodeScalarView(body))
    kept += words(bodyText)
    // A line may be wider only when it is one character that is wider than the room.
    let fits = DisplayWidth.of(bodyText) <= room || bodyText.count == 1
    require(
      fits,
      "line \(index) \(line.debugDescription) is \(DisplayWidth.of(bodyText)) columns wide "
        + "after its indent, more than \(room), \(call)")
    // With room for the indent, the whole line fits the width too; where the line's first
    // character joins the indent's last (and can make it a column wider), it needs a column of
    // room more, which wrap(_:indent:) then keeps free (see its comment).
    let joins = (indent + bodyText).count != indent.count + bodyText.count
    if indentWidth + (joins ? 1 : 0) < width, bodyText.count != 1 {
      require(
        DisplayWidth.of(line) <= width,
        "line \(index) \(line.debugDescription) is \(DisplayWidth.of(line)) columns wide, "
          + "more than \(width), \(call)")
    }
  }
  require(
    kept == words(text),
    "the words changed: \(String(String.UnicodeScalarView(kept)).debugDescription), \(call)")
}

/// The libFuzzer entry point: one wrap of one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size >= 2 else { return 0 }
  let width = Int(data[0])
  let mode = data[1]
  let text = String(decoding: UnsafeBufferPointer(start: data + 2, count: size - 2), as: UTF8.self)
  // DisplayWidth of a string is the sum over its characters; the ASCII shortcut must agree.
  let sum = text.reduce(0) { $0 + DisplayWidth.of($1) }
  require(DisplayWidth.of(text) == sum, "DisplayWidth.of(\(text.debugDescription)) != \(sum)")
  let wrapper = TextWrapper(width: width)
  if mode & 1 == 0 {
    checkLines(wrapper.wrap(text), of: text, width: max(1, width), indents: ("", ""))
  } else {
    let parts = text.split(separator: "\0", maxSplits: 2, omittingEmptySubsequences: false)
    let body = String(parts[0])
    let indent = parts.count > 1 ? String(parts[1]) : "  "
    let first = parts.count > 2 ? String(parts[2]) : nil
    let lines = wrapper.wrap(body, indent: indent, firstIndent: first)
    checkLines(lines, of: body, width: max(1, width), indents: (first ?? indent, indent))
  }
  return 0
}
