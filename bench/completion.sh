#!/usr/bin/env bash
# Times one TAB of shoal's completion in bash, zsh and fish with 1000 registered repos and 20 groups
# (target: under 20 ms). Two ways:
#  - inside each shell: the completion run N times in one shell, timed with the shell's own clock, so
#    shell start-up is not in it (bash: _shoal with COMP_WORDS; zsh: a real TAB in a pseudo-terminal,
#    from the start of compsys's _main_complete to its end; fish: complete -C);
#  - as processes, with hyperfine (bash and fish): a shell that sources the script and completes,
#    minus the same shell that only sources it.
# The load average is printed, since other work on the machine moves every figure.
#   bench/completion.sh              # 30 TABs per line and shell, hyperfine 20 runs
#   N=100 RUNS=40 bench/completion.sh
set -euo pipefail

root=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
n=${N:-30}
runs=${RUNS:-20}
for tool in zsh fish hyperfine; do
  command -v "$tool" >/dev/null || { echo "bench: needs $tool" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A throwaway config home and AOT cache, so the real ones are neither used nor touched.
export SHOAL_HOME=$work/home XDG_CACHE_HOME=$work/cache

# 1000 repos: the smallest .git folder shoal's discovery (and git) accepts, quicker than git init.
mkdir -p "$work/repos"
for i in $(seq -w 1 1000); do
  mkdir -p "$work/repos/repo-$i/.git/objects" "$work/repos/repo-$i/.git/refs"
  echo 'ref: refs/heads/main' >"$work/repos/repo-$i/.git/HEAD"
done
"$root/bin/shoal" add -r "$work/repos" >/dev/null
for g in $(seq -w 1 20); do
  "$root/bin/shoal" group add "repo-00$g" "repo-05$g" -n "group-$g" >/dev/null
done
mkdir -p "$work/scripts/zsh"
"$root/bin/shoal" completion bash >"$work/scripts/shoal.bash"
"$root/bin/shoal" completion zsh >"$work/scripts/zsh/_shoal"
"$root/bin/shoal" completion fish >"$work/scripts/shoal.fish"
echo "index: $(wc -l <"$SHOAL_HOME/completion/repos") repos, $(wc -l <"$SHOAL_HOME/completion/groups") groups," \
     "$(wc -l <"$SHOAL_HOME/completion/index") index lines, $(du -sk "$SHOAL_HOME/completion" | cut -f1) KB"
echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
cd "$work"

# The command lines: all subcommands, 1000 repo names, the same after a prefix, groups + auto/none.
lines=("shoal " "shoal rm " "shoal rm repo-05" "shoal context ")

bash_tab() { # LINE -> mean ms of one TAB
  # shellcheck disable=SC2016
  bash --norc --noprofile -c '
    source "$1"; line=$2; n=$3
    read -ra COMP_WORDS <<<"$line"; [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    start=$EPOCHREALTIME
    for ((i = 0; i < n; i++)); do _shoal; done
    end=$EPOCHREALTIME
    echo "$(( (${end/./} - ${start/./}) / n ))us ${#COMPREPLY[@]}"' bash "$work/scripts/shoal.bash" "$1" "$n"
}

# zsh: a real interactive zsh with compinit in a pseudo-terminal; each TAB is timed from the start of
# compsys's _main_complete (compprefuncs) to its end (comppostfuncs), which prints the time.
cat >"$work/zsh-tab.zsh" <<'ZSH'
zmodload zsh/zpty
fpath_dir=$1 dump=$2 line=$3 n=$4
zpty -b z zsh -f -i
zpty -w z "PS1=; stty columns 200; LISTMAX=1; fpath=(${(q)fpath_dir} \$fpath); autoload -Uz compinit && compinit -u -d ${(q)dump}"
zpty -w z 'zmodload zsh/datetime; typeset -F tab_start; zstyle ":completion:*" list-prompt ""'
zpty -w z '_tab_start() { tab_start=$EPOCHREALTIME }; _tab_end() { print; print "<<TAB $(( (EPOCHREALTIME - tab_start) * 1000000 ))>>"; compstate[list]=; compstate[insert]= }'
# compsys clears its hooks after each completion: a TAB widget sets them again every time.
zpty -w z '_tab() { compprefuncs=(_tab_start); comppostfuncs=(_tab_end); zle complete-word }; zle -N _tab; bindkey "^I" _tab'
zpty -w z 'print "<<READY$(( 6 * 7 ))>>"'
zpty -r -m z out '*<<READY42>>*'
integer total=0 i
for (( i = 0; i < n; i++ )); do
  zpty -n -w z "$line"$'\t'
  zpty -r -m z out '*<<TAB [0-9]*>>*'
  (( total += ${${out##*<<TAB }%%.*} ))
  zpty -n -w z $'\C-u'
done
zpty -d z
print "$(( total / n ))us"
ZSH
zsh_tab() { # LINE -> mean microseconds of one TAB
  zsh -f "$work/zsh-tab.zsh" "$work/scripts/zsh" "$work/zcompdump" "$1" "$n"
}

fish_tab() { # LINE -> mean ms of one TAB
  # shellcheck disable=SC2016
  XDG_CONFIG_HOME=$work/xdg fish -c '
    source $argv[1]
    set start (date +%s%N)
    for i in (seq $argv[3]); complete -C $argv[2] >/dev/null; end
    set end (date +%s%N)
    echo (math --scale=0 "($end - $start) / $argv[3] / 1000")us (count (complete -C $argv[2]))' \
    "$work/scripts/shoal.fish" "$1" "$n"
}

echo
echo "One TAB, timed inside the shell (mean of $n; microseconds; after bash's and fish's, how many candidates):"
printf '  %-20s %-22s %-22s %-22s\n' "line" bash zsh fish
for line in "${lines[@]}"; do
  printf '  %-20s %-22s %-22s %-22s\n' "'$line'" "$(bash_tab "$line")" "$(zsh_tab "$line")" "$(fish_tab "$line")"
done

echo
echo "One TAB as processes (hyperfine, $runs runs): completing 'shoal rm ' minus only sourcing the script:"
hyperfine --shell=none --style=basic --warmup 3 --runs "$runs" --export-csv "$work/process.csv" \
  "bash --norc --noprofile -c 'source $work/scripts/shoal.bash'" \
  "bash --norc --noprofile -c 'source $work/scripts/shoal.bash; COMP_WORDS=(shoal rm \"\"); COMP_CWORD=2; _shoal'" \
  "fish --no-config -c 'source $work/scripts/shoal.fish'" \
  "fish --no-config -c 'source $work/scripts/shoal.fish; complete -C \"shoal rm \" >/dev/null'" \
  >"$work/hyperfine.txt" 2>&1 || { cat "$work/hyperfine.txt" >&2; exit 1; }
# process.csv: command,mean,stddev,median,... (seconds), one line per command in order.
awk -F, 'NR > 1 { median[NR - 1] = $4 * 1000 }
  END {
    printf "  bash: %.1f ms with the TAB, %.1f ms without: one TAB %.1f ms\n", median[2], median[1], median[2] - median[1]
    printf "  fish: %.1f ms with the TAB, %.1f ms without: one TAB %.1f ms\n", median[4], median[3], median[4] - median[3]
  }' "$work/process.csv"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
