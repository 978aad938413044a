#compdef skinquiz
# zsh completion for skinquiz; made by skinquiz --generate-completion-script zsh

_skinquiz() {
    local context state state_descr line
    local -A opt_args
    local -a commands
    commands=(
        'check:Check a pack: located errors, its own tests, and proofs that its rules hang together.'
        'questionnaire:Print the pack as a FHIR R4 Questionnaire (JSON), skip logic included.'
        'batch:Score many people: JSON Lines of answers in, one result per line out.'
    )
    _arguments -C \
        '--answers=[Read the answers from a JSON or YAML file, or a FHIR QuestionnaireResponse ('\''-'\'' for standard input), instead of asking.]:file:_files -g "*.(json|yaml|yml)"' \
        '--output=[Also save the result to this file, whole or not at all, readable only by you.]:file:_files' \
        '--format=[The format of what is printed and of the --output file. Without it, text is printed and the --output file'\''s extension chooses its format.]:format:(text markdown html json fhir)' \
        '--force[Replace the --output file if it exists.]' \
        '--plain[Ask line by line on standard input and output, without full-screen drawing.]' \
        '--no-color[Draw without color (as does setting NO_COLOR).]' \
        '--draft=[Keep your answers in this file as you go (readable only by you); start again with the same file to carry on where you stopped.]:file:_files' \
        '--pack=[Use the pack in this folder instead of the built-in microneedling pack (also: $SKINQUIZ_PACK).]:folder:_files -/' \
        '--version[Show the version.]' \
        '(-h --help)'{-h,--help}'[Show help information.]' \
        '1: :->command' \
        '*:: :->arguments' && return
    case $state in
    command) _describe -t commands 'skinquiz command' commands ;;
    arguments)
        case $words[1] in
        check)
            _arguments \
                '--pack=[Use the pack in this folder instead of the built-in microneedling pack (also: $SKINQUIZ_PACK).]:folder:_files -/' \
                '--version[Show the version.]' \
                '(-h --help)'{-h,--help}'[Show help information.]'
            ;;
        questionnaire)
            _arguments \
                '--pack=[Use the pack in this folder instead of the built-in microneedling pack (also: $SKINQUIZ_PACK).]:folder:_files -/' \
                '--version[Show the version.]' \
                '(-h --help)'{-h,--help}'[Show help information.]'
            ;;
        batch)
            _arguments \
                '--format=[The format of each line of output.]:format:(json fhir)' \
                '--pack=[Use the pack in this folder instead of the built-in microneedling pack (also: $SKINQUIZ_PACK).]:folder:_files -/' \
                '--version[Show the version.]' \
                '(-h --help)'{-h,--help}'[Show help information.]' \
                '1::file:_files -g "*.(jsonl|ndjson)"'
            ;;
        esac
        ;;
    esac
}

_skinquiz "$@"
