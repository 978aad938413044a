extension CompletionScript {
  /// The zsh script, for a folder on `fpath`: `_arguments` specifications for the root and, once
  /// a subcommand is typed, for it.
  var zsh: String {
    let name = root.name
    var lines = [
      "#compdef \(name)",
      "# zsh completion for \(name); made by \(name) --generate-completion-script zsh",
      "",
      "_\(name)() {",
      "    local context state state_descr line",
      "    local -A opt_args",
      "    local -a commands",
      "    commands=(",
    ]
    lines += root.subcommands.map {
      "        \(Shell.singleQuoted(zshEscaped($0.name) + ":" + $0.abstract))"
    }
    lines += [
      "    )",
      "    _arguments -C \\",
    ]
    lines += zshSpecifications(root).map { "        \($0) \\" }
    lines += [
      "        '1: :->command' \\",
      "        '*:: :->arguments' && return",
      "    case $state in",
      "    command) _describe -t commands \(Shell.singleQuoted(name + " command")) commands ;;",
      "    arguments)",
      "        case $words[1] in",
    ]
    for command in root.subcommands {
      lines.append("        \(command.name))")
      lines.append("            _arguments \\")
      lines += zshSpecifications(command).map { "                \($0) \\" }
      lines[lines.count - 1].removeLast(2)
      lines.append("            ;;")
    }
    lines += ["        esac", "        ;;", "    esac", "}", "", "_\(name) \"$@\""]
    return lines.joined(separator: "\n") + "\n"
  }

  /// The `_arguments` specifications of `command`'s options, flags and positional arguments.
  private func zshSpecifications(_ command: Command) -> [String] {
    var specifications = options(of: command).map { option in
      let help = "[\(zshEscaped(option.help))]"
      guard let valueName = option.valueName else {
        return Shell.singleQuoted("--\(option.name)" + help)
      }
      // `--name=`: the value in the next word or after `=` in the same one, as the parser reads.
      return Shell.singleQuoted(
        "--\(option.name)=" + help + ":\(valueName):" + zshAction(option.completion))
    }
    if root.version != nil { specifications.append("'--version[Show the version.]'") }
    specifications.append("'(-h --help)'{-h,--help}'[Show help information.]'")
    for (index, argument) in command.arguments.enumerated() {
      specifications.append(
        Shell.singleQuoted("\(index + 1)::\(argument.valueName):" + zshAction(argument.completion)))
    }
    return specifications
  }

  /// The action that completes `completion`'s words.
  private func zshAction(_ completion: Completion) -> String {
    switch completion {
    case .none: " "
    case .file(let extensions) where extensions.isEmpty: "_files"
    case .file(let extensions): "_files -g \"*.(\(extensions.joined(separator: "|")))\""
    case .folder: "_files -/"
    case .list(let words): "(\(words.joined(separator: " ")))"
    }
  }

  /// `text` with the characters that `_arguments` reads in a description escaped: the
  /// brackets around it and the backslash.
  private func zshEscaped(_ text: String) -> String {
    var result = ""
    for character in text {
      if "\\[]".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }
}
