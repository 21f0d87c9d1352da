#!/usr/bin/env bash
# The cost of finding check boxes on OCR pages (bench/box_marks_cost.cpp): the first page of each
# PDF given is rendered at 300 dpi in gray (pdftoppm), prepared as for Tesseract, and timed.
#   bash bench/box_marks.sh [--build DIR] PDF...
set -euo pipefail
cd "$(dirname "$0")/.."
build=build
if [ "${1:-}" = "--build" ]; then build=$2; shift 2; fi
[ $# -gt 0 ] || { sed -n '2,4p' "$0"; exit 2; }
cmake --build "$build" --target bench-box-marks >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=0
for pdf in "$@"; do
  n=$((n + 1))
  pdftoppm -gray -r 300 -f 1 -l 1 "$pdf" "$work/p$n"
done
"$build/bench/bench-box-marks" 300 "$work"/*.pgm
