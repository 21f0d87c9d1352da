#!/usr/bin/env bash
# Sets up, builds and runs credcheck on the bundled synthetic candidates (samples/demo/packets).
# Dossiers land in out/demo/<candidate>/dossier.json, the batch summary in out/demo/summary.json.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
status=0
build/pipeline/credcheck run samples/demo/packets --out out/demo --as-of 2026-11-01 "$@" || status=$?
echo "demo: exit status $status; dossiers in out/demo/, summary in out/demo/summary.csv"
echo "demo: to review them in a browser: build/pipeline/credcheck users add NAME --out out/demo, then build/pipeline/credcheck serve --out out/demo (README: Reviewing dossiers)"
# 3 means some documents could not be read, which the demo set may include on purpose.
[ "$status" = 0 ] || [ "$status" = 3 ]
