extension CompletionScript {
  /// The fish script: a function that names the subcommand typed so far, and one `complete`
  /// line per option, subcommand and argument, each for the command it belongs to.
  var fish: String {
    let name = root.name
    let valued = commands.flatMap { entry in
      options(of: entry.command).filter(\.takesValue).map { "--" + $0.name }
    }
    var lines =
      [
        "# fish completion for \(name); made by \(name) --generate-completion-script fish", "",
      ] + fishFunctions(valuedOptions: valued) + [
        "complete -c \(name) -f"
      ]
    for (command, isRoot) in commands {
      let condition = "'__\(name)_using \(isRoot ? "\"\"" : command.name)'"
      let prefix = "complete -c \(name) -n \(condition)"
      lines += options(of: command).map { option in
        "\(prefix) -l \(option.name) -d \(Shell.singleQuoted(fishEscaped(option.help)))"
          + (option.takesValue ? " -r " + fishAction(option.completion) : "")
      }
      if root.version != nil { lines.append("\(prefix) -l version -d 'Show the version.'") }
      lines.append("\(prefix) -s h -l help -d 'Show help information.'")
      lines += command.subcommands.map {
        "\(prefix) -a \($0.name) -d \(Shell.singleQuoted(fishEscaped($0.abstract)))"
      }
      lines += command.arguments.map { "\(prefix) " + fishAction($0.completion) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The functions the `complete` lines call: which subcommand is typed (`valuedOptions` take
  /// the next word as their value), and the files with given extensions.
  private func fishFunctions(valuedOptions valued: [String]) -> [String] {
    let name = root.name
    return [
      "# Whether the subcommand on the command line is the one given ('' for none).",
      "function __\(name)_using",
      "    set -l skip 0",
      "    set -l found ''",
      "    for word in (commandline -opc)[2..-1]",
      "        if test $skip = 1",
      "            set skip 0",
      "            continue",
      "        end",
      "        switch $word",
      "            case \(Set(valued).sorted().joined(separator: " "))",
      "                set skip 1",
      "            case \(root.subcommands.map(\.name).joined(separator: " "))",
      "                set found $word",
      "                break",
      "        end",
      "    end",
      "    test \"$found\" = \"$argv[1]\"",
      "end",
      "",
      "# Prints the files that complete the current word and end in one of the extensions",
      "# given, and the folders (fish's __fish_complete_suffix lists every file, the matching first).",
      "function __\(name)_files",
      "    # The word as typed, less any --name= before it, its quotes and backslashes undone.",
      "    set -l token (commandline -ct | string replace -r -- '^-[^=]*=' '' | string unescape)",
      "    # A leading ~ is the home folder: the paths are found from $HOME and shown with ~.",
      "    set -l home ''",
      "    if string match -qr -- '^~(/|$)' $token",
      "        set home $HOME",
      "        set token $HOME(string sub -s 2 -- $token)",
      "    end",
      "    for path in $token*",
      "        set -l shown $path",
      "        if test -n \"$home\"",
      "            set shown '~'(string sub -s (math (string length -- $home) + 1) -- $path)",
      "        end",
      "        if test -d $path",
      "            echo $shown/",
      "        else",
      "            for extension in $argv",
      "                if string match -q -- \"*.$extension\" $path",
      "                    echo $shown",
      "                    break",
      "                end",
      "            end",
      "        end",
      "    end",
      "end",
      "",
    ]
  }

  /// The flags that offer `completion`'s words.
  private func fishAction(_ completion: Completion) -> String {
    switch completion {
    case .none: "-f"
    case .file(let extensions) where extensions.isEmpty: "-F"
    case .file(let extensions):
      "-f -a " + Shell.singleQuoted("(__\(root.name)_files \(extensions.joined(separator: " ")))")
    case .folder: "-f -a '(__fish_complete_directories)'"
    case .list(let words): "-f -a " + Shell.singleQuoted(words.joined(separator: " "))
    }
  }

  /// `text` as fish reads it inside single quotes, where only `\` and `'` are special; the
  /// quote itself is added by ``Shell/singleQuoted(_:)``, so only backslashes are doubled.
  private func fishEscaped(_ text: String) -> String {
    text.replacingAll("\\", with: "\\\\")
  }
}
