#!/usr/bin/env bash
# A blind round's first-sight measurement (samples/README.md, "Blind rounds"): generates the
# round's candidates as text-layer PDFs and as scans, runs `credcheck run` over each set and scores
# the dossiers against the truth with tools/score_packets.py. Reads only the product's output.
#
#   tools/first_sight.sh FAMILY COUNTRIES [--count N] [--seed N] [--build DIR] [--out DIR] [--modes text,scan]
#   e.g. tools/first_sight.sh blind_r1 PK,BD,NP,GH,KE,EG,SA,VN,KR,JM --count 30
#
# The seed is fixed per round by default (so a later rerun measures the same documents); record
# the figures in samples/README.md before changing any extractor for what they show.
set -euo pipefail
cd "$(dirname "$0")/.."

family=${1:?family, e.g. blind_r1}
countries=${2:?comma list of country codes}
shift 2
count=30 seed=7001 build=build out=/tmp/first-sight-$family modes=text,scan
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --modes) modes=$2; shift 2 ;;
    *) echo "first_sight.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
exe=$build/pipeline/credcheck
[ -x "$exe" ] || { echo "first_sight.sh: no $exe (build first: scripts/setup.sh)" >&2; exit 2; }

rm -rf "$out"
mkdir -p "$out"
for mode in ${modes//,/ }; do
  set_dir=$out/$mode
  /usr/bin/python3 samples/generate.py packets --out "$set_dir" --family "$family" \
    --countries "$countries" --count "$count" --seed "$seed" --modes "$mode" --jobs 2 >/dev/null
  status=0
  "$exe" run "$set_dir/packets" --out "$set_dir/out" --no-progress --jobs 2 --as-of 2026-11-01 \
    > "$set_dir/run.log" 2>&1 || status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
    echo "first_sight.sh: credcheck run exited $status on $mode (see $set_dir/run.log)" >&2
    exit 1
  fi
  echo "== $family, $mode ($count candidates, seed $seed, countries $countries)"
  /usr/bin/python3 tools/score_packets.py "$set_dir" "$set_dir/out" --by-layout --json "$set_dir/score.json"
done
