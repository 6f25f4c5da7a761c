#!/usr/bin/env bash
# bench/extract_identical.sh
#
# Usage: bench/extract_identical.sh [--any-version] BASELINE NEW
#   BASELINE, NEW  two labwatch binaries (e.g. a copy of build-bench/labwatch
#                  built at the branch point, and the current build)
#   --any-version  compare facts with their extractor version set aside
#                  (labwatch-extract/N), for a rules change that bumps it
#
# Speed work on the extractor must not change a single fact. This runs
# `labwatch extract` with both binaries over every article set we have: the
# shared dev set, each tests/data/extraction-heldout*.jsonl,
# tests/data/articles-ja.jsonl and seed-story.jsonl, the real feed text of
# ../shared/corpus/feeds-real (bench/feed_articles.py), and 800 articles of
# sentences shuffled across all of those (a fixed seed), which put rules in
# contexts no hand-written article has. Then it does it all again with an
# entities file (--entities) naming every person and org the baseline found,
# so that the names the rules first met as unknown runs are gazetteer names
# the second time. It diffs the outputs, shows the first lines of each
# difference, goes on with the other sets, and exits non-zero if any
# differed.

set -euo pipefail

mask_version=false
if [[ ${1:-} == --any-version ]]; then
  mask_version=true
  shift
fi
baseline=${1:?usage: extract_identical.sh [--any-version] BASELINE NEW}
new=${2:?usage: extract_identical.sh [--any-version] BASELINE NEW}
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${LABWATCH_SHARED:-$root/../shared}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sets=("$shared/eval/extraction/dev.jsonl" "$root"/tests/data/extraction-heldout*.jsonl
  "$root/tests/data/articles-ja.jsonl" "$root/tests/data/seed-story.jsonl")
python3 "$root/bench/feed_articles.py" "$shared/corpus/feeds-real" >"$work/feed.jsonl" 2>/dev/null
sets+=("$work/feed.jsonl")

# Sentences of every set, shuffled into new articles of 3 to 8 sentences
# each, English with English and Japanese with Japanese.
python3 - "$work/shuffled.jsonl" "${sets[@]}" <<'PY'
import json, random, re, sys
out, paths = sys.argv[1], sys.argv[2:]
pools = {"en": [], "ja": []}
for path in paths:
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        article = json.loads(line)
        text = article.get("text", "")
        ja = re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text) is not None
        parts = re.split(r"(?<=。)" if ja else r"(?<=[.!?])\s+", text)
        pools["ja" if ja else "en"] += [p for p in parts if p.strip()]
rng = random.Random(20261127)
with open(out, "w", encoding="utf-8") as f:
    for i in range(800):
        lang = "ja" if i % 3 == 0 else "en"
        picked = rng.sample(pools[lang], min(len(pools[lang]), rng.randint(3, 8)))
        text = ("" if lang == "ja" else " ").join(picked)
        f.write(json.dumps({"id": f"s{i}", "lang": lang, "url": f"https://shuffled.example/{i}",
                            "source": "shuffled", "published": "2025-03-14T09:00:00Z",
                            "title": picked[0][:80], "text": text}, ensure_ascii=False) + "\n")
PY
sets+=("$work/shuffled.jsonl")

status=0
# compare LABEL [labwatch extract arguments]: both builds over every set.
compare() {
  local label=$1
  shift
  for set in "${sets[@]}"; do
    name=$(basename "$set")
    "$baseline" extract "$@" <"$set" >"$work/$name.before"
    "$new" extract "$@" <"$set" >"$work/$name.after"
    if $mask_version; then
      sed -i 's|labwatch-extract/[0-9]*|labwatch-extract/N|g' "$work/$name.before" "$work/$name.after"
    fi
    if cmp -s "$work/$name.before" "$work/$name.after"; then
      printf 'identical  %-17s %6d lines  %s\n' "$label" "$(wc -l <"$work/$name.after")" "$name"
    else
      printf 'DIFFERENT  %-17s %s\n' "$label" "$name"
      # diff exits 1 on a difference: not a failure of this script.
      { diff "$work/$name.before" "$work/$name.after" || true; } | head -20
      status=1
    fi
  done
}
compare "default entities"

# Every person and org of the baseline's facts, as entities.
cat "$work"/*.before | python3 -c '
import json, sys
people, orgs = set(), set()
for line in sys.stdin:
    for fact in json.loads(line).get("events", []):
        if fact.get("person"): people.add(fact["person"])
        for key in ("org", "from_org", "to_org"):
            if isinstance(fact.get(key), str) and fact[key]: orgs.add(fact[key])
for org in sorted(orgs):
    print("[[org]]\nname = %s\nkind = \"lab\"\n" % json.dumps(org, ensure_ascii=False))
for person in sorted(people - orgs):
    print("[[person]]\nname = %s\n" % json.dumps(person, ensure_ascii=False))
' >"$work/learned.toml"
compare "learned entities" --entities "$work/learned.toml"
exit $status
