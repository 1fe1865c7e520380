#!/usr/bin/env bash
# Times `shoal ll` against its peers on N generated repos (default 100) in mixed states, each with
# its own local bare remote:
#   shoal ll      through bin/shoal, JVM start included
#   gita ll       the reference for the look
#   mgitstatus    over the folder holding the repos
#   baseline      one `git status --porcelain=v2 --branch` per repo through `xargs -P4`: the least
#                 work any status tool can do with git processes
# and prints each mean with its ratio to the baseline and to gita. Uses hyperfine when installed,
# else a plain loop. Nothing outside a temp folder is touched: shoal and gita get their own config
# homes, git its own global config.
#
#   bench/ll.sh [N] [RUNS]
set -euo pipefail

n=${1:-100}
runs=${2:-10}
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/shoal-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$work/gitconfig" GIT_TERMINAL_PROMPT=0
export GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@example.com
export GIT_COMMITTER_NAME=Bench GIT_COMMITTER_EMAIL=bench@example.com
export SHOAL_HOME="$work/shoal-home"   # shoal's registry
export XDG_CONFIG_HOME="$work/xdg"     # gita's registry lives in $XDG_CONFIG_HOME/gita
git config --global init.defaultBranch main
git config --global advice.detachedHead false

echo "generating $n repos in $work ..." >&2
# shellcheck source=lib/fleet.sh
. "$root/bench/lib/fleet.sh"
bench_template "$work"
seq 1 "$n" | xargs -P "$(nproc)" -I{} bash -c 'bench_make_repo "$1" "$2"' _ {} "$work"
ls -d "$work"/repos/* >"$work/paths.txt"

"$root/bin/shoal" add -r "$work/repos" >/dev/null
if command -v gita >/dev/null; then gita add $(cat "$work/paths.txt") >/dev/null; fi
"$root/bin/shoal" ll >/dev/null 2>&1 || true   # builds the jar and the start-up cache if needed

names=("shoal ll")
commands=("$root/bin/shoal ll")
if command -v gita >/dev/null; then
  names+=("gita ll"); commands+=("gita ll")
fi
if command -v mgitstatus >/dev/null; then
  names+=("mgitstatus"); commands+=("mgitstatus -d 1 $work/repos")
fi
names+=("baseline")
commands+=("xargs -a $work/paths.txt -P4 -I{} git -C {} status --porcelain=v2 --branch")

declare -A mean
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)   # other work on the machine skews every figure
if command -v hyperfine >/dev/null; then
  args=()
  for i in "${!names[@]}"; do args+=(-n "${names[$i]}" "${commands[$i]}"); done
  hyperfine -N -w 2 -r "$runs" --export-csv "$work/times.csv" "${args[@]}" >&2
  while IFS=, read -r name seconds _; do
    [ "$name" = command ] || mean[$name]=$seconds
  done <"$work/times.csv"
else
  for i in "${!names[@]}"; do
    start=$(date +%s%N)
    for _ in $(seq "$runs"); do ${commands[$i]} >/dev/null 2>&1 || true; done
    mean[${names[$i]}]=$(awk -v ns=$(($(date +%s%N) - start)) -v r="$runs" 'BEGIN { printf "%.6f", ns / 1e9 / r }')
  done
fi

printf '\n%d repos, mean of %d runs on %d cores (load average before: %s)\n' "$n" "$runs" "$(nproc)" "$load"
gita=${mean[gita ll]:-}
printf '%-12s %10s %12s %9s\n' tool seconds vs-baseline vs-gita
for name in "${names[@]}"; do
  awk -v t="${mean[$name]}" -v b="${mean[baseline]}" -v g="$gita" -v name="$name" \
    'BEGIN { printf "%-12s %10.3f %11.2fx %9s\n", name, t, t / b, g == "" ? "-" : sprintf("%.2fx", t / g) }'
done
