#!/usr/bin/env bash
# Whole-process time of a 4,000-item build without and with its search index (`build --search off|required`), for one
# binary or several side by side: each round runs every binary in both modes in a shuffled order, each binary and mode
# into its own output folder (so each build removes the output of one like it); prints the medians, the ratio (the
# goal: ≤ 1.3 ×), the CPU ratio and the peak memory. On a noisy machine compare binaries in one run, not across runs,
# and count instructions with bench/search-instructions.sh (docs/speed.md).
# Needs Pagefind (npm ci) and node.
# Usage: bench/search-ratio.sh [ROUNDS] [BINARY…]   (default: 15 rounds; the Native AOT binary that
#        bench/compare-hugo.sh publishes into /dev/shm/wsis-compare/bin; ITEMS=N for another size)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-15}
shift || true
binaries=("$@")
[ ${#binaries[@]} -gt 0 ] || binaries=(/dev/shm/wsis-compare/bin/wsis-site)
for b in "${binaries[@]}"; do [ -x "$b" ] || { echo "error: no generator at $b: run bench/compare-hugo.sh first, or pass one" >&2; exit 2; }; done
[ -x node_modules/.bin/pagefind ] || { echo "error: Pagefind is not installed: run 'npm ci'" >&2; exit 2; }
items=${ITEMS:-4000}
work=$(mktemp -d /dev/shm/wsis-search-ratio-XXXXXX 2>/dev/null || mktemp -d)
trap 'rm -rf "$work"' EXIT
"${binaries[0]}" sample --items "$items" --out "$work/content" >/dev/null
echo "Building $items items, $rounds rounds of ${#binaries[@]} binaries × 2 modes…" >&2
for round in $(seq "$rounds"); do
  runs=()
  for i in "${!binaries[@]}"; do runs+=("$i off" "$i required"); done
  printf '%s\n' "${runs[@]}" | shuf | while read -r i mode; do
    /usr/bin/time -o "$work/time" -f "%e %U %S %M" "${binaries[$i]}" build --content "$work/content" --templates templates \
      --output "$work/out-$i-$mode" --search "$mode" >/dev/null 2>"$work/log" || { cat "$work/log" >&2; exit 1; }
    echo "$i $mode $(cat "$work/time")" >> "$work/results"
  done
  if [ -t 2 ]; then printf '\r%d/%d rounds' "$round" "$rounds" >&2; fi
done
if [ -t 2 ]; then echo >&2; fi
node -e '
  const fs = require("fs");
  const [file, ...names] = process.argv.slice(1);
  const rows = fs.readFileSync(file, "utf8").trim().split("\n").map(l => l.split(" "));
  const median = xs => { const s = [...xs].sort((a, b) => a - b), n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
  console.log("| binary | runs | off: median wall (s) | required: median wall (s) | ratio | CPU ratio | peak RSS off / required (MiB) |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  names.forEach((name, i) => {
    const of = m => rows.filter(r => r[0] === String(i) && r[1] === m);
    const [off, req] = [of("off"), of("required")];
    const wall = rs => median(rs.map(r => +r[2])), cpu = rs => median(rs.map(r => +r[3] + +r[4]));
    const peak = rs => Math.round(Math.max(...rs.map(r => +r[5])) / 1024);
    console.log(`| ${name} | ${off.length} | ${wall(off).toFixed(3)} | ${wall(req).toFixed(3)} | ${(wall(req) / wall(off)).toFixed(3)} × | ${(cpu(req) / cpu(off)).toFixed(3)} × | ${peak(off)} / ${peak(req)} |`);
  });
' "$work/results" "${binaries[@]}"
