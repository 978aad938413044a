extension CommandLineParser.State {
  /// Reads `--name`, `--name value` or `--name=value`; returns the index of the next word.
  mutating func readOption(_ words: [String], at index: Int) -> Int {
    // Split by Unicode scalars, not Characters: "=" and a combining mark after it are one
    // Character, and the "=" would be missed.
    let body = words[index].unicodeScalars.dropFirst(2)
    let equals = body.firstIndex(of: "=")
    let name = String(Substring(body[..<(equals ?? body.endIndex)]))
    let inline = equals.map { String(Substring(body[body.index(after: $0)...])) }
    guard let option = command.option(named: name) else {
      if let owner = stack.dropLast().last(where: { $0.option(named: name) != nil }) {
        fail(.optionOfAnotherCommand(option: name, owner: owner.name, subcommand: fullName))
      } else {
        fail(.unknownOption("--" + name, suggestion: suggestion(for: "--" + name)))
      }
      return index + 1
    }
    guard option.takesValue else {
      if let inline { fail(.unexpectedValue(inline, flag: name)) }
      flags.insert(name)
      return index + 1
    }
    var next = index + 1
    let value: String
    if let inline {
      value = inline
    } else if next < words.count, words[next] == "-" || !words[next].hasPrefix("-") {
      value = words[next]
      next += 1
    } else {
      fail(.missingValue(option: name))
      return next
    }
    if !option.values.isEmpty, !option.values.contains(where: { $0.name == value }) {
      fail(.invalidValue(value, option: name))
    }
    values[name] = value
    return next
  }

  /// The command's name as typed: `skinquiz check`.
  var fullName: String {
    stack.map(\.name).joined(separator: " ")
  }

  /// The option of the command nearest to `word`, if one is near enough to be a slip.
  ///
  /// Fewer than four edits, the nearest first, as swift-argument-parser suggested.
  func suggestion(for word: String) -> String? {
    let names = command.options.filter { !$0.isHidden }.map { "--" + $0.name }
    let near = names.map { ($0, EditDistance.between($0, word)) }.filter { $0.1 < 4 }
    return near.min { $0.1 < $1.1 }?.0
  }

  /// The subcommand of the command nearest to `word`, if one is near enough to be a slip.
  ///
  /// Fewer than three edits, and fewer than the word has characters. Not `word` itself, which
  /// after `--` is meant as an argument.
  func commandSuggestion(for word: String) -> String? {
    let near = command.subcommands.map { ($0.name, EditDistance.between($0.name, word)) }
      .filter { $0.1 > 0 && $0.1 < min(3, word.count) }
    return near.min { $0.1 < $1.1 }?.0
  }

  /// Makes `subcommand` the command being read.
  ///
  /// The options given so far carry over when it has options of the same names; any other is
  /// an error, since it would be ignored.
  mutating func enter(_ subcommand: Command) {
    let owner = command.name
    stack.append(subcommand)
    for name in values.keys.sorted() + flags.sorted()
    where subcommand.option(named: name) == nil {
      fail(.optionOfAnotherCommand(option: name, owner: owner, subcommand: fullName))
    }
    values = values.filter { subcommand.option(named: $0.key) != nil }
    // A value was checked against the values of the option it was given to, which may allow
    // more than the subcommand's option of the same name (the root's --format and batch's).
    for (name, value) in values.sorted(by: { $0.key < $1.key }) {
      guard let option = subcommand.option(named: name), !option.values.isEmpty,
        !option.values.contains(where: { $0.name == value })
      else { continue }
      fail(.invalidValue(value, option: name))
    }
    flags = flags.filter { subcommand.option(named: $0) != nil }
  }

  /// The parsed command line, once every word is read without error.
  func finished() throws(CommandLineError) -> ParsedCommandLine {
    var arguments: [String] = []
    for (index, positional) in command.arguments.enumerated() {
      if index < positionals.count {
        arguments.append(positionals[index])
      } else if let value = positional.defaultValue {
        arguments.append(value)
      } else {
        throw CommandLineError(.missingArgument(valueName: positional.valueName), path: path)
      }
    }
    if positionals.count > command.arguments.count {
      let extra = Array(positionals[command.arguments.count...])
      // A slip in a subcommand's name is said as such, not as words the command does not take.
      if command.arguments.isEmpty, let meant = commandSuggestion(for: extra[0]) {
        throw CommandLineError(.unknownCommand(extra[0], suggestion: meant), path: path)
      }
      throw CommandLineError(.unexpectedArguments(extra), path: path)
    }
    return ParsedCommandLine(path: path, values: values, flags: flags, arguments: arguments)
  }
}
