#!/usr/bin/env bash
# Instructions executed by a build of the synthetic sample without and with its search index, counted by valgrind
# (callgrind): a measure of the CPU work search adds that does not move with the machine's noise, where wall times of
# the same binary differ by 5–10 % from one series to the next (docs/speed.md). Valgrind runs one thread at a time, so
# it counts work, not wall time; the collector's share differs a little from run to run (about 0.5 %).
# Needs valgrind (apt-get install -y valgrind, done here when run as root on Debian) and Pagefind (npm ci).
# Usage: bench/search-instructions.sh [ITEMS] [BINARY]   (default: 1000 items; the Native AOT binary that
#        bench/compare-hugo.sh publishes into /dev/shm/wsis-compare/bin; about a minute a build at 1,000 items)
set -euo pipefail
cd "$(dirname "$0")/.."
items=${1:-1000}
binary=${2:-/dev/shm/wsis-compare/bin/wsis-site}
if ! command -v valgrind >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing valgrind…" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null
fi
command -v valgrind >/dev/null || { echo "error: valgrind is not installed (apt-get install -y valgrind)" >&2; exit 2; }
[ -x "$binary" ] || { echo "error: no generator at $binary: run bench/compare-hugo.sh first, or pass one" >&2; exit 2; }
[ -x node_modules/.bin/pagefind ] || { echo "error: Pagefind is not installed: run 'npm ci'" >&2; exit 2; }
work=$(mktemp -d /dev/shm/wsis-instructions-XXXXXX 2>/dev/null || mktemp -d)
trap 'rm -rf "$work"' EXIT
# The binary alone: valgrind cannot read the Native AOT debug file published beside it.
cp "$binary" "$work/wsis-site"
"$work/wsis-site" sample --items "$items" --out "$work/content" >/dev/null
count() { # search mode → instructions
  valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.$1" "$work/wsis-site" build --content "$work/content" \
    --templates templates --output "$work/out-$1" --search "$1" >"$work/log.$1" 2>&1 || { cat "$work/log.$1" >&2; exit 1; }
  grep -o 'refs: *[0-9,]*' "$work/log.$1" | tr -dc '0-9'
}
echo "Counting instructions at $items items (valgrind; a minute or two each)…" >&2
off=$(count off)
required=$(count required)
node -e '
  const [items, off, req] = process.argv.slice(1).map(Number);
  const g = x => (x / 1e9).toFixed(3);
  console.log(`| items | --search off (G instructions) | --search required | ratio | search adds |`);
  console.log(`| ---: | ---: | ---: | ---: | ---: |`);
  console.log(`| ${items} | ${g(off)} | ${g(req)} | ${(req / off).toFixed(3)} × | ${g(req - off)} G |`);
' "$items" "$off" "$required"
