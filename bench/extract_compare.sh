#!/usr/bin/env bash
# bench/extract_compare.sh
#
# Usage: bench/extract_compare.sh BEFORE AFTER [ROUNDS] [-- extract_bench arguments]
#   BEFORE, AFTER  two extract_bench binaries (e.g. copies of
#                  build-bench/bench/extract_bench built at two commits)
#   ROUNDS         rounds (default 5); each runs BEFORE, then AFTER
#   extract_bench arguments default to --runs 3 --megabytes 4
#
# On a shared machine a neighbour's load moves every figure; taking turns
# puts both builds under about the same load. Prints each run's MB/s
# (extract and gazetteer, with the default entities and with --extra more), then the
# median of each column over the rounds, the ratio AFTER / BEFORE of the
# medians, and the median of the rounds' own ratios ("rounds").

set -euo pipefail

before=${1:?usage: extract_compare.sh BEFORE AFTER [ROUNDS] [-- ARGS]}
after=${2:?usage: extract_compare.sh BEFORE AFTER [ROUNDS] [-- ARGS]}
rounds=${3:-5}
shift $(($# < 3 ? $# : 3))
[[ "${1:-}" == "--" ]] && shift
args=("$@")
((${#args[@]} > 0)) || args=(--runs 3 --megabytes 4)

results=$(mktemp)
trap 'rm -f "$results"' EXIT

printf '%-7s %5s %6s %14s %12s %14s %12s\n' build round load "extract MB/s" "match MB/s" "+N extract" "+N match"
for ((round = 1; round <= rounds; ++round)); do
  for build in before after; do
    binary=$before
    [[ $build == after ]] && binary=$after
    output=$("$binary" "${args[@]}")
    load=$(awk '/^load average/ { print $3 }' <<<"$output")
    read -r extract match < <(awk '$1 == "default" && NF == 4 { print $3, $4 }' <<<"$output")
    read -r more_extract more_match < <(awk '$1 == "default" && $2 == "+" { print $6, $7 }' <<<"$output")
    printf '%-7s %5d %6s %14s %12s %14s %12s\n' "$build" "$round" "$load" "$extract" "$match" "$more_extract" \
      "$more_match"
    echo "$build $extract $match $more_extract $more_match" >>"$results"
  done
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
printf '%-7s %14s %12s %14s %12s\n' median "extract MB/s" "match MB/s" "+N extract" "+N match"
declare -A medians
for build in before after; do
  line=""
  for column in 2 3 4 5; do
    value=$(awk -v b="$build" -v c="$column" '$1 == b { print $c }' "$results" | median)
    medians[$build$column]=$value
    line+=$(printf ' %14s' "$value")
  done
  printf '%-7s%s\n' "$build" "$line"
done
printf '%-7s' ratio
for column in 2 3 4 5; do
  printf ' %14s' "$(awk -v a="${medians[after$column]}" -v b="${medians[before$column]}" 'BEGIN { printf "%.2fx", a / b }')"
done
echo
# The host's speed can change between rounds (it has a slow mode about a
# quarter slower), which moves the ratio of the medians; each round's two
# runs share its speed, so the median of the rounds' ratios is steadier.
printf '%-7s' rounds
for column in 2 3 4 5; do
  printf ' %14s' "$(awk -v c="$column" '$1 == "before" { b[++nb] = $c } $1 == "after" { a[++na] = $c }
    END { for (k = 1; k <= na; ++k) print a[k] / b[k] }' "$results" | median | awk '{ printf "%.2fx", $1 }')"
done
echo
