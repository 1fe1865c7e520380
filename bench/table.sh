#!/usr/bin/env bash
# Prints issue 10's table in one run: shoal against the peers that are installed, each row the median of
# the ratios of paired runs (shoal, then the peer, again and again), so load that comes and goes on the
# machine moves both sides of a pair alike. Rows:
#   --version   bin/shoal against a picocli hello-world jar with the same JVM flags, its own AOT cache, and
#               picocli's classes lifted to Java 8 as shoal's build does (src/build/UpgradeOldClassFiles.java)
#   ll          10 repos against gita ll; 100 repos against xargs -P4 git status (the least any status tool
#               can do with git processes); mgitstatus besides, when installed
#   fetch       10 and 100 repos whose remote answers after 0.5 s, against gita fetch; mr -j besides; and,
#               without shoal, xargs -P starting the same git fetches against gita: the floor of the ratio
# Repos are made like bench/ll.sh's (ten states, each with its own local bare remote); every tool gets a
# config home of its own, git a global config of its own; nothing of yours is read or written.
#
#   bench/table.sh                      # 10 pairs for the quick rows, 3 for fetch on 100 repos
#   PAIRS=20 SLOW_PAIRS=5 bench/table.sh
set -euo pipefail

pairs=${PAIRS:-10}
slow_pairs=${SLOW_PAIRS:-3}
delay=${DELAY:-0.5}
root=$(cd -P -- "$(dirname -- "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd -P)
shoal=$root/bin/shoal
# shellcheck source=../bin/lib/jdk.sh
. "$root/bin/lib/jdk.sh"
# shellcheck source=../bin/lib/launch.sh
. "$root/bin/lib/launch.sh"
shoal_require_jdk || exit 2

"$shoal" --version >/dev/null   # builds the jar with the user's own Maven setup, before HOME moves
picocli_version=$(sed -n 's:.*<picocli.version>\(.*\)</picocli.version>.*:\1:p' "$root/pom.xml")
picocli_jar=${MAVEN_REPO:-$HOME/.m2/repository}/info/picocli/picocli/$picocli_version/picocli-$picocli_version.jar

work=$(mktemp -d "${TMPDIR:-/tmp}/shoal-table.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME=$work/home GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=$work/home/.gitconfig GIT_TERMINAL_PROMPT=0
export XDG_CACHE_HOME=$work/cache
export GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@example.com GIT_COMMITTER_NAME=Bench GIT_COMMITTER_EMAIL=bench@example.com
mkdir -p "$HOME"
git config --global init.defaultBranch main
git config --global advice.detachedHead false
git config --global protocol.file.allow always

# --- the picocli hello-world jar and its AOT cache ---------------------------------------------------
flags=("${SHOAL_JVM_FLAGS[@]}")   # bin/shoal's
hello=()
if [ -f "$picocli_jar" ]; then
  mkdir -p "$work/hello/classes"
  cat > "$work/hello/Hello.java" <<'JAVA'
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "hello", mixinStandardHelpOptions = true, version = "hello 1.0", description = "Says hello.")
public class Hello implements Runnable {
    public void run() { System.out.println("hello"); }
    public static void main(String[] args) { System.exit(new CommandLine(new Hello()).execute(args)); }
}
JAVA
  "$shoal_jdk/bin/javac" -cp "$picocli_jar" -d "$work/hello/classes" "$work/hello/Hello.java"
  (cd "$work/hello/classes" && "$shoal_jdk/bin/jar" xf "$picocli_jar" && rm -rf META-INF/versions META-INF/MANIFEST.MF)
  "$shoal_jdk/bin/jar" --create --file "$work/hello/hello.jar" --main-class Hello -C "$work/hello/classes" .
  if [ "$shoal_release" -ge 25 ]; then
    "$shoal_jdk/bin/java" "$root/src/build/UpgradeOldClassFiles.java" "$work/hello/hello.jar"
    "$shoal_jdk/bin/java" "${flags[@]}" -XX:AOTCacheOutput="$work/hello/hello.aot" -jar "$work/hello/hello.jar" --version >/dev/null 2>&1
    hello=("$shoal_jdk/bin/java" "${flags[@]}" -XX:AOTCache="$work/hello/hello.aot" -jar "$work/hello/hello.jar" --version)
  else
    hello=("$shoal_jdk/bin/java" "${flags[@]}" -jar "$work/hello/hello.jar" --version)
  fi
fi

# --- the repos: one in ten states by its number (lib/fleet.sh), each with a remote answering after $delay s
echo "bench: making 100 repos..." >&2
# shellcheck source=lib/fleet.sh
. "$root/bench/lib/fleet.sh"
bench_template "$work"
printf '#!/bin/sh\nsleep %s\nexec git-upload-pack "$@"\n' "$delay" >"$work/slow-upload-pack"
chmod +x "$work/slow-upload-pack"
seq 1 100 | xargs -P "$(nproc)" -I{} bash -c 'bench_make_repo "$1" "$2"' _ {} "$work"
for repo in "$work"/repos/*; do git -C "$repo" config remote.origin.uploadpack "$work/slow-upload-pack"; done
ls -d "$work"/repos/* >"$work/paths100"
head -10 "$work/paths100" >"$work/paths10"

# Each size gets its own config homes: shoal's (SHOAL_HOME), gita's (XDG_CONFIG_HOME/gita), mr's (a .mrconfig).
for n in 10 100; do
  mkdir -p "$work/xdg$n"
  SHOAL_HOME=$work/shoal$n "$shoal" add $(cat "$work/paths$n") >/dev/null
  if command -v gita >/dev/null; then
    XDG_CONFIG_HOME=$work/xdg$n gita add $(cat "$work/paths$n") >/dev/null
  fi
  while read -r path; do printf '[%s]\nfetch = git fetch\n\n' "$path"; done <"$work/paths$n" >"$work/mrconfig$n"
  echo "$work/mrconfig$n" >>"$HOME/.mrtrust"
done
SHOAL_HOME=$work/shoal10 "$shoal" ll >/dev/null   # makes the launcher's start-up cache, not timed

# --- timing ----------------------------------------------------------------------------------------
# Microseconds one command line takes, its output not wanted; EPOCHREALTIME costs no process.
micros() {
  local start=$EPOCHREALTIME end
  "$@" >/dev/null 2>&1 || true
  end=$EPOCHREALTIME
  echo $(( ${end/./} - ${start/./} ))
}

# pair N A B: runs the command lines A and B (shell words, evaluated) one after the other N times, after one
# of each not timed; prints the median milliseconds of A, of B, and the median of the N ratios A/B.
pair() {
  local n=$1 a=$2 b=$3 i
  micros eval "$a" >/dev/null
  micros eval "$b" >/dev/null
  : >"$work/pairs"
  for ((i = 0; i < n; i++)); do
    echo "$(micros eval "$a") $(micros eval "$b")" >>"$work/pairs"
  done
  echo "$(median 1 1000) $(median 2 1000) $(awk '{ printf "%.4f\n", $1 / $2 }' "$work/pairs" | sort -g | middle | awk '{ printf "%.2f", $1 }')"
}

# The median of column $1 of the pairs, divided by $2.
median() {
  awk -v c="$1" -v d="$2" '{ printf "%.4f\n", $c / d }' "$work/pairs" | sort -g | middle | awk '{ printf "%.0f", $1 }'
}

# The middle line of sorted numbers (the mean of the two middle ones for an even count).
middle() {
  awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

q() { printf '%q' "$1"; }
# row LABEL TARGET N A B: one line of the table.
row() {
  local label=$1 target=$2 result
  result=$(pair "$3" "$4" "$5")
  read -r ms_a ms_b ratio <<<"$result"
  printf '%-62s %8s ms %8s ms %7sx %8s\n' "$label" "$ms_a" "$ms_b" "$ratio" "$target"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo 2>/dev/null | head -1);" \
  "JDK $shoal_runtime_version; git $(git --version | cut -d' ' -f3); load average before: $load_before"
printf '%-62s %11s %11s %8s %8s\n' "work (shoal vs peer)" "shoal" "peer" "ratio" "target"
s10="SHOAL_HOME=$(q "$work/shoal10")"
s100="SHOAL_HOME=$(q "$work/shoal100")"
if [ ${#hello[@]} -gt 0 ]; then
  row "--version vs picocli hello-world (same flags, own AOT cache)" "<= 1.25x" "$pairs" \
    "$(q "$shoal") --version" "$(printf '%q ' "${hello[@]}")"
fi
if command -v gita >/dev/null; then
  row "ll, 10 repos, vs gita ll" "<= 0.4x" "$pairs" "$s10 $(q "$shoal") ll" "XDG_CONFIG_HOME=$(q "$work/xdg10") gita ll"
fi
row "ll, 100 repos, vs xargs -P4 git status --porcelain=v2" "<= 1.3x" "$pairs" "$s100 $(q "$shoal") ll" \
  "xargs -a $(q "$work/paths100") -P4 -I{} git -C {} status --porcelain=v2 --branch --show-stash"
if command -v gita >/dev/null; then
  row "fetch, 10 repos, ${delay} s remote, vs gita fetch" "<= 0.9x" "$pairs" "$s10 $(q "$shoal") fetch" \
    "XDG_CONFIG_HOME=$(q "$work/xdg10") gita fetch"
  row "fetch, 100 repos, ${delay} s remote, vs gita fetch" "<= 0.9x" "$slow_pairs" "$s100 $(q "$shoal") fetch" \
    "XDG_CONFIG_HOME=$(q "$work/xdg100") gita fetch"
  # Not shoal: the same fetches started by xargs, which costs next to nothing of its own, against gita's.
  # The least any tool can take on this machine, so the most a target against gita can ask.
  row "(no shoal) xargs -P10 git fetch, 10 repos, vs gita fetch" "floor" "$pairs" \
    "xargs -a $(q "$work/paths10") -P10 -I{} git -C {} fetch" "XDG_CONFIG_HOME=$(q "$work/xdg10") gita fetch"
  row "(no shoal) xargs -P100 git fetch, 100 repos, vs gita fetch" "floor" "$slow_pairs" \
    "xargs -a $(q "$work/paths100") -P100 -I{} git -C {} fetch" "XDG_CONFIG_HOME=$(q "$work/xdg100") gita fetch"
fi
# The other peers, for comparison only (the issue sets no target against them).
if command -v mgitstatus >/dev/null; then
  mkdir -p "$work/ten"
  while read -r path; do ln -s "$path" "$work/ten/"; done <"$work/paths10"
  row "ll, 10 repos, vs mgitstatus" "-" "$pairs" "$s10 $(q "$shoal") ll" "mgitstatus -d 1 $(q "$work/ten")"
  row "ll, 100 repos, vs mgitstatus" "-" "$pairs" "$s100 $(q "$shoal") ll" "mgitstatus -d 1 $(q "$work/repos")"
fi
if command -v mr >/dev/null; then
  row "fetch, 10 repos, ${delay} s remote, vs mr -j 10 fetch" "-" "$pairs" "$s10 $(q "$shoal") fetch" \
    "mr -c $(q "$work/mrconfig10") -d / -j 10 fetch"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
