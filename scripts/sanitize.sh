#!/usr/bin/env bash
# Builds the test suite with AddressSanitizer and UndefinedBehaviorSanitizer (GCC,
# -DCREDCHECK_SANITIZE=address,undefined, RelWithDebInfo) in build-asan/ and runs ctest there.
#   scripts/sanitize.sh           # everything but the long accuracy runs (see EXCLUDE)
#   scripts/sanitize.sh --all     # everything
# UBSan stops at the first finding with a stack trace; ASan reports leaks in our code (Debian's
# Poppler, Tesseract, Leptonica and fontconfig are not instrumented: leaks inside them are
# suppressed by scripts/sanitize.supp). Workers run without their address-space limit under ASan
# (its shadow memory needs terabytes of address space): the pool gives them ASan's soft RSS limit
# instead (pipeline/workers/worker_process.cpp), so memory_limit still trips.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build-asan
# The end-to-end accuracy suite and the OCR accuracy test OCR dozens of generated scans (several
# times slower under ASan) and check accuracy numbers, not memory safety: they and their fixture
# generators are left out. Everything else runs, the corpus test (81 hostile files) included.
EXCLUDE='^(Packets/Accuracy\.|OcrAccuracy\.|generate_packets_(text|scan)-|generate_page_fixtures$)'
[ "${1:-}" = "--all" ] && EXCLUDE='^$'

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON \
  -DCREDCHECK_SANITIZE=address,undefined -DCREDCHECK_WERROR=OFF > /dev/null
cmake --build "$build" -j"$(nproc)"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=0
export LSAN_OPTIONS=suppressions=$PWD/scripts/sanitize.supp:print_suppressions=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
start=$(date +%s)
status=0
(cd "$build" && ctest --output-on-failure -j"$(nproc)" -E "$EXCLUDE" --timeout 900) || status=$?
echo "sanitize: ctest finished in $(( $(date +%s) - start )) s with status $status (excluded: $EXCLUDE)"
exit $status
