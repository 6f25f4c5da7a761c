#!/usr/bin/env bash
# bench/thread_cpu.sh
#
# Usage: bench/thread_cpu.sh LABWATCH DB [RUNS]
#
# Runs `LABWATCH --db DB rebuild` under `perf record -F 1000` RUNS times
# (default 3) and prints, for each run, the CPU time of its four busiest
# threads in milliseconds (perf samples at 1 kHz), busiest first. The
# rebuild's wall time says how busy the machine was; these say which of its
# threads the rebuild waited for (the roster's fold thread or the reading
# thread while folding, the two commit shares after).

set -euo pipefail

bin=${1:?usage: thread_cpu.sh LABWATCH DB [RUNS]}
db=${2:?usage: thread_cpu.sh LABWATCH DB [RUNS]}
runs=${3:-3}
data=$(mktemp)
trap 'rm -f "$data"' EXIT

for _ in $(seq "$runs"); do
  perf record -q -F 1000 -o "$data" "$bin" --db "$db" rebuild >/dev/null 2>&1
  perf report -i "$data" --sort=pid --stdio -n 2>/dev/null |
    awk '/^ +[0-9.]+%/ {print $2, $3}' | sort -rn | head -4 | tr '\n' ' '
  echo
done
