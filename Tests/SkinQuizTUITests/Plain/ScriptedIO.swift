import SkinQuizTUI

extension PlainMode {
  /// A person at a keyboard, as a script: the lines they type, and everything the session wrote.
  final class ScriptedIO: LineIO {
    private var lines: [String]
    /// Everything the session wrote, exactly.
    private(set) var output = ""
    /// The output with each line typed shown after "> " where it was read, as on a terminal.
    private(set) var transcript = ""
    /// How many times the session read again after being told the input had ended.
    private(set) var readsAfterEnd = 0
    /// Set to act as an output whose writes fail (a closed pipe).
    var writeError: String?
    /// Lines longer than this are cut as the standard reader cuts them.
    var maxLineBytes = SkinQuizTUI.maxLineBytes
    private(set) var lastLineWasCut = false
    private var ended = false

    init(_ lines: [String]) {
      self.lines = lines
    }

    /// The lines the session did not read.
    var unread: [String] { lines }

    func write(_ text: String) {
      output += text
      transcript += text
    }

    func readLine() -> String? {
      guard !lines.isEmpty else {
        if ended { readsAfterEnd += 1 }
        ended = true
        transcript += "<end of input>\n"
        return nil
      }
      var line = lines.removeFirst()
      lastLineWasCut = line.utf8.count > maxLineBytes
      if lastLineWasCut { line = "<a line of \(line.utf8.count) bytes>" }
      transcript += line.isEmpty ? ">\n" : "> \(line)\n"
      return line
    }
  }
}
