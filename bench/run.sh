#!/usr/bin/env bash
# credcheck's OCR benchmark: credcheck vs the tesseract command line vs OCRmyPDF on the same
# ~60 generated scanned pages, side by side in one run (interleaved repetitions, same core
# count), plus text-layer throughput, peak memory at two batch sizes and the cached-rerun
# speed-up. Prints a table; raw numbers land in WORK/results/. See docs/performance.md.
#
#   bash bench/run.sh [--reps 3] [--jobs 2] [--work DIR] [--build DIR] [--no-setup]
#                     [--only scan,text,memory,rerun] [--against BUILD_DIR]
# --against: another build (main's, say) whose credcheck runs the text and rerun measures too,
# each right after this build's, so the report's ratios compare the two under the same load.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

reps=3
jobs=2
work=/tmp/credcheck-bench
build=$ROOT/build-bench
setup=1
only=scan,text,memory,rerun
against=
while [ $# -gt 0 ]; do
  case "$1" in
    --reps) reps=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --no-setup) setup=0; shift ;;
    --only) only=$2; shift 2 ;;
    --against) against=$2; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
wants() { [[ ",$only," == *",$1,"* ]]; }
py=/usr/bin/python3
say() { printf '\n== %s\n' "$*"; }

# --- setup: the bench's own packages (not the product's) and the build ---------------------
if [ "$setup" = 1 ]; then
  if ! command -v ocrmypdf >/dev/null || ! command -v tesseract >/dev/null; then
    say "installing ocrmypdf and tesseract-ocr (bench only)"
    sudo_=""; [ "$(id -u)" = 0 ] || sudo_=sudo
    $sudo_ apt-get install -y ocrmypdf tesseract-ocr tesseract-ocr-eng
  fi
  say "building credcheck, text-accuracy and bench-read in $build"
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" -j"$jobs" --target credcheck text-accuracy bench-read >/dev/null
fi
cc_bin=$build/pipeline/credcheck
acc_bin=$build/tools/text-accuracy
for b in "$cc_bin" "$acc_bin"; do [ -x "$b" ] || { echo "missing $b (run without --no-setup)" >&2; exit 1; }; done
cc_against=
if [ -n "$against" ]; then
  cc_against=$against/pipeline/credcheck
  [ -x "$cc_against" ] || { echo "missing $cc_against (--against takes a build folder)" >&2; exit 1; }
fi

# --- the fixed set -------------------------------------------------------------------------
set_dir=$work/set
if [ ! -f "$set_dir/manifest.tsv" ]; then
  say "generating the benchmark set (seed 7, 58 files) in $set_dir"
  rm -rf "$set_dir"
  $py bench/make_set.py --out "$set_dir" --jobs "$jobs"
fi
pages=$(awk -F'\t' '{n += $4} END {print n}' "$set_dir/manifest.tsv")
# Every measured run writes into a directory that does not exist yet. The previous repetition's
# output is moved aside before the clock starts (aside) and deleted only at the very end: ext4
# skips inodes freed in the last minutes when it allocates new ones, so deleting the 3,500 files
# of a run just before the next one made that next run's file creation several times slower
# (kernel time 1.7 s -> 5.7 s on the 588-page text set) and the figures depended on it.
trash=$work/trash
mkdir -p "$trash"
aside() { if [ -e "$1" ]; then mv "$1" "$trash/$(basename "$1").$(date +%s%N)"; fi; }
res=$work/results
aside "$res"; mkdir -p "$res"
times=$res/times.tsv   # system  rep  pages  wall_s  peak_tree_mb  max_proc_mb  sum_hwm_mb  exit  cpu_s
: > "$times"

# measure NAME REP PAGES CMD...: runs CMD under bench/treemem.py, appends a row to times.tsv
measure() {
  local name=$1 rep=$2 n=$3; shift 3
  local rc=0
  aside "${!#}"  # the command's last argument is its output
  sync  # the previous run's writes flushed now, not by the kernel's writeback during this one
  # The run_* steps are shell functions (exported below): a bash in the tree runs them.
  $py bench/treemem.py "$res/mem.json" -- bash -c '"$@"' _ "$@" >"$res/$name.$rep.log" 2>&1 || rc=$?
  $py - "$res/mem.json" "$name" "$rep" "$n" >>"$times" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1]))
print("\t".join([sys.argv[2], sys.argv[3], sys.argv[4], str(m["wall_s"]), str(m["peak_tree_mb"]),
                 str(m["max_proc_mb"]), str(m["sum_hwm_mb"]), str(m["exit"]), str(m["cpu_s"])]))
EOF
  printf '  %-22s rep %s  %6.1f s  exit %s\n' "$name" "$rep" "$(tail -1 "$times" | cut -f4)" "$rc"
}


run_credcheck() { "$cc_bin" run "$1" --out "$2" --jobs "$jobs" --no-progress; }
run_credcheck_against() { local cc_bin=$cc_against; run_credcheck "$@"; }
run_tesseract() {
  mkdir -p "$1"
  cut -f2 "$set_dir/manifest.tsv" |
    xargs -P "$jobs" -I{} sh -c 'f={}; tesseract "$0/pages/$f" "$1/${f%.*}" 2>/dev/null' "$set_dir" "$1"
}
run_ocrmypdf() { ocrmypdf -q --output-type none --sidecar "$1" --jobs "$jobs" "$set_dir/scan.pdf" -; }
# Tesseract's recognition alone, as cheap as its command line makes it: the pages split into
# lists (twice as many as cores, run one per core at a time, so no core idles long at the end),
# each list read by one process (the model loaded once per list, not per page), as one block of
# text (--psm 6, no page layout analysis), without second readings of low-confidence lines
# inverted. No image preparation, no extraction, no dossier: a floor for the CPU that any reader
# of these pages built on this Tesseract spends. List mode reads the first frame of a multi-frame
# TIFF only, so it counts one page per file.
run_tesseract_floor() {
  mkdir -p "$1"
  cut -f2 "$set_dir/manifest.tsv" | awk -v n="$((2 * jobs))" -v out="$1" -v dir="$set_dir/pages" \
    '{ print dir "/" $0 > (out "/pages-" (NR % n) ".lst") }'
  ls "$1"/pages-*.lst | xargs -P "$jobs" -I{} sh -c 'tesseract "$0" "${0%.lst}" --psm 6 -c tessedit_do_invert=0 2>/dev/null' {}
}
export -f run_credcheck run_credcheck_against run_tesseract run_ocrmypdf run_tesseract_floor
export cc_bin cc_against jobs set_dir

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "machine: $(nproc --all) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GB"
echo "set: $pages scanned pages ($(wc -l <"$set_dir/manifest.tsv") files), --jobs $jobs, $reps repetitions; load before: $(load)"

export OMP_THREAD_LIMIT=1   # Tesseract's own threads off for every system: one process per core

# --- scanned pages: interleaved repetitions ------------------------------------------------
if wants scan; then
  say "scanned pages: credcheck, tesseract CLI, OCRmyPDF, Tesseract's floor, interleaved"
  files=$(wc -l <"$set_dir/manifest.tsv")
  for r in $(seq 1 "$reps"); do
    measure credcheck "$r" "$pages" run_credcheck "$set_dir/scan-in" "$res/out-credcheck"
    measure tesseract_cli "$r" "$pages" run_tesseract "$res/out-tesseract"
    measure ocrmypdf "$r" "$pages" run_ocrmypdf "$res/out-ocrmypdf.txt"
    measure tesseract_floor "$r" "$files" run_tesseract_floor "$res/out-floor"
    echo "  load after rep $r: $(load)"
  done
  say "character accuracy (flexible CER against the generator's text, last repetition)"
  for s in credcheck:out-credcheck tesseract:out-tesseract ocrmypdf:out-ocrmypdf.txt; do
    printf '%s %s\n' "${s%%:*}" "$($py bench/score.py "$acc_bin" "$set_dir" "${s%%:*}" "$res/${s#*:}" "$res/cer-${s%%:*}.tsv")"
  done | tee "$res/cer.txt"
fi

# --- text-layer pages ----------------------------------------------------------------------
# The 150-candidate text-layer batch (samples generator seed 11), shared by the text and memory runs.
big=$work/text500
big_set() {
  if [ ! -d "$big/packets" ]; then
    $py samples/generate.py packets --out "$big" --seed 11 --count 150 --modes text --jobs "$jobs" >/dev/null
  fi
  $py bench/subset.py "$big" "$work/text10" 10 | cut -d' ' -f1  # its page count (and the 10-page subset)
}
if wants text; then
  say "text-layer pages: credcheck, intake to written dossier (the set's 59 pages; 150 candidates)"
  big_pages=$(big_set)
  for r in $(seq 1 "$reps"); do
    measure credcheck_text "$r" "$pages" run_credcheck "$set_dir/text-in" "$res/out-text"
    [ -z "$cc_against" ] || measure credcheck_text_against "$r" "$pages" run_credcheck_against "$set_dir/text-in" "$res/out-text"
    measure credcheck_text_150 "$r" "$big_pages" run_credcheck "$big/packets" "$res/out-text-150"
    [ -z "$cc_against" ] || measure credcheck_text_150_against "$r" "$big_pages" run_credcheck_against "$big/packets" "$res/out-text-150"
  done
fi

# --- peak memory: few pages vs many --------------------------------------------------------
if wants memory; then
  say "peak memory, few pages vs many"
  big_set >/dev/null
  small=$work/text10
  read -r big_pages small_pages <<<"$($py bench/subset.py "$big" "$small" 10)"
  scan10=$work/scan10
  if [ ! -d "$scan10" ]; then
    mkdir -p "$scan10/b01"
    awk -F'\t' '$4 == 1 {print $2}' "$set_dir/manifest.tsv" | head -10 | while read -r f; do cp "$set_dir/pages/$f" "$scan10/b01/"; done
  fi
  measure mem_text_small 1 "$small_pages" run_credcheck "$small" "$res/out-mem"
  measure mem_text_big 1 "$big_pages" run_credcheck "$big/packets" "$res/out-mem"
  measure mem_scan_small 1 10 run_credcheck "$scan10" "$res/out-mem"
fi

# --- rerun of an unchanged batch (the content-hash cache, when the CLI has one) --------------
if wants rerun; then
  say "rerun of an unchanged batch"
  cache_flag=$("$cc_bin" run --help 2>&1 | grep -oE -- '--cache(-dir)?\b' | head -1 || true)
  if [ -z "$cache_flag" ]; then
    echo "  skipped: 'credcheck run --help' has no --cache option yet (pipeline/cache/ is being built)"
  else
    cache_dir=$res/cache
    cache_dir_against=$res/cache-against
    run_cached() { "$cc_bin" run "$1" --out "$2" --jobs "$jobs" --no-progress "$cache_flag" "$cache_dir"; }
    run_cached_against() { local cc_bin=$cc_against cache_dir=$cache_dir_against; run_cached "$@"; }
    export -f run_cached run_cached_against
    export cache_flag cache_dir cache_dir_against
    aside "$cache_dir"
    aside "$cache_dir_against"
    measure rerun_first 1 "$pages" run_cached "$set_dir/scan-in" "$res/out-cache"
    [ -z "$cc_against" ] || measure rerun_first_against 1 "$pages" run_cached_against "$set_dir/scan-in" "$res/out-cache"
    for r in $(seq 1 "$reps"); do
      measure rerun_again "$r" "$pages" run_cached "$set_dir/scan-in" "$res/out-cache"
      [ -z "$cc_against" ] || measure rerun_again_against "$r" "$pages" run_cached_against "$set_dir/scan-in" "$res/out-cache"
    done
  fi
fi

echo "load after: $(load)"
rm -rf "$trash"
say "results ($res/times.tsv)"
$py bench/report.py "$times" "$res/cer.txt"
