#!/usr/bin/env bash
# Build cost in CPU seconds (user+sys), per translation unit and per link: wall time on a shared
# machine says little. Used as CMake's compiler and linker launcher, it runs the real command under
# /usr/bin/time and appends one line per step to $CC_BUILD_CPU_LOG:
#   <compile|link> <user+sys seconds> <output file>
# Measure a fresh build (no ccache, so every step really runs):
#   cmake -S . -B build-cpu -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON \
#     -DCMAKE_CXX_COMPILER_LAUNCHER="$PWD/tools/build_cpu.sh;compile" \
#     -DCMAKE_CXX_LINKER_LAUNCHER="$PWD/tools/build_cpu.sh;link"
#   CC_BUILD_CPU_LOG=$PWD/build-cpu/cpu.log CCACHE_DISABLE=1 nice -n 10 cmake --build build-cpu -j2
#   tools/build_cpu.sh report build-cpu/cpu.log      # totals and the 25 costliest steps
set -uo pipefail

if [ "${1:-}" = report ]; then
  log=${2:?usage: build_cpu.sh report LOG [TOP]}
  top=${3:-25}
  awk '{ n[$1]++; s[$1] += $2; all += $2 }
       END { for (k in n) printf "%-8s %4d steps %9.1f s CPU\n", k, n[k], s[k];
             printf "total          %9.1f s CPU\n", all }' "$log"
  echo "costliest steps:"
  sort -k2,2 -g -r "$log" | head -n "$top"
  exit 0
fi

kind=${1:?usage: build_cpu.sh compile|link COMMAND...}
shift
log=${CC_BUILD_CPU_LOG:-/dev/null}
# The output file: the argument after -o (compiles and links both name it).
out=?
prev=
for a in "$@"; do
  [ "$prev" = -o ] && out=$a
  prev=$a
done
times=$(mktemp)
/usr/bin/time -f '%U %S' -o "$times" "$@"
rc=$?
read -r user sys < "$times" || true
rm -f "$times"
awk -v k="$kind" -v u="${user:-0}" -v s="${sys:-0}" -v o="$out" \
  'BEGIN { printf "%s %.2f %s\n", k, u + s, o }' >> "$log"
exit $rc
