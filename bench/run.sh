#!/usr/bin/env bash
# bench/run.sh
#
# Usage: bench/run.sh [--events N] [--runs R] [--query-runs Q] [--keep-db DIR]
#   --events N      events for every benchmark (default 1000000; try 100000
#                   for a quick look)
#   --runs R        runs of log_bench's append and of rebuild_bench (default 3)
#   --query-runs Q  runs of each query in query_bench.sh (default 30)
#   --keep-db DIR   build the query database in DIR (must not exist) and keep it
#   e.g. bench/run.sh                    (the full set: about 11 minutes on 2 busy cores)
#        bench/run.sh --events 100000     (3.5 minutes)
#
# Builds Release in build-bench/ under the repository root (cmake -G Ninja,
# ninja -j2; only the benchmark targets and labwatch), then runs, printing
# everything:
#   0. build-bench/bench/page_touch_bench (what fresh memory costs here:
#      the floor under the rebuild's time, and why it moves with the hour)
#   1. build-bench/bench/log_bench --events N --runs R
#   2. build-bench/bench/rebuild_bench --events N --runs R --db DIR --keep
#   3. bench/query_bench.sh --db DIR --runs Q
# and removes DIR unless --keep-db gave it.
#
# Release here is -O2: GCC 12 at -O3 reports a false -Wrestrict in
# store/rocksdb_event_log.cc, which -DLABWATCH_WERROR=ON turns into an error.

set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build-bench"
events=1000000
runs=3
query_runs=30
keep_db=""

while (($# > 0)); do
  case "$1" in
    --events) events="${2:?}"; shift 2 ;;
    --runs) runs="${2:?}"; shift 2 ;;
    --query-runs) query_runs="${2:?}"; shift 2 ;;
    --keep-db) keep_db="${2:?}"; shift 2 ;;
    -h | --help) sed -n '3,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

section() { printf '\n==== %s ====\n' "$*"; }

section "build (Release, $build)"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG" \
  -DLABWATCH_WERROR=ON -DLABWATCH_BUILD_BENCH=ON >/dev/null
ninja -C "$build" -j2 page_touch_bench log_bench rebuild_bench labwatch

if [[ -n "$keep_db" ]]; then
  db="$keep_db"
  scratch=""
else
  scratch=$(mktemp -d "${TMPDIR:-/tmp}/labwatch-bench-XXXXXX")
  db="$scratch/db"
  trap 'rm -rf "$scratch"' EXIT
fi

section "0/3 page_touch_bench: fresh memory in 4 KB and in 2 MB pages"
"$build/bench/page_touch_bench"

section "1/3 log_bench: append and scan, RocksDB against SQLite"
"$build/bench/log_bench" --events "$events" --runs "$runs"

section "2/3 rebuild_bench: labwatch rebuild, and Database::Rebuild"
"$build/bench/rebuild_bench" --events "$events" --runs "$runs" --db "$db" --keep

section "3/3 query_bench.sh: labwatch queries, one process each"
"$root/bench/query_bench.sh" --db "$db" --labwatch "$build/labwatch" --runs "$query_runs"
