#!/usr/bin/env bash
# Times `shoal fetch` against `gita fetch`, `mr -j fetch` and a bare `xargs -P` loop, in one run, on
# REPOS repos (default 100) whose remote answers after DELAY seconds (default 0.5): each origin is a
# local bare repo whose remote.origin.uploadpack is a wrapper that sleeps, then runs git-upload-pack.
# Every tool gets an isolated config; nothing of yours is read or written. Prints the median of ROUNDS
# runs (default 3) per tool and each tool's time as a ratio of shoal's.
#
#   bench/fetch.sh                  # 100 repos, 0.5 s per fetch
#   REPOS=300 DELAY=1 bench/fetch.sh
set -euo pipefail

repos=${REPOS:-100}
delay=${DELAY:-0.5}
rounds=${ROUNDS:-3}
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
shoal="$root/bin/shoal"
for tool in git gita mr xargs; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed" >&2; exit 2; }
done

# Builds the jar if the sources changed, with the user's own Maven setup, before HOME moves.
"$shoal" --version >/dev/null

work=$(mktemp -d "${TMPDIR:-/tmp}/shoal-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$work/home/.gitconfig"
export XDG_CONFIG_HOME="$work/xdg" SHOAL_HOME="$work/shoal-home" XDG_CACHE_HOME="$work/cache"
mkdir -p "$HOME" "$XDG_CONFIG_HOME"
git config --global user.name bench
git config --global user.email bench@example.com
git config --global init.defaultBranch main
git config --global protocol.file.allow always

echo "bench: making $repos repos whose remote answers after ${delay}s..." >&2
cat > "$work/slow-upload-pack" <<WRAPPER
#!/bin/sh
sleep $delay
exec git-upload-pack "\$@"
WRAPPER
chmod +x "$work/slow-upload-pack"
git init -q "$work/seed"
git -C "$work/seed" commit -q --allow-empty -m "first commit"
mkdir -p "$work/remotes" "$work/repos"
: > "$work/mrconfig"
for i in $(seq -w 1 "$repos"); do
  git clone -q --bare "$work/seed" "$work/remotes/r$i.git"
  git clone -q "$work/remotes/r$i.git" "$work/repos/r$i"
  git -C "$work/repos/r$i" config remote.origin.uploadpack "$work/slow-upload-pack"
  printf '[%s]\ncheckout = git clone %s r%s\nfetch = git fetch\n\n' "$work/repos/r$i" "$work/remotes/r$i.git" "$i" >> "$work/mrconfig"
done
ls -d "$work"/repos/* > "$work/list"

"$shoal" add -r "$work/repos" >/dev/null
"$shoal" ls >/dev/null # makes the launcher's class cache first, so that is not timed
echo "$work/mrconfig" > "$HOME/.mrtrust"
gita add "$work"/repos/* >/dev/null
[ "$(gita ls | wc -w)" -eq "$repos" ] || { echo "bench: gita did not register $repos repos" >&2; exit 1; }

# Seconds (with milliseconds) one command line takes; its output is not wanted.
seconds() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || echo "bench: failed: $*" >&2
  end=$(date +%s%N)
  awk -v ns="$((end - start))" 'BEGIN { printf "%.3f\n", ns / 1e9 }'
}

median() {
  sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

declare -A times
names=(shoal gita "mr -j $repos" "mr -j 10" "xargs -P $repos")
for name in "${names[@]}"; do
  for _ in $(seq "$rounds"); do
    case "$name" in
      shoal) seconds "$shoal" fetch ;;
      gita) seconds gita fetch ;;
      "mr -j 10") seconds mr -c "$work/mrconfig" -d / -j 10 fetch ;;
      mr*) seconds mr -c "$work/mrconfig" -d / -j "$repos" fetch ;;
      xargs*) seconds xargs -P "$repos" -I{} git -C {} fetch -q < "$work/list" ;;
    esac
  done > "$work/times"
  times[$name]=$(median < "$work/times")
done

printf '%d repos, remote answers after %ss, median of %d runs:\n' "$repos" "$delay" "$rounds"
for name in "${names[@]}"; do
  awk -v name="$name" -v t="${times[$name]}" -v s="${times[shoal]}" \
    'BEGIN { printf "  %-16s %6.2fs   %5.2fx shoal\n", name, t, t / s }'
done
