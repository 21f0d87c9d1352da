#!/usr/bin/env bash
# The floors (README.md "Layout"): core -> extractors | validators (side by side) -> pipeline.
# Fails if a file includes a header from a floor above it or from its side neighbour:
#   core/        includes nothing from extractors/, validators/, pipeline/
#   extractors/  includes nothing from validators/, pipeline/
#   validators/  includes nothing from extractors/, pipeline/
# Usage: tests/layering_test.sh [SOURCE_DIR]   (default: the folder above this script)
set -u
root="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
cd "$root" || { echo "layering_test: no source dir $root" >&2; exit 2; }

status=0
check() {  # check FOLDER FORBIDDEN...
  local folder="$1"; shift
  [ -d "$folder" ] || { echo "layering_test: $folder/ missing" >&2; status=1; return; }
  local pattern
  pattern="^[[:space:]]*#[[:space:]]*include[[:space:]]*[\"<]($(IFS='|'; echo "$*"))/"
  local hits
  hits=$(grep -rnE --include='*.h' --include='*.hpp' --include='*.cpp' --include='*.cc' "$pattern" "$folder")
  if [ -n "$hits" ]; then
    echo "layering_test: $folder/ includes from a floor it must not see ($*):"
    echo "$hits"
    status=1
  fi
}
check core extractors validators pipeline
check extractors validators pipeline
check validators extractors pipeline
[ "$status" = 0 ] && echo "layering_test: core -> extractors | validators -> pipeline holds"
exit "$status"
