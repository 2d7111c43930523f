#!/usr/bin/env bash
# Benchmark of `reclaim-cli match` with local features (the default) against
# PDQ-only matching (`--threshold 31`) and against `reclaim-cli hash`, plus
# the score on the generated leak-shaped set (tests/common/leak_set).
#
# Usage: scripts/bench-matching.sh [--memory]
#   --memory adds a match of MEMORY_FILES (default 30,000) found files (the
#   leak set's copies cycled, hard links) with peak RSS.
#   REPEATS (default 3): each timing is the best of this many runs.
#
# Needs: cargo, python3 (standard library only), ../shared/pdq-vectors beside
# the repo. Everything stays on this machine, in a temp dir removed at the end.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
vectors="${PDQ_VECTORS:-$repo/../shared/pdq-vectors}"
target="${CARGO_TARGET_DIR:-$repo/target}"
work="$(mktemp -d -t reclaim-bench-match-XXXXXX)"
trap 'rm -rf "$work"' EXIT
repeats="${REPEATS:-3}"

echo "== building (release)" >&2
(cd "$repo" && cargo build --release -q -p reclaim-cli \
  && cargo build --release -q -p reclaim-core --example leak_eval)
cli="$target/release/reclaim-cli"

echo "== leak-shaped set (12 originals, 9 distractors, 8 kinds of edit)" >&2
"$target/release/examples/leak_eval" full "$work/leaks" > "$work/leak_eval.txt" 2>&1
orig="$work/leaks/originals"

mkdir -p "$work/12mp"
for i in $(seq 1 10); do
  for f in "$vectors"/images/reg-test-input/exif-rotn/exif-rotn-?.jpg; do
    ln "$f" "$work/12mp/$i-$(basename "$f")"
  done
done

wall() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
best() {
  local b="" t
  for _ in $(seq "$repeats"); do
    t=$("$@")
    if [[ -z "$b" ]] || (( $(echo "$t < $b" | bc -l) )); then b="$t"; fi
  done
  echo "$b"
}
row() { printf '| %s | %s | %.2f | %.1f |\n' "$1" "$2" "$3" "$(echo "$2 / $3" | bc -l)"; }

score() { # JSON lines on stdin -> found/total per kind, false matches
  python3 -c '
import json, sys, os, collections
hit, seen, false = {}, set(), []
for line in sys.stdin:
    r = json.loads(line)
    stem = os.path.splitext(os.path.basename(r["found"]))[0]
    kind, src = stem.split("__")
    seen.add((kind, src))
    o = r["original"]
    if o is None: continue
    name = os.path.splitext(os.path.basename(o))[0]
    if src.startswith("o") and name == src: hit[(kind, src)] = True
    else: false.append(f"{kind}/{src}->{name}")
per = collections.defaultdict(lambda: [0, 0])
for kind, src in seen:
    if src.startswith("o"):
        per[kind][1] += 1; per[kind][0] += hit.get((kind, src), False)
print(" | ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(per.items())),
      f"| all {sum(v[0] for v in per.values())}/{sum(v[1] for v in per.values())} | false matches: {len(false)} {false}")
'
}

echo
echo "### Leak-shaped set: reclaim-cli match, found / total per kind of edit"
echo
echo "- robust (default): $("$cli" match --originals "$orig" --found "$work/leaks/found" | score)"
echo "- PDQ only (--threshold 31): $("$cli" match --threshold 31 --originals "$orig" --found "$work/leaks/found" | score)"
echo "- PDQ + crop windows (--threshold 31 --crops): $("$cli" match --threshold 31 --crops --originals "$orig" --found "$work/leaks/found" | score)"
echo
echo "Inlier margins (leak_eval): $(grep '^inliers' "$work/leak_eval.txt")"

n12=$(ls "$work/12mp" | wc -l)
nl=$(ls "$work/leaks/found" | wc -l)
cat "$work/12mp"/* "$work/leaks/found"/* > /dev/null
echo
echo "### Speed (best of $repeats; 12 originals; both cores)"
echo
echo "| pipeline | files | seconds | files/s |"
echo "| --- | --- | --- | --- |"
# The 12 MP photos are copies of original o00 (exif-rotn-1, turned by EXIF):
# PDQ matches them whole and their local features are skipped. Against the
# other 11 originals they match nothing, which is the common case of a
# found folder (every file gets its features computed and compared).
mkdir -p "$work/orig-others"
for f in "$orig"/*; do [[ "$(basename "$f")" == o00.* ]] || ln "$f" "$work/orig-others/"; done
row "hash, 12 MP photos" "$n12" "$(best wall "$cli" hash "$work/12mp")"
row "match PDQ only, 12 MP photos, copies of none" "$n12" "$(best wall "$cli" match --threshold 31 --originals "$work/orig-others" --found "$work/12mp")"
row "match robust (default), 12 MP photos, copies of none" "$n12" "$(best wall "$cli" match --originals "$work/orig-others" --found "$work/12mp")"
row "match robust (default), 12 MP photos, all copies of o00" "$n12" "$(best wall "$cli" match --originals "$orig" --found "$work/12mp")"
mkdir -p "$work/empty"
row "match robust, the 11 originals alone (empty found folder)" 0 "$(best wall "$cli" match --originals "$work/orig-others" --found "$work/empty")"
row "hash, leak set copies" "$nl" "$(best wall "$cli" hash "$work/leaks/found")"
row "match PDQ only, leak set copies" "$nl" "$(best wall "$cli" match --threshold 31 --originals "$orig" --found "$work/leaks/found")"
row "match robust (default), leak set copies" "$nl" "$(best wall "$cli" match --originals "$orig" --found "$work/leaks/found")"
echo
echo "(Each match run includes hashing the 12 originals and describing their features.)"

if [[ "${1:-}" == "--memory" ]]; then
  count="${MEMORY_FILES:-30000}"
  mkdir -p "$work/many"
  i=0
  while (( i < count )); do
    for f in "$work"/leaks/found/*.jpg; do
      (( i < count )) || break
      ln "$f" "$work/many/$i.jpg"; i=$((i + 1))
    done
  done
  echo
  echo "### match (robust) over $count found files (leak set copies cycled)"
  echo
  /usr/bin/time -f '%e s wall, peak RSS %M KB' "$cli" match --originals "$orig" --found "$work/many" 2>&1 >/dev/null | tail -1
fi
