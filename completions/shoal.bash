# bash completion for shoal.
#   Install: shoal completion bash > ~/.local/share/bash-completion/completions/shoal
#   or, in ~/.bashrc: source /path/to/shoal/completions/shoal.bash
#
# A TAB never starts shoal (a JVM): this reads the completion index that every shoal run keeps up to
# date in the config home's completion/ folder (index: the command table; repos, groups, git: one name
# per line; paths: each repo's folder). Without an index (shoal never ran) there is nothing to offer, quietly.
# After the `--` of a command that runs git (super, and the git commands of commands.yml), the words
# are completed by git's own bash completion when it is installed.

# The index folder, found the way shoal finds its config home.
_shoal_index_dir() {
    local home=${SHOAL_HOME-}
    if [[ -n ${home//[[:space:]]/} ]]; then
        [[ $home == /* ]] || home=$PWD/$home
    elif [[ ${XDG_CONFIG_HOME-} == /* ]]; then
        home=$XDG_CONFIG_HOME/shoal
    else
        home=$HOME/.config/shoal
    fi
    _shoal_dir=$home/completion
}

# The word as the command will see it, for the usual ways of typing it: my\ lib, 'my lib', "my lib".
_shoal_unquote() {
    REPLY=$1
    case $REPLY in
    \'*) REPLY=${REPLY#\'}; REPLY=${REPLY%\'} ;;
    \"*) REPLY=${REPLY#\"}; REPLY=${REPLY%\"} ;;
    *\\*) REPLY=${REPLY//\\/} ;;
    esac
}

# Offers one word if it starts with what is typed and was not typed already; quoted for the command line.
_shoal_add() {
    [[ $1 == "$cur"* && -z ${seen[$1]-} ]] || return
    if [[ $1 == *[^[:alnum:]._/@+,:=%-]* ]]; then
        local quoted
        printf -v quoted %q "$1"
        COMPREPLY+=("$pre$quoted")
    else
        COMPREPLY+=("$pre$1")
    fi
}

# Offers the names listed in one of the index's name files (repos, groups, git). This is the loop a TAB
# spends its time in (1000 repos and more), so it is inlined, and names that need no quoting are taken
# in bulk when nothing filters them.
_shoal_names() {
    local -a names
    local name all special= IFS=/ needs_quotes='[^[:alnum:]._/@+,:=%-]'
    [[ -r $_shoal_dir/$1 ]] || return
    mapfile -t names <"$_shoal_dir/$1"
    all="${names[*]}"
    [[ $all =~ $needs_quotes ]] && special=1
    if [[ -z $special && ${#seen[@]} -eq 0 ]]; then
        if [[ -z $cur$pre ]]; then
            COMPREPLY+=("${names[@]}")
        else
            for name in "${names[@]}"; do
                [[ $name == "$cur"* ]] && COMPREPLY+=("$pre$name")
            done
        fi
        return
    fi
    for name in "${names[@]}"; do
        [[ $name == "$cur"* && -z ${seen[$name]-} ]] || continue
        [[ -n $special ]] && printf -v name %q "$name"
        COMPREPLY+=("$pre$name")
    done
}

# Offers what a value spec of the index stands for (see dev.shoal.completion.ValueSpec).
_shoal_offer() {
    local token
    for token in $1; do
        case $token in
        @target) _shoal_names repos; _shoal_names groups ;;
        @repo) _shoal_names repos ;;
        @group) _shoal_names groups ;;
        @git) _shoal_names git ;;
        @dir | @file | @command)
            local -a found
            local kind=-f
            [[ $token == @dir ]] && kind=-d
            [[ $token == @command ]] && kind=-c || compopt -o filenames 2>/dev/null
            mapfile -t found < <(compgen "$kind" -- "$cur")
            COMPREPLY+=("${found[@]/#/$pre}") ;;
        @flag | @text) ;;
        *) _shoal_add "$token" ;;
        esac
    done
}

# Reads the index lines of one command: its subcommands, the value specs of its options that take a
# value, its positionals. (Options without a value are most lines; they only matter when listing options.)
_shoal_load() {
    [[ -z ${loaded[$1]-} && -n ${first[$1]-} ]] || return
    loaded[$1]=1
    local line rest names name
    for line in "${lines[@]:base+${first[$1]}:${count[$1]}}"; do
        case $line in
        opt$'\t'*$'\t'@flag$'\t'*) ;;
        cmd$'\t'*) rest=${line#*$'\t'*$'\t'}; subs[$1]+=${rest%%$'\t'*}$'\n' ;;
        opt$'\t'*)
            rest=${line#*$'\t'*$'\t'}; names=${rest%%$'\t'*}; rest=${rest#*$'\t'}
            for name in $names; do optspec[$1 $name]=${rest%%$'\t'*}; done ;;
        arg$'\t'*) args[$1]+=${line#*$'\t'*$'\t'}$'\n' ;;
        runs$'\t'*) runs[$1]=${line#*$'\t'*$'\t'} ;;
        esac
    done
}

# Sets REPLY to the folder of the first of the given words that names a repo (from the index's paths).
_shoal_repo_path() {
    local -A paths=()
    local line word
    (($#)) && [[ -r $_shoal_dir/paths ]] || return 1
    while IFS= read -r line; do paths[${line%%$'\t'*}]=${line#*$'\t'}; done <"$_shoal_dir/paths"
    for word; do
        [[ -n $word && -n ${paths[$word]-} ]] && REPLY=${paths[$word]} && return 0
    done
    return 1
}

# Completes the words after `--` with git's own completion, as the command line `git ARG... WORD...`:
# the ARGs are the command's git words (`log --oneline` for `lo`), the WORDs what follows the `--`.
# Branches and other names come from the first repo named before the `--` (git told where it is through
# GIT_DIR and GIT_WORK_TREE, which git's completion never evaluates as shell code), else from the current
# folder, as for a plain `git` typed there. Returns 1, offering nothing, when git's completion is missing.
_shoal_git() {
    if ! declare -F __git_main >/dev/null; then
        # bash-completion loads git's completion on demand; without bash-completion, the file the git
        # package installs (Debian's and most distributions': git-completion.bash under that name).
        if declare -F __load_completion >/dev/null; then
            __load_completion git
        elif [[ -r /usr/share/bash-completion/completions/git ]]; then
            source /usr/share/bash-completion/completions/git
        fi
        declare -F __git_main >/dev/null && declare -F __git_func_wrap >/dev/null || return 1
    fi
    # The line as git's completion expects it: words (split at COMP_WORDBREAKS as bash split them) and
    # the text up to the cursor, in which it finds them again to rejoin `--format=` and `ref:path`.
    local rest=${COMP_LINE:0:COMP_POINT} i
    for ((i = 0; i <= dashdash; i++)); do rest=${rest#*"${COMP_WORDS[i]}"}; done
    rest=${rest#"${rest%%[![:blank:]]*}"}
    local -a COMP_WORDS=("$@" "${COMP_WORDS[@]:dashdash+1:cword-dashdash}")
    local COMP_CWORD=$(($# + cword - dashdash - 1)) COMP_LINE="$* $rest"
    local COMP_POINT=${#COMP_LINE}
    if _shoal_repo_path "${typed[@]:0:ntargets}"; then
        if [[ -e $REPLY/.git ]]; then
            local -x GIT_DIR=$REPLY/.git GIT_WORK_TREE=$REPLY
        else
            local -x GIT_DIR=$REPLY
        fi
    fi
    COMPREPLY=()
    # As git's completion is registered for git: its candidates end in the space they need, and when it
    # offers nothing, bash completes file names.
    compopt -o nospace -o bashdefault -o default 2>/dev/null
    __git_func_wrap __git_main
    return 0
}

_shoal() {
    COMPREPLY=()
    local _shoal_dir REPLY
    _shoal_index_dir
    [[ -r $_shoal_dir/index ]] || return 0

    # The command table (see dev.shoal.completion.CommandTable). Its `at` lines say where each command's
    # lines are, so only the commands on the command line get read, however many commands there are.
    local -A first=() count=() loaded=() subs=() optspec=() args=() runs=() seen=()
    local -a lines
    local line path rest name spec base=1
    mapfile -t lines <"$_shoal_dir/index"
    while [[ ${lines[base]-} == at$'\t'* ]]; do
        rest=${lines[base]#at$'\t'}; path=${rest%%$'\t'*}; rest=${rest#*$'\t'}
        first[$path]=${rest%%$'\t'*}; count[$path]=${rest#*$'\t'}
        ((base++))
    done

    # Walk the words before the cursor: subcommands deepen the path, options skip their values,
    # the rest are positional values (after `--`, all of them are).
    local cword=$COMP_CWORD cur=${COMP_WORDS[COMP_CWORD]} pre= word value= i=1 npos=0 dashdash=0 ntargets=0
    local -a typed=()
    path=shoal
    _shoal_load "$path"
    while ((i < cword)); do
        word=${COMP_WORDS[i]}
        if ((dashdash)); then
            _shoal_unquote "$word"
            typed+=("$REPLY")
        elif [[ $word == -- ]]; then
            dashdash=$i ntargets=${#typed[@]}
        elif [[ $word == -?* ]]; then
            spec=${optspec[$path ${word%%=*}]-@flag}
            if [[ $spec != @flag && $word != *=* ]]; then
                # bash splits `--opt=value` into three words: --opt, =, value.
                if [[ ${COMP_WORDS[i + 1]-} == = ]]; then
                    ((i++))
                    # The cursor right after the '=': readline completes the empty word behind it.
                    if ((i == cword)); then value=$spec cur=; break; fi
                fi
                if ((i + 1 == cword)); then value=$spec; break; fi
                ((i++))
            fi
        elif ((npos == 0)) && [[ $'\n'${subs[$path]-} == *$'\n'"$word"$'\n'* ]]; then
            path+=" $word"
            _shoal_load "$path"
        else
            _shoal_unquote "$word"
            typed+=("$REPLY")
            ((npos++))
        fi
        ((i++))
    done

    # Match against the word as typed, unquoted; what is offered comes quoted again.
    _shoal_unquote "$cur"
    cur=$REPLY
    if [[ -n $value ]]; then
        _shoal_offer "$value"
        return 0
    fi
    if ((!dashdash)) && [[ $cur == -* ]]; then
        if [[ $cur == -*=* ]]; then
            # `--opt=val` as one word (when '=' is not a word break): offer values with the option in front.
            pre=${cur%%=*}= value=${optspec[$path ${cur%%=*}]-@flag} cur=${cur#*=}
            _shoal_offer "$value"
        else
            for line in "${lines[@]:base+${first[$path]-0}:${count[$path]-0}}"; do
                [[ $line == opt$'\t'* ]] || continue
                rest=${line#*$'\t'*$'\t'}
                for name in ${rest%%$'\t'*}; do _shoal_add "$name"; done
            done
        fi
        return 0
    fi

    # The position being typed: after `--` in a command that runs git or programs, the first word is
    # the git subcommand or program and later ones are files; otherwise the positional covering npos.
    local entry from to run= offer=
    rest=${args[$path]-}
    while [[ -n $rest ]]; do
        entry=${rest%%$'\n'*}; rest=${rest#*$'\n'}
        from=${entry%%$'\t'*}; entry=${entry#*$'\t'}; to=${entry%%$'\t'*}; spec=${entry#*$'\t'}
        if [[ " $spec " == *' @git '* || " $spec " == *' @command '* ]]; then
            # super and shell: TARGET... -- COMMAND. Before `--`, the targets; after it, the command.
            run=$spec
            spec=${spec//@git/}
            spec=${spec//@command/}
            if ((!dashdash)); then offer+="$spec -- "; fi
            for name in "${typed[@]}"; do seen[$name]=1; done
        elif ((dashdash)); then
            # After a command's `--` come its own arguments, not shoal's targets: files, mostly.
            offer=@file
        elif ((from <= npos)) && { [[ $to == '*' ]] || ((npos <= to)); }; then
            offer+="$spec "
            # Names already typed at an open-ended position are not offered again.
            if [[ $to == '*' ]]; then
                for name in "${typed[@]}"; do seen[$name]=1; done
            fi
        fi
    done
    if ((dashdash)); then
        local -a gitline=()
        if [[ " $run " == *' @git '* ]]; then
            gitline=(git)
        elif [[ -n ${runs[$path]-} ]]; then
            IFS=$'\t' read -ra gitline <<<"${runs[$path]}"
        fi
        if ((${#gitline[@]})) && _shoal_git "${gitline[@]}"; then return 0; fi
    fi
    if ((dashdash)) && [[ -n $run ]]; then
        if ((cword == dashdash + 1)); then _shoal_offer "$run"; else _shoal_offer @file; fi
        return 0
    fi
    if ((npos == 0 && !dashdash)); then
        rest=${subs[$path]-}
        while [[ -n $rest ]]; do
            _shoal_add "${rest%%$'\n'*}"
            rest=${rest#*$'\n'}
        done
    fi
    _shoal_offer "$offer"
    return 0
}

complete -F _shoal shoal
