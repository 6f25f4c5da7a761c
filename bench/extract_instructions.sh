#!/usr/bin/env bash
# bench/extract_instructions.sh
#
# Usage: bench/extract_instructions.sh EXTRACT_BENCH [ARTICLES] [OUT]
#   EXTRACT_BENCH  an extract_bench binary (e.g. build-bench/bench/extract_bench)
#   ARTICLES       article JSON Lines (default: the real feed text of
#                  ../shared/corpus/feeds-real, made by bench/feed_articles.py)
#   OUT            where callgrind writes its profile (default: a temporary file)
#
# Counts the instructions spent inside Extractor::Extract under callgrind
# for one pass of extract_bench over the articles (--runs 1 --megabytes 1
# --extra 0), which also compiles the English stems and the Japanese
# trigger words once (about 88 M). Instructions are steady where time on
# this shared machine is not, to within about 0.2 M from run to run; but
# they are not time: a branch the processor mispredicts costs as much as
# a dozen instructions, and a change can save time while adding
# instructions. Read the profile with callgrind_annotate OUT.

set -euo pipefail

bench=${1:?usage: extract_instructions.sh EXTRACT_BENCH [ARTICLES] [OUT]}
articles=${2:-}
out=${3:-}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ -z $articles ]]; then
  articles=$work/feed.jsonl
  python3 "$root/bench/feed_articles.py" "${LABWATCH_SHARED:-$root/../shared}/corpus/feeds-real" >"$articles" 2>/dev/null
fi
[[ -n $out ]] || out=$work/callgrind.out
valgrind --tool=callgrind --toggle-collect='labwatch::Extractor::Extract*' --callgrind-out-file="$out" \
  "$bench" --runs 1 --megabytes 1 --extra 0 --articles "$articles" 2>&1 | awk '/I *refs:/ { print "instructions in Extract:", $NF }'
