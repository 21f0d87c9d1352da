#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build-fuzz/, -DCREDCHECK_FUZZ=ON: ASan + UBSan +
# coverage) and runs each for SECONDS (default 600), one after another, single process each.
# A target that crashes is restarted until its time is used, so one run collects every finding:
# crash inputs land in build-fuzz/findings/<target>/, the evolving corpus in
# build-fuzz/corpus/<target>/, logs in build-fuzz/logs/<target>.log, and a summary line per
# target (seconds run, executions, findings) in build-fuzz/logs/summary.tsv.
# fuzz/dicts/<target>.dict, when present, gives libFuzzer the format's tokens.
# A fixed finding is copied to fuzz/regressions/<target>/, which ctest replays in every build.
# Usage: fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]   (targets: see fuzz/CMakeLists.txt)
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(wire dates_numbers rules intake classify identity degree experience coursework)
build=build-fuzz

if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$build" -DCREDCHECK_FUZZ=ON -DCREDCHECK_WERROR=OFF -DBUILD_TESTING=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null || exit 1
fi
cmake --build "$build" -j"$(nproc)" --target "${targets[@]/#/fuzz_}" > "$build/fuzz-build.log" 2>&1 ||
  { tail -30 "$build/fuzz-build.log"; exit 1; }
[ -d "$build/seeds" ] || bash fuzz/make_seeds.sh "$build/seeds" "$(command -v credcheck || echo build/pipeline/credcheck)"

mkdir -p "$build/logs"
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export OMP_THREAD_LIMIT=1  # Tesseract single-threaded, as in a worker
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t" findings="$build/findings/$t" log="$build/logs/$t.log"
  mkdir -p "$corpus" "$findings"
  # Extractor inputs are page text: 4 KiB holds a page or two and keeps regex-heavy runs fast.
  opts=(-timeout=20 -rss_limit_mb=2048 -max_len=4096)
  asan=detect_leaks=1
  if [ "$t" = intake ]; then
    # Poppler and Tesseract (uninstrumented) keep caches that look like leaks. A page's OCR can
    # take a minute on a loaded machine: that is Tesseract's time (bounded by --page-timeout in
    # workers), not a hang of ours, so the per-input timeout is generous.
    opts=(-timeout=300 -report_slow_units=120 -rss_limit_mb=3072 -max_len=400000)
    asan=detect_leaks=0
  fi
  export ASAN_OPTIONS=$asan:allocator_may_return_null=1
  [ -f "fuzz/dicts/$t.dict" ] && opts+=(-dict="fuzz/dicts/$t.dict")
  : > "$log"
  start=$(date +%s)
  runs=0
  while :; do
    left=$((seconds - ($(date +%s) - start)))
    [ "$left" -gt 5 ] || break
    runs=$((runs + 1))
    "$build/fuzz/fuzz_$t" "${opts[@]}" -max_total_time="$left" -print_final_stats=1 \
      -artifact_prefix="$findings/" "$corpus" "$build/seeds/$t" >> "$log" 2>&1
    [ $? -eq 0 ] && break
    echo "=== fuzz_$t stopped on a finding; restarting" >> "$log"
  done
  used=$(($(date +%s) - start))
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | awk '{s += $2} END {print s + 0}')
  found=$(find "$findings" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
  printf '%s\t%ss\t%s execs\t%s findings\t%s\n' "$t" "$used" "$execs" "$found" "$(date -Is)" | tee -a "$build/logs/summary.tsv"
done
