extension CompletionScript {
  /// The bash script: a function that finds the subcommand among the words before the cursor,
  /// skipping option values, then offers the value the previous option takes, or the command's
  /// options, subcommands and positional argument.
  var bash: String {
    let name = root.name
    var lines =
      [
        "# bash completion for \(name); made by \(name) --generate-completion-script bash", "",
      ] + bashFilesFunction + [
        "_\(name)() {",
        "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}",
        "    local command='' word",
        "    local -i index skip=0 positionals=0",
        "    # bash splits --name=value at the \"=\": complete the value, for the option before it.",
        "    if [[ $cur == = ]]; then",
        "        cur=''",
        "    elif [[ $prev == = ]]; then",
        "        prev=${COMP_WORDS[COMP_CWORD - 2]}",
        "    fi",
        "    COMPREPLY=()",
        "    for ((index = 1; index < COMP_CWORD; index++)); do",
        "        word=${COMP_WORDS[index]}",
        "        if ((skip)); then",
        "            [[ $word == = ]] || skip=0  # --name=value is three words: keep skipping",
        "            continue",
        "        fi",
        "        case \"$command:$word\" in",
      ]
    for (command, isRoot) in commands {
      let prefix = isRoot ? "" : command.name
      let valued = options(of: command).filter(\.takesValue).map { "\"\(prefix):--\($0.name)\"" }
      if !valued.isEmpty { lines.append("        \(valued.joined(separator: " | "))) skip=1 ;;") }
    }
    let names = root.subcommands.map { "\":\($0.name)\"" }
    if !names.isEmpty {
      lines.append("        \(names.joined(separator: " | "))) command=$word ;;")
    }
    lines += [
      "        *:-*) ;;",
      "        *) positionals+=1 ;;",
      "        esac",
      "    done",
      "    case \"$command:$prev\" in",
    ]
    for (command, isRoot) in commands {
      for option in options(of: command) where option.takesValue {
        let action = bashAction(option.completion)
        lines.append("    \"\(isRoot ? "" : command.name):--\(option.name)\") \(action); return ;;")
      }
    }
    lines += ["    esac", "    case $command in"]
    for (command, isRoot) in commands {
      lines += bashWords(command, isRoot: isRoot)
    }
    lines += ["    esac", "}", "", "complete -o filenames -F _\(name) \(name)"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// The function that adds the files that complete the current word, ending in one of the
  /// extensions it is given (any, without), and the folders.
  private var bashFilesFunction: [String] {
    let name = root.name
    return [
      "# Adds to COMPREPLY the files (ending in one of the extensions given, if any) and folders",
      "# that complete the current word.",
      "_\(name)_files() {",
      "    local path extension",
      "    while IFS= read -r path; do",
      "        if [[ -d $path || $# -eq 0 ]]; then",
      "            COMPREPLY+=(\"$path\")",
      "            continue",
      "        fi",
      "        for extension; do",
      "            if [[ $path == *.\"$extension\" ]]; then",
      "                COMPREPLY+=(\"$path\")",
      "                break",
      "            fi",
      "        done",
      "    done < <(compgen -f -- \"$cur\")",
      "}",
      "",
    ]
  }

  /// The case of `command`: its option names and subcommands, and its positional argument
  /// when the current word does not start with a dash.
  private func bashWords(_ command: Command, isRoot: Bool) -> [String] {
    let words =
      options(of: command).map { "--" + $0.name } + standardFlags
      + command.subcommands.map(\.name) + (command.subcommands.isEmpty ? [] : ["help"])
    var lines = [
      "    \(isRoot ? "''" : command.name))",
      "        COMPREPLY=($(compgen -W \(Shell.singleQuoted(words.joined(separator: " "))) -- \"$cur\"))",
    ]
    for (index, argument) in command.arguments.enumerated() {
      lines.append(
        "        if [[ $cur != -* ]] && ((positionals == \(index))); then "
          + "\(bashAction(argument.completion)); fi")
    }
    lines.append("        ;;")
    return lines
  }

  /// The command that adds `completion`'s words to COMPREPLY.
  private func bashAction(_ completion: Completion) -> String {
    switch completion {
    case .none: "COMPREPLY=()"
    case .file(let extensions):
      (["_\(root.name)_files"] + extensions.map(Shell.singleQuoted)).joined(separator: " ")
    // One name a line, not split at blanks or expanded as a pattern, as $(...) would.
    case .folder: "mapfile -t -O ${#COMPREPLY[@]} COMPREPLY < <(compgen -d -- \"$cur\")"
    case .list(let words):
      "COMPREPLY+=($(compgen -W \(Shell.singleQuoted(words.joined(separator: " "))) -- \"$cur\"))"
    }
  }
}
