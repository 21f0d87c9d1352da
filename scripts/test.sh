#!/usr/bin/env bash
# Sets up, builds with tests and runs the whole test suite (ctest). Tests that need ../shared
# (the robustness corpus) skip with a message when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
cd build
ctest --output-on-failure --timeout 900 -j2 "$@"
