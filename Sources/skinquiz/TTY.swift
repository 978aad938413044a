/// What the command needs to know about the terminal, if there is one.
enum TTY {
  /// The width of the terminal on `descriptor`, or `nil` when it is not a terminal.
  static func columns(of descriptor: Int32) -> Int? {
    guard isatty(descriptor) == 1 else { return nil }
    var size = winsize()
    guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// A place to ask the person a question and read the reply: standard output and input, or
  /// the controlling terminal when they are redirected.
  struct Conversation {
    /// The width to wrap the question to.
    var width: Int
    /// Writes text, at once.
    var say: (String) -> Void
    /// Reads one line, without its newline; `nil` at the end of input.
    var readLine: () -> String?

    /// Standard output and input, when both are terminals.
    static func standardStreams() -> Conversation? {
      guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return nil }
      return Conversation(
        width: TTY.columns(of: STDOUT_FILENO) ?? 80,
        say: { try? StandardOutput.emit($0) },
        readLine: { Swift.readLine() })
    }

    /// `/dev/tty`, or `nil` without a controlling terminal: for a question after the screens
    /// were drawn there, which must reach neither the redirected output nor the input.
    static func controllingTerminal() -> Conversation? {
      guard let device = fopen("/dev/tty", "r+e") else { return nil }
      guard isatty(fileno(device)) == 1 else {
        fclose(device)
        return nil
      }
      let owner = Device(file: device)
      return Conversation(
        width: TTY.columns(of: fileno(device)) ?? 80,
        say: { text in
          fputs(text, owner.file)
          fflush(owner.file)
        },
        readLine: { owner.readLine() })
    }
  }

  /// An open `/dev/tty`, closed when the last conversation using it goes away.
  private final class Device {
    let file: UnsafeMutablePointer<FILE>

    init(file: UnsafeMutablePointer<FILE>) {
      self.file = file
    }

    deinit {
      fclose(file)
    }

    /// One line, without its newline; `nil` at the end of input.
    func readLine() -> String? {
      var buffer: UnsafeMutablePointer<CChar>?
      var capacity = 0
      defer { free(buffer) }
      guard getline(&buffer, &capacity, file) >= 0, let buffer else { return nil }
      var line = String(cString: buffer)
      if line.hasSuffix("\n") { line.removeLast() }
      return line
    }
  }
}
