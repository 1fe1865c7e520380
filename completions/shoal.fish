# fish completion for shoal.
#   Install: shoal completion fish > ~/.config/fish/completions/shoal.fish
#
# A TAB never starts shoal (a JVM): this reads the completion index that every shoal run keeps up to
# date in the config home's completion/ folder (index: the command table; repos, groups, git: one name
# per line) with fish's own `string`, which reads files without starting a process. Without an index
# (shoal never ran) there is nothing to offer, quietly. After the `--` of a command that runs git (super,
# and the git commands of commands.yml), the words are completed by fish's own git completion.

# The index folder, found the way shoal finds its config home.
function __shoal_index_dir
    if set -q SHOAL_HOME; and test -n (string trim -- "$SHOAL_HOME")
        if string match -q -- '/*' $SHOAL_HOME
            echo $SHOAL_HOME/completion
        else
            echo $PWD/$SHOAL_HOME/completion
        end
    else if string match -q -- '/*' "$XDG_CONFIG_HOME"
        echo $XDG_CONFIG_HOME/shoal/completion
    else
        echo $HOME/.config/shoal/completion
    end
end

# The value spec of an option of a command path (see dev.shoal.completion.ValueSpec); @flag if unknown.
function __shoal_option_spec -a index cmdpath name
    set -l re "^opt\t"(string escape --style=regex -- $cmdpath)"\t(?:[^\t]* )?"(string escape --style=regex -- $name)"(?: [^\t]*)?\t([^\t]*)"
    set -l hit (string match -r -- $re <$index)
    if set -q hit[2]
        echo $hit[2]
    else
        echo @flag
    end
end

# The names of one of the index's name files, less those typed already, with a description.
function __shoal_names -a file description
    test -r $file; or return
    set -l names (string match -r -- '.+' <$file)
    for word in $__shoal_typed
        set names (string match -rv -- '^'(string escape --style=regex -- $word)'$' $names)
    end
    printf "%s\t$description\n" $names
end

# The folder of the first of the given words that names a repo, from the index's paths file.
function __shoal_repo_path -a file
    set -q argv[2]; and test -r $file; or return 1
    for word in $argv[2..-1]
        set -l hit (string match -r -- '^'(string escape --style=regex -- $word)'\t(.*)$' <$file)
        if set -q hit[2]
            echo $hit[2]
            return 0
        end
    end
    return 1
end

# Completes a git command line with fish's own git completion, in the repo at the given folder if there
# is one, else in the current folder (as for a plain `git` typed there). git is told where the repo is
# through GIT_DIR and GIT_WORK_TREE: fish's git completion evaluates a `git -C PATH` as fish code (to
# expand ~), but passes the environment on untouched. (`and`, not `if`: an `if` block would end the
# variables' scope before the completion runs.)
function __shoal_complete_git -a repo line
    test -n "$repo"; and test -e $repo/.git; and set -lx GIT_WORK_TREE $repo; and set repo $repo/.git
    test -n "$repo"; and set -lx GIT_DIR $repo
    complete -C -- $line
end

# Candidates for a value spec (see dev.shoal.completion.ValueSpec), for the value typed so far.
function __shoal_offer -a dir spec cur
    for token in (string split ' ' -- $spec)
        switch $token
            case @target
                __shoal_names $dir/repos repo
                __shoal_names $dir/groups group
            case @repo
                __shoal_names $dir/repos repo
            case @group
                __shoal_names $dir/groups group
            case @git
                __shoal_names $dir/git 'git command'
            case @dir
                __fish_complete_directories $cur
            case @file
                __fish_complete_path $cur
            case @command
                complete -C -- $cur
            case @flag @text
            case '*'
                # printf, not echo: fish's echo takes a lone -- as the end of its options and prints nothing.
                printf '%s\n' $token
        end
    end
end

function __shoal_complete
    set -l dir (__shoal_index_dir)
    set -l index $dir/index
    test -r $index; or return
    set -l tokens (commandline -opc)
    set -l cur (commandline -ct)
    set -g __shoal_typed

    # Walk the words before the cursor: subcommands deepen the command path, options skip their values,
    # the rest are positional values (after `--`, all of them are).
    set -l cmdpath shoal
    set -l re_path shoal
    set -l npos 0
    set -l dashdash 0
    set -l targets
    set -l i 2
    set -l n (count $tokens)
    while test $i -le $n
        set -l word $tokens[$i]
        if test $dashdash -gt 0
            set -a __shoal_typed $word
        else if test "$word" = --
            set dashdash $i
            set targets $__shoal_typed
        else if string match -q -- '-?*' $word
            set -l spec (__shoal_option_spec $index $cmdpath (string split -m1 = -- $word)[1])
            if test "$spec" != @flag; and not string match -q -- '*=*' $word
                if test $i -eq $n
                    __shoal_offer $dir $spec $cur
                    return
                end
                set i (math $i + 1)
            end
        else if test $npos -eq 0; and string match -rq -- "^cmd\t$re_path\t"(string escape --style=regex -- $word)"\t" <$index
            set cmdpath "$cmdpath $word"
            set re_path (string escape --style=regex -- $cmdpath)
        else
            set -a __shoal_typed $word
            set npos (math $npos + 1)
        end
        set i (math $i + 1)
    end

    if test $dashdash -eq 0; and string match -q -- '-*' $cur
        if string match -q -- '-*=*' $cur
            # `--opt=value` is one token, which fish replaces whole: the option goes in front of each value.
            set -l parts (string split -m1 = -- $cur)
            for candidate in (__shoal_offer $dir (__shoal_option_spec $index $cmdpath $parts[1]) $parts[2])
                echo $parts[1]=$candidate
            end
        else
            for line in (string replace -rf -- "^opt\t$re_path\t([^\t]*)\t[^\t]*\t" '$1'\t <$index)
                set -l fields (string split \t -- $line)
                printf "%s\t$fields[2]\n" (string split ' ' -- $fields[1])
            end
        end
        return
    end

    # The position being typed: after `--` in a command that runs git or programs, the rest of the line
    # is completed as that command line (by fish's own git completion); otherwise the positional covering
    # npos, plus subcommands at the first position.
    set -l run
    set -l offer
    for line in (string replace -rf -- "^arg\t$re_path\t" '' <$index)
        set -l fields (string split \t -- $line)
        if string match -qr -- '(^| )@(git|command)( |$)' $fields[3]
            # super and shell: TARGET... -- COMMAND. Before `--`, the targets; after it, the command.
            if test $dashdash -gt 0
                set run $fields[3]
            else
                set -a offer (string replace -ar -- '@(git|command)' '' $fields[3]) --
            end
        else if test $dashdash -gt 0
            # After a command's `--` come its own arguments, not shoal's targets: files, mostly.
            set offer @file
        else if test $fields[1] -le $npos
            # Names already typed at an open-ended position are not offered again.
            if test "$fields[2]" = '*'
                set -a offer $fields[3]
            else if test $fields[2] -ge $npos
                set -a offer $fields[3]
                set -g __shoal_typed
            end
        end
    end

    if test $dashdash -gt 0
        # The command line git's completion sees: `git`, the command's own git words (`log --oneline`
        # for `lo`), then what follows the `--`.
        set -l gitline
        if string match -q -- '*@git*' "$run"
            set gitline git
        else if test -z "$run"
            set gitline (string split \t -- (string replace -rf -- "^runs\t$re_path\t" '' <$index))
        end
        set -l after $tokens[(math $dashdash + 1)..-1]
        if set -q gitline[1]
            set -l repo (__shoal_repo_path $dir/paths $targets)
            __shoal_complete_git "$repo" (string join ' ' -- (string escape -- $gitline $after) $cur)
        else if test -n "$run"
            complete -C -- (string join ' ' -- (string escape -- $after) $cur)
        end
        test -n "$run$gitline"; and return
    end
    if test $npos -eq 0 -a $dashdash -eq 0
        string replace -rf -- "^cmd\t$re_path\t" '' <$index
    end
    __shoal_offer $dir "$offer" $cur
end

complete -c shoal -f -a '(__shoal_complete)'
