#!/usr/bin/env bash
# Whole-process build time and peak memory of this generator and of Hugo on the same synthetic publication,
# side by side on tmpfs (/dev/shm): each site is built 5 times after one warm-up (hyperfine; median), then 5 more
# times under /usr/bin/time -v for the peak resident memory (median). Start-up is included: each run
# is a new process. Neither builds a search index: Hugo has none, so ours runs with --search off. Our generator runs as published with Native AOT, as a deployment would run it.
#
# Needs hyperfine, hugo, clang and lld (Native AOT) and node (to read hyperfine's JSON); run as root on Debian, it installs
# the first four itself (apt-get install -y hyperfine hugo clang lld).
# Usage: bench/compare-hugo.sh [ITEMS ...]        (default: 1000 4000 10000)
#        JIT=1 bench/compare-hugo.sh [ITEMS ...]  runs ours as `dotnet run -c Release -- build`, as a newcomer and the
#        Netlify build do (the JIT, and dotnet run's check that the build is up to date), instead of the AOT binary
#        REUSE=1 bench/compare-hugo.sh [ITEMS ...] runs the AOT binary already in /dev/shm/wsis-compare/bin (published by an
#        earlier run of this commit) instead of publishing it again
# The Hugo twin of the sample is written by `sample --hugo`: same items, Markdown bodies and URLs, one page per
# item, the action lines as sections listing their items in full, and term and list pages for three taxonomies.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
for tool in hyperfine hugo clang; do command -v "$tool" >/dev/null || need+=("$tool"); done
command -v ld.lld >/dev/null || need+=(lld)
if [ ${#need[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${need[*]}…" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
for tool in hyperfine hugo clang ld.lld node; do
  command -v "$tool" >/dev/null || { echo "error: $tool is not installed (apt-get install -y hyperfine hugo clang lld)" >&2; exit 2; }
done
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 4000 10000)
work=/dev/shm/wsis-compare
bin="$work/bin"
runs=5
export HUGO_VERSION="$(hugo version | cut -d" " -f2 | cut -d+ -f1)"
mkdir -p "$work"
if [ "${JIT:-0}" = 1 ]; then
  echo "Building the generator (Release)…" >&2
  dotnet build site.csproj -c Release --nologo -v quiet >&2
  generator=(dotnet run -c Release --project site.csproj --)
  label="wsis-site (ours, dotnet run)"
elif [ "${REUSE:-0}" = 1 ] && [ -x "$bin/wsis-site" ]; then
  echo "Using the generator already published in $bin (REUSE=1)…" >&2
  generator=("$bin/wsis-site")
  label="wsis-site (ours, AOT)"
else
  echo "Publishing the generator (Release, Native AOT; a few minutes) into $bin…" >&2
  rm -rf "$bin"
  dotnet publish site.csproj -c Release -r linux-x64 -p:PublishAot=true -o "$bin" --nologo -v quiet >&2
  generator=("$bin/wsis-site")
  label="wsis-site (ours, AOT)"
fi
"${generator[@]}" --help >/dev/null || { echo "error: the generator does not start; delete obj/ and try again" >&2; exit 1; }

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

peak_mib() { # command… → median peak RSS in MiB over $runs runs
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%M" -o "$work/time.txt" "$@" >/dev/null 2>&1
    tail -1 "$work/time.txt"
  done | median | awk '{ printf "%.0f", $1 / 1024 }'
}

echo "| items | generator | pages (HTML files) | median wall (s) | mean ± sd (s) | mean user+sys CPU (s) | median peak RSS (MiB) |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: |"
for n in "${sizes[@]}"; do
  rm -rf "$work/content-$n" "$work/hugo-$n"
  "${generator[@]}" sample --items "$n" --out "$work/content-$n" --hugo "$work/hugo-$n" >&2
  ours=("${generator[@]}" build --content "$work/content-$n" --templates templates --output "$work/out-wsis-$n" --search off)
  hugo=(hugo --quiet --source "$work/hugo-$n" --destination "$work/out-hugo-$n" --cleanDestinationDir)
  hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/hyperfine-$n.json" \
    -n wsis "${ours[*]}" -n hugo "${hugo[*]}" >&2
  ours_peak=$(peak_mib "${ours[@]}")
  hugo_peak=$(peak_mib "${hugo[@]}")
  ours_pages=$(find "$work/out-wsis-$n" -name '*.html' | wc -l)
  hugo_pages=$(find "$work/out-hugo-$n" -name '*.html' | wc -l)
  LABEL="$label" node -e '
    const r = require(process.argv[1]).results;
    const [n, oursPages, hugoPages, oursPeak, hugoPeak] = process.argv.slice(2);
    const f = x => x.toFixed(2);
    for (const x of r) {
      const pages = x.command === "wsis" ? oursPages : hugoPages;
      const peak = x.command === "wsis" ? oursPeak : hugoPeak;
      const userSys = f(x.user + x.system);
      console.log(`| ${n} | ${x.command === "wsis" ? process.env.LABEL : "Hugo " + process.env.HUGO_VERSION} | ${pages} | ${f(x.median)} | ${f(x.mean)} ± ${f(x.stddev)} | ${userSys} | ${peak} |`);
    }' "$work/hyperfine-$n.json" "$n" "$ours_pages" "$hugo_pages" "$ours_peak" "$hugo_peak"
done
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). hyperfine JSON in $work."
