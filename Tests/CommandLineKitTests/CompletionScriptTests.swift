import CommandLineKit
import Testing

/// What the completion scripts are made of; scripts/installcheck runs them in the shells.
@Suite struct CompletionScriptTests {
  private let script = CompletionScript(root: Sample.root)

  @Test(arguments: Shell.allCases)
  func every_script_names_the_visible_options_and_subcommands(_ shell: Shell) {
    let text = script.text(for: shell)
    for word in ["answers", "format", "force", "pack", "check", "batch", "copy", "version"] {
      #expect(text.contains(word), "\(shell) lacks \(word)")
    }
    #expect(!text.contains("secret"), "\(shell) offers a hidden option")
  }

  @Test func each_shell_gets_its_form_of_file_folder_and_list_completion() {
    #expect(script.text(for: .bash).contains(#"":--answers") _tool_files 'json'; return ;;"#))
    #expect(
      script.text(for: .bash).contains(
        #"":--pack") mapfile -t -O ${#COMPREPLY[@]} COMPREPLY < <(compgen -d -- "$cur")"#))
    #expect(script.text(for: .zsh).contains(#"'--format=[The format.]:format:(text json)'"#))
    #expect(
      script.text(for: .zsh).contains(#"'--answers=[Read answers.]:file:_files -g "*.(json)"'"#))
    #expect(
      script.text(for: .fish).contains(
        "complete -c tool -n '__tool_using check' -l pack -d 'The pack folder.' -r -f -a "
          + "'(__fish_complete_directories)'"))
  }

  @Test func a_quote_in_a_description_is_quoted_for_the_shell() {
    let quoting = Command(name: "q", abstract: "A.", options: [.flag("x", help: "It's [here]\\.")])
    let scripts = CompletionScript(root: quoting)
    #expect(scripts.text(for: .zsh).contains(#"'--x[It'\''s \[here\]\\.]'"#))
    #expect(scripts.text(for: .fish).contains(#"-l x -d 'It'\''s [here]\\.'"#))
  }
}
