#!/usr/bin/env bash
# What reading through worker processes costs: the same pages read (a) in one process by the
# PageReader (build/tools/read-pages) and (b) by `credcheck run --jobs 1` (one worker process,
# pipes, frames, the coordinator), REPS times each, alternating; prints each run and the medians
# and ratio side by side. For (b) the reading time is summary.json's "read" stage minus the stages
# that run inside it as candidates complete (extract, validate, crops, write), so only reading is
# compared; the whole run's wall time is shown too. Each run writes to a fresh folder (no cache).
# Usage: bench/worker_overhead.sh [BUILD_DIR] [REPS] [FILE_OR_CANDIDATE_DIR...]
#   default: build, 5 repetitions, samples/demo/packets/ng-0002 and ng-0003 (9 pages: text layers,
#   scanned PDFs, a photo).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
reps=${2:-5}
shift 2 2>/dev/null || shift $#
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(samples/demo/packets/ng-0002 samples/demo/packets/ng-0003)
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$tmp/in"
files=()
for s in "${sets[@]}"; do
  cp -r "$s" "$tmp/in/"
  while IFS= read -r f; do files+=("$f"); done < <(find "$s" -type f | sort)
done

inproc=() worker=() wall=()
for r in $(seq 1 "$reps"); do
  read -r pages_a secs_a < <(OMP_THREAD_LIMIT=1 "$build/tools/read-pages" "${files[@]}")
  out="$tmp/out-$r"
  t0=$(date +%s.%N)
  "$build/pipeline/credcheck" run "$tmp/in" --out "$out" --jobs 1 --no-progress > /dev/null 2>&1 || true
  t1=$(date +%s.%N)
  read -r pages_b secs_b < <($py - "$out/summary.json" <<'PYEOF'
import json, sys
s = json.load(open(sys.argv[1]))
stages = {}
def walk(x):
    if isinstance(x, dict):
        if "stage" in x and "seconds" in x:
            stages[x["stage"]] = stages.get(x["stage"], 0) + x["seconds"]
        for v in x.values(): walk(v)
    elif isinstance(x, list):
        for v in x: walk(v)
walk(s)
nested = sum(stages.get(k, 0) for k in ("extract", "validate", "crops", "write"))
pages = s.get("totals", {}).get("pages", 0)
print(pages, round(stages.get("read", 0) - nested, 3))
PYEOF
)
  w=$(echo "$t1 - $t0" | bc)
  printf 'run %d: in-process %s pages %.2f s | workers %s pages %.2f s reading (%.2f s whole run)\n' \
    "$r" "$pages_a" "$secs_a" "$pages_b" "$secs_b" "$w"
  inproc+=("$secs_a") worker+=("$secs_b") wall+=("$w")
done
$py - "${inproc[*]}" "${worker[*]}" "${wall[*]}" <<'PYEOF'
import statistics, sys
a = [float(x) for x in sys.argv[1].split()]
b = [float(x) for x in sys.argv[2].split()]
w = [float(x) for x in sys.argv[3].split()]
ma, mb, mw = statistics.median(a), statistics.median(b), statistics.median(w)
print(f"median in-process {ma:.2f} s | median through workers {mb:.2f} s (whole run {mw:.2f} s)")
print(f"workers / in-process = {mb / ma:.3f} ({(mb / ma - 1) * 100:+.1f}%)")
PYEOF
