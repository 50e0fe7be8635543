#!/usr/bin/env bash
# Edit-to-rebuild time of `serve` on a copy of the real content: two warm-up edits, then ten one-word edits of one
# C11 priority, each time read from serve's own log line ("… rebuilt in N ms: … CPU M ms"); prints each, the median
# of both and the load average.
# Usage: bench/serve-latency.sh [COMMAND…]    (default: `dotnet run -c Release --no-build --`; BINARY e.g. the AOT
#        wsis-site that bench/compare-hugo.sh publishes into /dev/shm/wsis-compare/bin; TEMPLATES=DIR copies other templates)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /dev/shm/wsis-serve-XXXXXX)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r content "$work/"
cp -r "${TEMPLATES:-templates}" "$work/templates"
file="$work/content/action-lines/c11/priorities.yml"
grep -q "Foster further" "$file" || { echo "error: the C11 priority text this script edits has changed" >&2; exit 2; }
port=$((20000 + RANDOM % 20000))
if [ $# -gt 0 ]; then run=("$@"); else run=(dotnet run -c Release --no-build --); fi
"${run[@]}" serve --content "$work/content" --templates "$work/templates" --port "$port" > "$work/log" 2>&1 &
pid=$!
wait_lines() { # N → waits until the log has N lines with "ms:"
  for _ in $(seq 600); do
    [ "$(grep -c ' ms: ' "$work/log" || true)" -ge "$1" ] && return 0
    sleep 0.05
  done
  echo "error: serve did not log a build; its log:" >&2; cat "$work/log" >&2; exit 1
}
wait_lines 1
words=(further more)
for i in $(seq 12); do
  sleep 0.4
  sed -i "s/Foster ${words[$(( (i + 1) % 2 ))]} /Foster ${words[$(( i % 2 ))]} /" "$file"
  wait_lines $((i + 1))
done
grep ' ms: ' "$work/log" | tail -n +4 | sed -E 's/.* in ([0-9]+) ms: .*/\1/' > "$work/ms"
# The CPU time serve logs for each rebuild: on a busy machine the wall time shows the other processes too.
grep ' ms: ' "$work/log" | tail -n +4 | sed -E 's/.*CPU ([0-9]+) ms.*/\1/' > "$work/cpu"
grep ' ms: ' "$work/log" | tail -1 >&2
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print ((NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo "edits (ms): $(tr '\n' ' ' < "$work/ms")"
echo "CPU (ms): $(tr '\n' ' ' < "$work/cpu")"
echo "median (ms): $(median "$work/ms"); CPU: $(median "$work/cpu"); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
