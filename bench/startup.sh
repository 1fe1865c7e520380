#!/usr/bin/env bash
# Measures how fast shoal starts, with hyperfine: the launcher (bin/shoal) on --version, --help and
# `ls` over 100 registered repos, the bare `java -jar` with and without the launcher's AOT cache,
# and a hello-world JVM with the same flags as the floor no JVM program can go below.
# Prints each median and its ratio to the floor; the load average is printed before and after,
# since other work on the machine moves every figure.
#   bench/startup.sh              # 40 runs after 5 warm-ups each
#   RUNS=100 WARMUP=10 bench/startup.sh
set -euo pipefail

root=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
# shellcheck source=../bin/lib/jdk.sh
. "$root/bin/lib/jdk.sh"
# shellcheck source=../bin/lib/launch.sh
. "$root/bin/lib/launch.sh"
shoal_require_jdk || exit 2
java=$shoal_jdk/bin/java
runs=${RUNS:-40}
warmup=${WARMUP:-5}
command -v hyperfine >/dev/null || { echo "bench: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A throwaway config home and AOT cache, so the real ones are neither used nor touched.
export SHOAL_HOME=$work/home XDG_CACHE_HOME=$work/cache

# The launcher builds the jar if needed and trains its AOT cache on the first run.
"$root/bin/shoal" --version >/dev/null
jar=$root/target/shoal.jar
cache=$(find "$XDG_CACHE_HOME/shoal/aot" -name '*.aot' -print -quit 2>/dev/null || true)

mkdir -p "$work/repos"
for i in $(seq -w 1 100); do
  git init -q "$work/repos/repo-$i"
done
"$root/bin/shoal" add -r "$work/repos" >/dev/null
listed=$("$root/bin/shoal" ls | wc -l)
[ "$listed" -eq 100 ] || { echo "bench: expected 100 registered repos, shoal ls lists $listed" >&2; exit 1; }

# The launcher's JVM flags (bin/lib/launch.sh); the AOT cache is only used with flags like those it was made with.
flags="${SHOAL_JVM_FLAGS[*]}"
mkdir -p "$work/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/hello/Hello.java"
"$shoal_jdk/bin/javac" -d "$work/hello" "$work/hello/Hello.java"

names=("hello-world JVM (floor)" "java -jar --version, no AOT cache" "java -jar --version, AOT cache"
       "bin/shoal --version" "bin/shoal --help" "bin/shoal ls (100 repos)")
commands=("$java $flags -cp $work/hello Hello"
          "$java $flags -jar $jar --version"
          "$java $flags -XX:AOTCache=$cache -jar $jar --version"
          "$root/bin/shoal --version"
          "$root/bin/shoal --help"
          "$root/bin/shoal ls")
[ -n "$cache" ] || { echo "bench: the launcher made no AOT cache (JDK < 25?); its line measures no cache" >&2; commands[2]=${commands[1]}; }

echo "machine: $(nproc) cores; JDK $shoal_runtime_version; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!commands[@]}"; do
  echo "  ${names[$i]}: ${commands[$i]}"
done
hyperfine --shell=none --style=basic --warmup "$warmup" --runs "$runs" --export-csv "$work/results.csv" \
  "${commands[@]}" >"$work/hyperfine.txt" 2>&1 || { cat "$work/hyperfine.txt" >&2; exit 1; }
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
# results.csv: command,mean,stddev,median,user,system,min,max (seconds), one line per command in order.
awk -F, -v names="$(printf '%s\n' "${names[@]}")" '
  BEGIN { n = split(names, name, "\n") }
  NR == 1 { next }
  { i = NR - 1; median[i] = $4 * 1000; min[i] = $7 * 1000; max[i] = $8 * 1000 }
  END {
    printf "%-38s %10s %10s %10s %8s\n", "", "median ms", "min ms", "max ms", "x floor"
    for (i = 1; i <= NR - 1; i++)
      printf "%-38s %10.1f %10.1f %10.1f %8.2f\n", name[i], median[i], min[i], max[i], median[i] / median[1]
    printf "\nlauncher overhead (bin/shoal --version - java -jar with cache): %.1f ms\n", median[4] - median[3]
    printf "AOT cache gain (java -jar --version without - with):           %.1f ms\n", median[2] - median[3]
  }' "$work/results.csv"
