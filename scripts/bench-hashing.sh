#!/usr/bin/env bash
# Benchmark of `reclaim-cli hash` against Meta's reference (Python `pdqhash`)
# and Python `imagehash.phash`, on the same files in one run, plus the
# JPEG-decode-only floor of those files and a brute-force matching run.
#
# Usage: scripts/bench-hashing.sh [--memory]
#   --memory adds a scan of MEMORY_FILES (default 30,000) files with peak RSS
#   REPEATS (default 3): each pipeline runs this many times; the best counts.
#   Our CLI and the decode floor are timed the same way (whole process, wall
#   clock); the Python pipelines by their own timer, interpreter start left out.
#
# Needs: cargo, python3 with venv, and ../shared/pdq-vectors beside the repo.
# The Python packages (pdqhash, ImageHash, Pillow, numpy) are installed from
# PyPI into a throw-away virtualenv under a temp dir, removed at the end.
# Nothing leaves the machine except the pip download.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
vectors="${PDQ_VECTORS:-$repo/../shared/pdq-vectors}"
target="${CARGO_TARGET_DIR:-$repo/target}"
work="$(mktemp -d -t reclaim-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT
reps12="${REPS_12MP:-10}"   # copies of the 4 12-MP photos
repsmix="${REPS_MIXED:-5}"  # copies of the 24-file mixed set

echo "== building (release)" >&2
(cd "$repo" && cargo build --release -q -p reclaim-cli \
  && cargo build --release -q -p reclaim-core --example decode_floor --example match_bench \
     --example hash_stages)
cli="$target/release/reclaim-cli"
floor="$target/release/examples/decode_floor"
matchb="$target/release/examples/match_bench"
stages="$target/release/examples/hash_stages"

echo "== python venv (PyPI: pdqhash ImageHash Pillow numpy)" >&2
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q pdqhash ImageHash Pillow numpy >&2
py="$work/venv/bin/python"

echo "== test files" >&2
mkdir -p "$work/src" "$work/12mp" "$work/mixed"
cp "$vectors"/images/reg-test-input/exif-rotn/*.jpg "$work/src/"
cp "$vectors"/images/reg-test-input/dih/*.jpg "$work/src/"
# Mixed set: the 4 phone photos at 12.2 MP and Lanczos re-encodes (q 90) at
# 5.0, 2.0 and 1.0 MP, plus the 8 bridge photos (1.6 MP).
"$py" - "$work/src" <<'PY'
import sys, pathlib
from PIL import Image
src = pathlib.Path(sys.argv[1])
for p in sorted(src.glob("exif-rotn-*.jpg")):
    im = Image.open(p)
    exif = im.info.get("exif", b"")
    for mp in (5.0, 2.0, 1.0):
        s = (mp * 1e6 / (im.width * im.height)) ** 0.5
        im.resize((round(im.width * s), round(im.height * s)), Image.LANCZOS).save(
            src / f"{p.stem}-{mp:g}mp.jpg", quality=90, exif=exif)
PY
for i in $(seq 1 "$reps12"); do
  for f in "$work"/src/exif-rotn-?.jpg; do ln "$f" "$work/12mp/$i-$(basename "$f")"; done
done
for i in $(seq 1 "$repsmix"); do
  for f in "$work"/src/*.jpg; do ln "$f" "$work/mixed/$i-$(basename "$f")"; done
done

cat > "$work/pybench.py" <<'PY'
import sys, time, pathlib
import numpy as np
from PIL import Image
import pdqhash, imagehash
mode, folder = sys.argv[1], pathlib.Path(sys.argv[2])
files = sorted(folder.iterdir())
t = time.perf_counter()
for f in files:
    if mode == "pdqhash":      # as Meta's HMA does it: full-size RGB array
        pdqhash.compute(np.asarray(Image.open(f).convert("RGB")))
    elif mode == "phash":
        imagehash.phash(Image.open(f))
    elif mode == "draft":      # libjpeg-turbo DCT-scaled decode only
        im = Image.open(f)
        short = min(im.size)
        scale = 1
        while scale < 8 and short // (scale * 2) >= 512:
            scale *= 2
        im.draft("RGB", (im.width // scale, im.height // scale))
        im.load()
dt = time.perf_counter() - t
print(f"{len(files)} {dt:.3f} {len(files)/dt:.1f}")
PY

repeats="${REPEATS:-3}"

wall() { # run a command, print its wall seconds
  local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N)
  echo "$e - $s" | bc -l
}

best() { # the least of $repeats runs of a command that prints seconds
  local b="" t
  for _ in $(seq "$repeats"); do
    t=$("$@")
    if [[ -z "$b" ]] || (( $(echo "$t < $b" | bc -l) )); then b="$t"; fi
  done
  echo "$b"
}

pysecs() { # Python pipeline on one core; its own timer (interpreter start left out)
  taskset -c 1 "$py" "$work/pybench.py" "$1" "$2" | cut -d' ' -f2
}

row() { # label files seconds
  printf '| %s | %s | %.2f | %.1f |\n' "$1" "$2" "$3" "$(echo "$2 / $3" | bc -l)"
}

ratio() { printf '%.2f' "$(echo "$1 / $2" | bc -l)"; }

for set in 12mp mixed; do
  n=$(ls "$work/$set" | wc -l)
  d="$work/$set"
  cat "$d"/* > /dev/null   # page cache
  ours2=$(best wall "$cli" hash "$d")
  ours1=$(RAYON_NUM_THREADS=1 best wall taskset -c 1 "$cli" hash "$d")
  exact2=$(best wall "$cli" hash --exact "$d")
  floor2=$(best wall "$floor" "$d")
  floor1=$(RAYON_NUM_THREADS=1 best wall taskset -c 1 "$floor" "$d")
  pdq1=$(best pysecs pdqhash "$d")
  phash1=$(best pysecs phash "$d")
  draft1=$(best pysecs draft "$d")
  echo
  echo "### $set ($n files; best of $repeats runs each)"
  echo
  echo "| pipeline | files | seconds | files/s |"
  echo "| --- | --- | --- | --- |"
  row "reclaim-cli hash, both cores" "$n" "$ours2"
  row "reclaim-cli hash, 1 core" "$n" "$ours1"
  row "reclaim-cli hash --exact (full decode), both cores" "$n" "$exact2"
  row "decode floor (same decoder and scale), both cores" "$n" "$floor2"
  row "decode floor (same decoder and scale), 1 core" "$n" "$floor1"
  row "Python pdqhash (1 core)" "$n" "$pdq1"
  row "Python imagehash.phash (1 core)" "$n" "$phash1"
  row "Pillow/libjpeg-turbo draft decode only (1 core)" "$n" "$draft1"
  echo
  echo "reclaim-cli hash (both cores) is **$(ratio "$pdq1" "$ours2")x** Python pdqhash," \
    "**$(ratio "$phash1" "$ours2")x** imagehash.phash, and takes" \
    "**$(ratio "$ours2" "$floor2")x** the decode floor ($(ratio "$ours1" "$floor1")x on 1 core)."
  echo
  echo "Where one file's time goes (1 core, ms per file):"
  echo
  echo '```'
  taskset -c 1 "$stages" "$work/$set"/1-*
  echo '```'
done

echo
echo "### matching (multi-index hashing, exact; 8 dihedral hashes per original, all cores)"
echo
echo "| found | originals | seconds | matches | planted |"
echo "| --- | --- | --- | --- | --- |"
for nm in "30000 1000" "1000000 1000"; do
  # shellcheck disable=SC2086
  echo "| $("$matchb" $nm | tr ' ' '|' | sed 's/|/ | /g') |"
done

if [[ "${1:-}" == "--memory" ]]; then
  count="${MEMORY_FILES:-30000}"
  mkdir -p "$work/30k"
  i=0
  while (( i < count )); do
    for f in "$work"/src/*.jpg; do
      (( i < count )) || break
      ln "$f" "$work/30k/$i.jpg"; i=$((i + 1))
    done
  done
  echo
  echo "### $count-file scan (mixed set cycled, hard links)"
  echo
  /usr/bin/time -f '%e s wall, peak RSS %M KB' "$cli" hash "$work/30k" 2>&1 >/dev/null | tail -1
fi
