#!/usr/bin/env bash
# The shared queue's throughput (issue 18): starts a throwaway PostgreSQL server (initdb in a
# temporary folder, a unix socket only; as the postgres user when run as root), runs bench-claims
# with 16 workers over 4000 documents, one document per claim RUNS times (default 5, then their
# median: the machine is shared and single runs vary 2x), then four per claim (as the daemon's
# --batch), then an SQLite file for comparison, and removes the server.
#   bash bench/claims.sh [BUILD_DIR] [WORKERS] [DOCUMENTS] [RUNS]
set -euo pipefail
build=${1:-build}
workers=${2:-16}
documents=${3:-4000}
runs=${4:-5}
cmake --build "$build" --target bench-claims >/dev/null
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
dir=$(mktemp -d /tmp/credcheck-bench-pg-XXXXXX)
as=()
if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; as=(runuser -u postgres --); fi
trap '"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
"${as[@]}" "$bin/initdb" -D "$dir/data" -A trust -U credcheck >/dev/null
# Durable commits as in production (fsync on); the socket in our own folder.
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -o "-c listen_addresses='' -k $dir -p 5432 -c max_connections=100" -w start >/dev/null
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}'), $(nproc) cores:"
url="postgresql://credcheck@/postgres?host=$dir&port=5432"
drop() { "$bin/psql" -q "$url" -c "DROP TABLE documents, candidates, jobs, daemons, meta CASCADE; DROP SEQUENCE lease_tokens" >/dev/null; }
rates=()
for ((i = 1; i <= runs; i++)); do
  line=$("$build/bench/bench-claims" --state "$url" --workers "$workers" --documents "$documents" --batch 1)
  echo "$line  (load $(cut -d' ' -f1 /proc/loadavg))"
  rates+=("$(sed -E 's/.* = ([0-9]+) claims\/s.*/\1/' <<<"$line")")
  drop
done
echo "one document per claim, median of $runs runs: $(printf '%s\n' "${rates[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') claims/s"
"$build/bench/bench-claims" --state "$url" --workers "$workers" --documents "$documents" --batch 4
drop
echo "SQLite (one file; WAL, synchronous=FULL) for comparison:"
"$build/bench/bench-claims" --state "$dir/state.sqlite" --workers "$workers" --documents "$documents"
