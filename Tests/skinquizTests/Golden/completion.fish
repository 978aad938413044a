# fish completion for skinquiz; made by skinquiz --generate-completion-script fish

# Whether the subcommand on the command line is the one given ('' for none).
function __skinquiz_using
    set -l skip 0
    set -l found ''
    for word in (commandline -opc)[2..-1]
        if test $skip = 1
            set skip 0
            continue
        end
        switch $word
            case --answers --draft --format --output --pack
                set skip 1
            case check questionnaire batch
                set found $word
                break
        end
    end
    test "$found" = "$argv[1]"
end

# Prints the files that complete the current word and end in one of the extensions
# given, and the folders (fish's __fish_complete_suffix lists every file, the matching first).
function __skinquiz_files
    # The word as typed, less any --name= before it, its quotes and backslashes undone.
    set -l token (commandline -ct | string replace -r -- '^-[^=]*=' '' | string unescape)
    # A leading ~ is the home folder: the paths are found from $HOME and shown with ~.
    set -l home ''
    if string match -qr -- '^~(/|$)' $token
        set home $HOME
        set token $HOME(string sub -s 2 -- $token)
    end
    for path in $token*
        set -l shown $path
        if test -n "$home"
            set shown '~'(string sub -s (math (string length -- $home) + 1) -- $path)
        end
        if test -d $path
            echo $shown/
        else
            for extension in $argv
                if string match -q -- "*.$extension" $path
                    echo $shown
                    break
                end
            end
        end
    end
end

complete -c skinquiz -f
complete -c skinquiz -n '__skinquiz_using ""' -l answers -d 'Read the answers from a JSON or YAML file, or a FHIR QuestionnaireResponse ('\''-'\'' for standard input), instead of asking.' -r -f -a '(__skinquiz_files json yaml yml)'
complete -c skinquiz -n '__skinquiz_using ""' -l output -d 'Also save the result to this file, whole or not at all, readable only by you.' -r -F
complete -c skinquiz -n '__skinquiz_using ""' -l format -d 'The format of what is printed and of the --output file. Without it, text is printed and the --output file'\''s extension chooses its format.' -r -f -a 'text markdown html json fhir'
complete -c skinquiz -n '__skinquiz_using ""' -l force -d 'Replace the --output file if it exists.'
complete -c skinquiz -n '__skinquiz_using ""' -l plain -d 'Ask line by line on standard input and output, without full-screen drawing.'
complete -c skinquiz -n '__skinquiz_using ""' -l no-color -d 'Draw without color (as does setting NO_COLOR).'
complete -c skinquiz -n '__skinquiz_using ""' -l draft -d 'Keep your answers in this file as you go (readable only by you); start again with the same file to carry on where you stopped.' -r -F
complete -c skinquiz -n '__skinquiz_using ""' -l pack -d 'Use the pack in this folder instead of the built-in microneedling pack (also: $SKINQUIZ_PACK).' -r -f -a '(__fish_complete_directories)'
complete -c skinquiz -n '__skinquiz_using ""' -l version -d 'Show the version.'
complete -c skinquiz -n '__skinquiz_using ""' -s h -l help -d 'Show help information.'
complete -c skinquiz -n '__skinquiz_using ""' -a check -d 'Check a pack: located errors, its own tests, and proofs that its rules hang together.'
complete -c skinquiz -n '__skinquiz_using ""' -a questionnaire -d 'Print the pack as a FHIR R4 Questionnaire (JSON), skip logic included.'
complete -c skinquiz -n '__skinquiz_using ""' -a batch -d 'Score many people: JSON Lines of answers in, one result per line out.'
complete -c skinquiz -n '__skinquiz_using check' -l pack -d 'Use the pack in this folder instead of the built-in microneedling pack (also: $SKINQUIZ_PACK).' -r -f -a '(__fish_complete_directories)'
complete -c skinquiz -n '__skinquiz_using check' -l version -d 'Show the version.'
complete -c skinquiz -n '__skinquiz_using check' -s h -l help -d 'Show help information.'
complete -c skinquiz -n '__skinquiz_using questionnaire' -l pack -d 'Use the pack in this folder instead of the built-in microneedling pack (also: $SKINQUIZ_PACK).' -r -f -a '(__fish_complete_directories)'
complete -c skinquiz -n '__skinquiz_using questionnaire' -l version -d 'Show the version.'
complete -c skinquiz -n '__skinquiz_using questionnaire' -s h -l help -d 'Show help information.'
complete -c skinquiz -n '__skinquiz_using batch' -l format -d 'The format of each line of output.' -r -f -a 'json fhir'
complete -c skinquiz -n '__skinquiz_using batch' -l pack -d 'Use the pack in this folder instead of the built-in microneedling pack (also: $SKINQUIZ_PACK).' -r -f -a '(__fish_complete_directories)'
complete -c skinquiz -n '__skinquiz_using batch' -l version -d 'Show the version.'
complete -c skinquiz -n '__skinquiz_using batch' -s h -l help -d 'Show help information.'
complete -c skinquiz -n '__skinquiz_using batch' -f -a '(__skinquiz_files jsonl ndjson)'
