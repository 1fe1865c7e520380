#!/usr/bin/env bash
# When a tool's processes began and ended, from the kernel's scheduler events: runs the command under
# `perf record` (package linux-perf; root, or kernel.perf_event_paranoid at most 1) and prints, in
# milliseconds from the command's start, when the first and the last `git` it started itself began (the
# git run from PATH; git's own helpers run from its exec path, git-core, and are not counted), when the
# first and the last `sleep` began (the slow remote of bench/table.sh and bench/fetch.sh sleeps before it
# answers), and when the last process ended. Output of the command is not wanted.
#
#   bench/timeline.sh env SHOAL_HOME=/tmp/h bin/shoal fetch
#   bench/timeline.sh xargs -a paths -P10 -I{} git -C {} fetch
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: bench/timeline.sh COMMAND [ARG...]" >&2
  exit 2
fi
data=$(mktemp)
trap 'rm -f "$data"' EXIT
perf record -q -e sched:sched_process_exec -e sched:sched_process_exit -o "$data" -- "$@" >/dev/null 2>&1 || true
# A line: COMM PID TIME: sched:EVENT: filename=PATH pid=... (exec) or comm=... pid=... (exit).
perf script -i "$data" -F pid,time,event,trace 2>/dev/null | awk '
  {
    for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+\.[0-9]+:$/) { t = substr($i, 1, length($i) - 1) * 1000; break }
    if (start == "") start = t
    end = t
    if ($0 ~ /sched_process_exec/) {
      for (j = i; j <= NF; j++) if ($j ~ /^filename=/) file = substr($j, 10)
      if (file ~ /\/git$/ && file !~ /git-core/) { gits++; if (gits == 1) git1 = t; gitN = t }
      if (file ~ /\/sleep$/) { sleeps++; if (sleeps == 1) sleep1 = t; sleepN = t }
    }
  }
  END {
    if (gits == 0) { print "no git started"; exit 1 }
    printf "git: first %.0f, last %.0f (%d); sleep: first %.0f, last %.0f (%d); end %.0f ms\n",
      git1 - start, gitN - start, gits, sleep1 - start, sleepN - start, sleeps, end - start
  }'
