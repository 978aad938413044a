/// Turns the words of a command line into a request, following a ``Command``.
///
/// Words are read left to right. An option belongs to the command named last before it, so an
/// option of `skinquiz` written after `check` is an error, not silently taken or dropped; an
/// option given before a subcommand carries over when the subcommand has one of that name.
/// `--opt=value` and `--opt value` are the same; a value may not start with `-` unless it is
/// `-` itself or joined with `=`. After `--` every word is a positional argument. `-h`,
/// `--help` and `--version` anywhere win over every error but a bad or missing option value,
/// as `help <subcommand>` does.
public struct CommandLineParser: Sendable {
  /// The program's command, with its subcommands.
  public var root: Command

  /// A parser for `root`.
  public init(root: Command) {
    self.root = root
  }

  /// What `words` (the arguments after the program's name) ask for.
  public func parse(_ words: [String]) throws(CommandLineError) -> CommandLineRequest {
    if let request = try completionRequest(in: words) { return request }
    var state = State(root: root)
    var index = 0
    while index < words.count {
      index = state.read(words, at: index)
    }
    // A bad value is an error even beside --help: it is found while reading the words, before
    // --help is looked for, as swift-argument-parser did.
    if let error = state.error, error.reason.isAboutAValue { throw error }
    if let help = state.helpPath ?? state.helpTopic { return .help(help) }
    if state.wantsVersion { return .version }
    if let error = state.error { throw error }
    return .run(try state.finished())
  }

  /// The completion script `--generate-completion-script` asks for, if it is given.
  ///
  /// Without a value (last, or before another option) the shell is left to the caller.
  private func completionRequest(
    in words: [String]
  ) throws(CommandLineError) -> CommandLineRequest? {
    let option = "--generate-completion-script"
    for (index, word) in words.enumerated() {
      if word == "--" { return nil }
      let name: String?
      if word == option {
        let next = index + 1 < words.count ? words[index + 1] : nil
        name = next.flatMap { $0.hasPrefix("-") ? nil : $0 }
      } else if word.hasPrefix(option + "=") {
        name = String(word.dropFirst(option.count + 1))
      } else {
        continue
      }
      guard let name else { return .completionScript(nil) }
      guard let shell = Shell(rawValue: name) else {
        throw CommandLineError(.unsupportedShell(name), path: [])
      }
      return .completionScript(shell)
    }
    return nil
  }
}

extension CommandLineParser {
  /// What has been read so far.
  struct State {
    /// The commands from the root to the one being read.
    var stack: [Command]
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []
    var afterTerminator = false
    /// After `help`: the words name the command whose help is wanted.
    var helpSubcommand = false
    /// The command whose help `-h` or `--help` asks for: the one being read when it came.
    var helpPath: [String]?
    /// The command whose help `help` asks for.
    var helpTopic: [String]?
    var wantsVersion = false
    /// The first error met; the words after it are still read for `--help` and `--version`.
    var error: CommandLineError?

    init(root: Command) {
      stack = [root]
    }

    var command: Command { stack[stack.count - 1] }
    var path: [String] { stack.dropFirst().map(\.name) }

    mutating func fail(_ reason: ParseError) {
      if error == nil { error = CommandLineError(reason, path: path) }
    }

    /// Reads the word at `index`; returns the index of the next word to read.
    mutating func read(_ words: [String], at index: Int) -> Int {
      let word = words[index]
      if afterTerminator {
        positionals.append(word)
      } else if word == "--" {
        afterTerminator = true
      } else if word == "-h" || word == "--help" {
        if helpPath == nil { helpPath = path }
      } else if word == "--version", stack[0].version != nil {
        wantsVersion = true
      } else if helpSubcommand {
        // `help` takes the names of subcommands: the help of another would mislead. Options
        // and their values after them (`help check --pack x`) change no help: passed over.
        if word.hasPrefix("-") || command.subcommands.isEmpty { return index + 1 }
        if let next = command.subcommand(named: word) {
          stack.append(next)
          helpTopic = path
        } else if helpTopic != nil {
          helpTopic = nil
          fail(.unknownCommand(word, suggestion: commandSuggestion(for: word)))
        }
      } else if word.hasPrefix("--") {
        return readOption(words, at: index)
      } else if word.hasPrefix("-"), word.count > 1 {
        fail(.unknownOption(word, suggestion: nil))
      } else {
        readValue(word)
      }
      return index + 1
    }

    /// A word that is not an option: a subcommand's name, or a positional argument.
    mutating func readValue(_ word: String) {
      guard positionals.isEmpty, !command.subcommands.isEmpty else {
        positionals.append(word)
        return
      }
      if word == "help" {
        helpSubcommand = true
        helpTopic = path
        return
      }
      guard let next = command.subcommand(named: word) else {
        positionals.append(word)
        return
      }
      enter(next)
    }
  }
}
