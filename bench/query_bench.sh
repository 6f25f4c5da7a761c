#!/usr/bin/env bash
# bench/query_bench.sh
#
# Usage: bench/query_bench.sh --db DIR [--labwatch BIN] [--against BIN]
#                             [--runs N] [--org ORG] [--person NAME] [--cohort NAME]
#   --db DIR       a database built by `rebuild_bench --db DIR --keep`
#   --labwatch BIN the labwatch binary (default: build-bench/labwatch)
#   --against BIN  a baseline binary: its runs take turns with BIN's, and
#                  a second table gives each query's ratio BIN / baseline
#   --runs N       timed runs of each query (default 30)
#   --org, --person, --cohort: what to ask (defaults: the names
#                  rebuild_bench's synthetic data uses, bench/synthetic.h)
#   e.g. bench/query_bench.sh --db /tmp/lw-bench
#
# Times the real labwatch binary answering queries, as a user runs it: wall
# time per run including process start, opening the projections as a
# RocksDB secondary instance, reading records and printing (to /dev/null).
#
#   roster --org ORG    scans every person record
#   cohort NAME         one cohort record and a lookup per member
#   person NAME         one person record
#   --help              the baseline: process start and exit only
#
# Each run is one process; the queries take turns so noise spreads over all
# of them, after one untimed warm-up each. Prints median and p90 in ms, the
# ratio to the --help baseline and what is left after subtracting it.
# Target: <= 50 ms per query. Times come from bash's $EPOCHREALTIME (no
# fork), or `date +%s%N` on a bash without it. Nothing here asserts a time.

set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
db=""
bin="$root/build-bench/labwatch"
against=""
runs=30
org="Signal AI"
person="Kaka Kakader"
cohort="bench-cohort"
target_ms=50

usage() {
  sed -n '3,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

while (($# > 0)); do
  case "$1" in
    --db) db="${2:?}"; shift 2 ;;
    --labwatch) bin="${2:?}"; shift 2 ;;
    --against) against="${2:?}"; shift 2 ;;
    --runs) runs="${2:?}"; shift 2 ;;
    --org) org="${2:?}"; shift 2 ;;
    --person) person="${2:?}"; shift 2 ;;
    --cohort) cohort="${2:?}"; shift 2 ;;
    -h | --help) usage ;;
    *) echo "query_bench: unknown argument $1" >&2; usage ;;
  esac
done

[[ -n "$db" ]] || usage
if [[ ! -d "$db/projections" ]]; then
  echo "query_bench: no labwatch database at $db; build one with: rebuild_bench --db $db --keep" >&2
  exit 2
fi
if [[ ! -x "$bin" ]]; then
  echo "query_bench: no labwatch binary at $bin (build it, or give --labwatch)" >&2
  exit 2
fi
if [[ -n "$against" && ! -x "$against" ]]; then
  echo "query_bench: no labwatch binary at $against (the --against baseline)" >&2
  exit 2
fi
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "query_bench: --runs wants a positive number" >&2; exit 2; }

# Microseconds on the wall clock.
now_us() {
  if [[ -n "${EPOCHREALTIME:-}" ]]; then
    local t=${EPOCHREALTIME//[!0-9]/}
    echo $((10#$t))
  else
    echo $(($(date +%s%N) / 1000))
  fi
}

names=("--help (process start only)" "roster --org \"$org\"" "cohort $cohort" "person \"$person\"")
queries=${#names[@]}
# The commands of one binary, in the order of `names`.
commands_of() {
  printf '%q ' "$1" --help; echo
  printf '%q ' "$1" --db "$db" roster --org "$org"; echo
  printf '%q ' "$1" --db "$db" cohort "$cohort"; echo
  printf '%q ' "$1" --db "$db" person "$person"; echo
}
mapfile -t commands < <(commands_of "$bin")
if [[ -n "$against" ]]; then
  mapfile -t -O "$queries" commands < <(commands_of "$against")
  for ((i = 0; i < queries; ++i)); do names[queries + i]="${names[i]}"; done
fi

echo "query_bench: $runs runs of each query against $db"
echo "binary: $bin"
[[ -z "$against" ]] || echo "baseline: $against (runs take turns with the binary's)"
echo "CPUs: $(nproc), load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
echo "warm-up (one untimed run each):"
for i in "${!commands[@]}"; do
  if ! out=$(eval "${commands[$i]}" 2>&1); then
    echo "query_bench: ${names[$i]} failed:" >&2
    echo "$out" >&2
    exit 1
  fi
  printf '  %-34s %5d lines of output; first: %s\n' "${names[$i]}" "$(printf '%s\n' "$out" | wc -l)" \
    "$(printf '%s\n' "$out" | head -n1 | cut -c1-70)"
done

declare -a samples
for i in "${!commands[@]}"; do samples[i]=""; done
for ((run = 0; run < runs; ++run)); do
  for i in "${!commands[@]}"; do
    start=$(now_us)
    eval "${commands[$i]}" >/dev/null 2>&1 || { echo "query_bench: ${names[$i]} failed on run $run" >&2; exit 1; }
    end=$(now_us)
    samples[i]+="$((end - start)) "
  done
done

# Prints "median p90 min" in microseconds of the numbers in $1.
stats() {
  tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -n | awk '
    { v[NR] = $1 }
    END {
      n = NR
      median = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
      r = int(0.9 * n); if (r < 0.9 * n) r++; if (r < 1) r = 1
      print median, v[r], v[1]
    }'
}

read -r base_median _ _ < <(stats "${samples[0]}")
echo
echo "wall time per run, including process start (ms)"
printf '  %-34s %8s %8s %8s %14s %14s  %s\n' "query" "median" "p90" "min" "x --help" "minus --help" "target <= ${target_ms} ms"
for ((i = 0; i < queries; ++i)); do
  read -r median p90 min < <(stats "${samples[$i]}")
  awk -v name="${names[$i]}" -v median="$median" -v p90="$p90" -v min="$min" -v base="$base_median" \
    -v target="$target_ms" -v baseline="$((i == 0))" 'BEGIN {
      verdict = baseline ? "(baseline)" : (median / 1000 <= target ? "met" : "MISSED")
      printf "  %-34s %8.1f %8.1f %8.1f %13.1fx %14.1f  %s\n", name, median / 1000, p90 / 1000, min / 1000,
        median / base, (median - base) / 1000, verdict
    }'
done

[[ -n "$against" ]] || exit 0
echo
echo "against the baseline: median wall time per run (ms) and the ratio binary / baseline"
printf '  %-34s %10s %10s %8s\n' "query" "binary" "baseline" "ratio"
for ((i = 0; i < queries; ++i)); do
  read -r median _ _ < <(stats "${samples[$i]}")
  read -r base _ _ < <(stats "${samples[queries + i]}")
  awk -v name="${names[$i]}" -v median="$median" -v base="$base" 'BEGIN {
    printf "  %-34s %10.1f %10.1f %7.2fx\n", name, median / 1000, base / 1000, median / base
  }'
done
