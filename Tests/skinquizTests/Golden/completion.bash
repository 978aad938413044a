# bash completion for skinquiz; made by skinquiz --generate-completion-script bash

# Adds to COMPREPLY the files (ending in one of the extensions given, if any) and folders
# that complete the current word.
_skinquiz_files() {
    local path extension
    while IFS= read -r path; do
        if [[ -d $path || $# -eq 0 ]]; then
            COMPREPLY+=("$path")
            continue
        fi
        for extension; do
            if [[ $path == *."$extension" ]]; then
                COMPREPLY+=("$path")
                break
            fi
        done
    done < <(compgen -f -- "$cur")
}

_skinquiz() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    local command='' word
    local -i index skip=0 positionals=0
    # bash splits --name=value at the "=": complete the value, for the option before it.
    if [[ $cur == = ]]; then
        cur=''
    elif [[ $prev == = ]]; then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    fi
    COMPREPLY=()
    for ((index = 1; index < COMP_CWORD; index++)); do
        word=${COMP_WORDS[index]}
        if ((skip)); then
            [[ $word == = ]] || skip=0  # --name=value is three words: keep skipping
            continue
        fi
        case "$command:$word" in
        ":--answers" | ":--output" | ":--format" | ":--draft" | ":--pack") skip=1 ;;
        "check:--pack") skip=1 ;;
        "questionnaire:--pack") skip=1 ;;
        "batch:--format" | "batch:--pack") skip=1 ;;
        ":check" | ":questionnaire" | ":batch") command=$word ;;
        *:-*) ;;
        *) positionals+=1 ;;
        esac
    done
    case "$command:$prev" in
    ":--answers") _skinquiz_files 'json' 'yaml' 'yml'; return ;;
    ":--output") _skinquiz_files; return ;;
    ":--format") COMPREPLY+=($(compgen -W 'text markdown html json fhir' -- "$cur")); return ;;
    ":--draft") _skinquiz_files; return ;;
    ":--pack") mapfile -t -O ${#COMPREPLY[@]} COMPREPLY < <(compgen -d -- "$cur"); return ;;
    "check:--pack") mapfile -t -O ${#COMPREPLY[@]} COMPREPLY < <(compgen -d -- "$cur"); return ;;
    "questionnaire:--pack") mapfile -t -O ${#COMPREPLY[@]} COMPREPLY < <(compgen -d -- "$cur"); return ;;
    "batch:--format") COMPREPLY+=($(compgen -W 'json fhir' -- "$cur")); return ;;
    "batch:--pack") mapfile -t -O ${#COMPREPLY[@]} COMPREPLY < <(compgen -d -- "$cur"); return ;;
    esac
    case $command in
    '')
        COMPREPLY=($(compgen -W '--answers --output --format --force --plain --no-color --draft --pack --version -h --help check questionnaire batch help' -- "$cur"))
        ;;
    check)
        COMPREPLY=($(compgen -W '--pack --version -h --help' -- "$cur"))
        ;;
    questionnaire)
        COMPREPLY=($(compgen -W '--pack --version -h --help' -- "$cur"))
        ;;
    batch)
        COMPREPLY=($(compgen -W '--format --pack --version -h --help' -- "$cur"))
        if [[ $cur != -* ]] && ((positionals == 0)); then _skinquiz_files 'jsonl' 'ndjson'; fi
        ;;
    esac
}

complete -o filenames -F _skinquiz skinquiz
