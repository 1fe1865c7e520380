#!/usr/bin/env bash
# Compares two command lines by paired runs: A then B in one pair, B then A in the next, again and again
# (one of each first, not timed), so load that comes and goes moves both sides of a pair alike, and neither
# side always runs second, on caches the other just warmed. Prints the median milliseconds of each, the
# median of the ratios A/B and the number of pairs. Output of the commands is not wanted.
#
#   bench/pair.sh 15 "SHOAL_HOME=/tmp/new bin/shoal ll" "SHOAL_HOME=/tmp/old ../old/bin/shoal ll"
#
# Give each side its own SHOAL_HOME when the two are different builds: each build rewrites the completion
# index the other wrote, and would pay for that in every run.
set -euo pipefail
export LC_ALL=C   # EPOCHREALTIME's decimal point is the locale's

if [ $# -ne 3 ]; then
  echo "usage: bench/pair.sh PAIRS 'COMMAND A' 'COMMAND B'" >&2
  exit 2
fi
pairs=$1 a=$2 b=$3

# Microseconds one command line takes; EPOCHREALTIME costs no process.
micros() {
  local start=$EPOCHREALTIME end
  eval "$1" >/dev/null 2>&1 || true
  end=$EPOCHREALTIME
  echo $(( ${end/./} - ${start/./} ))
}

micros "$a" >/dev/null
micros "$b" >/dev/null
for ((i = 0; i < pairs; i++)); do
  if ((i % 2)); then
    y=$(micros "$b")
    x=$(micros "$a")
  else
    x=$(micros "$a")
    y=$(micros "$b")
  fi
  echo "$x $y"
done | awk '
  function median(v, n,   i, j, t) {
    for (i = 2; i <= n; i++) { t = v[i]; for (j = i - 1; j > 0 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
    return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
  }
  { a[NR] = $1 / 1000; b[NR] = $2 / 1000; r[NR] = $1 / $2 }
  END { printf "A %.0f ms  B %.0f ms  A/B %.3f (%d)\n", median(a, NR), median(b, NR), median(r, NR), NR }'
