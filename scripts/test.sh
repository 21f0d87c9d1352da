#!/usr/bin/env bash
# Sets up, builds with tests and runs the whole test suite (ctest). Tests that need ../shared
# (the robustness corpus) skip with a message when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
# Fixtures are generated with embedded fonts; a missing one is an error, never a substitution.
/usr/bin/python3 samples/generate.py check-fonts
cd build
ctest --output-on-failure --timeout 900 -j2 "$@"
