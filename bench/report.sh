#!/usr/bin/env bash
# Writes the markdown results of one bench/run.sh run (its results.tsv and facts.tsv) with the ratios and the
# targets of issue #8:  bench/report.sh <results directory> [1 for a smoke run]
set -euo pipefail
OUT=$1
SMOKE=${2:-0}
RESULTS=$OUT/results.tsv
FACTS=$OUT/facts.tsv

rps() { awk -F'\t' -v s="$1" -v m="$2" '$1 == s && $2 == m { print $5 }' "$RESULTS"; }
# the pages of scenario e, by the kind bench/wrk/pages.lua names them and by web's template (its metrics' uri)
PAGE_KINDS="inbox:/officer dossier:/officer/dossiers/{code} file:/officer/file/{procedure}"
PAGE_URIS=$(for k in $PAGE_KINDS; do echo "${k#*:}"; done)
col() { awk -F'\t' -v s="$1" -v m="$2" -v c="$3" '$1 == s && $2 == m { print $c }' "$RESULTS"; }
fact() { awk -F'\t' -v k="$1" '$1 == k { print $2 }' "$FACTS" | head -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "-"; else printf "%.2f", a / b }'; }
diff_ms() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "") print "-"; else printf "%.1f", a - b }'; }
# verdict VALUE OP LIMIT: met / missed (OP: ge or le or lt)
verdict() {
  awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN {
    if (v == "-" || v == "" || v == "?") { print "not measured"; exit }
    ok = (op == "ge" ? v + 0 >= l + 0 : op == "le" ? v + 0 <= l + 0 : v + 0 < l + 0)
    print (ok ? "met" : "**missed**") }'
}

echo "# Benchmark results$([ "$SMOKE" = 1 ] && echo " (smoke run: seconds of small load, not a measurement)")"
echo
echo "Run $(basename "$OUT"); $(grep -m1 'machine:' "$OUT/bench.log" | sed 's/^\[bench\] //')."
echo "$(grep -m1 'openjdk\|java version' "$OUT/bench.log" | sed 's/^\[bench\] //')."
echo
echo "| fact | value |"
echo "|---|---|"
awk -F'\t' '{ printf "| %s | %s |\n", $1, $2 }' "$FACTS"
echo
echo "| scenario | measurement | requests | seconds | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | load (1 min) before |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
awk -F'\t' 'NR > 1 { printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 }' "$RESULTS"
echo
echo "## Ratios and targets"
echo
echo "| what | value | target | verdict |"
echo "|---|---:|---|---|"
if grep -q '^overhead' "$RESULTS"; then
  d=$(rps overhead "cheap GET direct") n=$(rps overhead "cheap GET nginx") g=$(rps overhead "cheap GET gateway")
  echo "| a. cheap GET: nginx / direct | $(ratio "$n" "$d") | (measured for the issue: 0.63) | |"
  echo "| a. cheap GET: gateway / direct | $(ratio "$g" "$d") | (untuned gateway in the issue: 0.26) | |"
  r=$(ratio "$g" "$n")
  echo "| a. cheap GET: gateway / nginx | $r | ≥ 0.7 | $(verdict "$r" ge 0.7) |"
  added=$(diff_ms "$(col overhead "cheap GET gateway" 8)" "$(col overhead "cheap GET direct" 8)")
  echo "| a. cheap GET: p99 added by the gateway (ms, gateway − direct) | $added | ≤ 5 | $(verdict "$added" le 5) |"
  added=$(diff_ms "$(col overhead "cheap GET gateway" 8)" "$(col overhead "cheap GET nginx" 8)")
  echo "| a. cheap GET: p99, gateway − nginx (ms) | $added | | |"
  d=$(rps overhead "dossier GET direct") n=$(rps overhead "dossier GET nginx") g=$(rps overhead "dossier GET gateway")
  echo "| a. dossier GET: nginx / direct | $(ratio "$n" "$d") | | |"
  r=$(ratio "$g" "$d")
  echo "| a. dossier GET: gateway / direct | $r | ≥ 0.7 | $(verdict "$r" ge 0.7) |"
fi
if grep -q '^create' "$RESULTS"; then
  r=$(ratio "$(rps create "filing (gateway)")" "$(rps create "pgbench (same inserts)")")
  echo "| b. filing through the gateway / pgbench's same inserts | $r | ≥ 0.5 | $(verdict "$r" ge 0.5) |"
fi
if grep -q '^peak' "$RESULTS"; then
  rate=$(fact "c. target rate (requests/s: 1 filing, 5 status changes, 5 look-ups per dossier)")
  for kind in create:1 action:5 lookup:5; do
    k=${kind%%:*} target=$(awk -v r="$rate" -v s="${kind##*:}" 'BEGIN { printf "%g", r * s / 11 }')
    r=$(rps peak "mix $k")
    share=$(ratio "$r" "$target")
    echo "| c. $k rate reached (req/s) | $r | $target (share reached ≥ 0.99) | $(verdict "$share" ge 0.99) |"
  done
  p99=$(col peak mix 8)
  echo "| c. p99 of all requests (ms) | $p99 | < 100 | $(verdict "$p99" lt 100) |"
  errors=$(awk -F'\t' '$1 == "peak" && ($2 == "mix" || $2 ~ /^message lag/) { e += $10 } END { print e + 0 }' "$RESULTS")
  echo "| c. errors (requests answered ≥ 400 or not at all, messages failed) | $errors | 0 | $(verdict "$errors" le 0) |"
  unsent=$(fact "c. messages not sent by the end of the wait")
  echo "| c. messages of the run not sent by the end of the wait | $unsent | 0 | $(verdict "$unsent" le 0) |"
  lag=$(awk -F'\t' '$1 == "peak" && $2 ~ /^message lag/ { print $8 }' "$RESULTS")
  echo "| c. message lag p99, event to sent (ms) | $lag | < 5000 | $(verdict "$lag" lt 5000) |"
fi
if grep -q '^pages' "$RESULTS"; then
  for kind in inbox dossier file; do
    p95=$(col pages "officers $kind" 7)
    echo "| e. $kind page, p95 through the gateway with ${BENCH_PAGE_OFFICERS:-50} officers (ms) | $p95 | < 100 | $(verdict "$p95" lt 100) |"
  done
  for uri in $PAGE_URIS; do
    p95=$(col pages "server GET $uri" 7)
    echo "| e. \`$uri\`: p95 of web's server time, its own histogram (ms) | ${p95:--} | < 100 | $(verdict "${p95:--}" lt 100) |"
  done
  errors=$(col pages officers 10)
  echo "| e. page errors (not 200 text/html, or not answered) | $errors | 0 | $(verdict "$errors" le 0) |"
fi
rss=$(fact "RSS during the peak, highest sample (MiB, 4 applications)" | cut -d' ' -f1)
[ -n "$rss" ] || rss=$(fact "RSS at the end (MiB, 4 applications)" | cut -d' ' -f1)
echo "| RSS of the four applications (MiB; highest sample under load) | $rss | ≤ 2048 | $(verdict "$rss" le 2048) |"
cold=$(fact "cold start to all healthy, existing data (s)")
[ -n "$cold" ] || cold=$(fact "start to all healthy, fresh data directory (s)")
echo "| cold start of the platform to all healthy (s) | $cold | ≤ 30 | $(verdict "$cold" le 30) |"
echo
echo "Load generator, nginx, PostgreSQL and the four JVMs share the machine's cores; \"load (1 min) before\" is"
echo "/proc/loadavg just before each measurement (anything above the core count means other work was running)."
if grep -q '^pages' "$RESULTS"; then
  # last, so that it ends the output of bench/run.sh pages
  echo
  echo "## Pages: p95 per page ($(col pages officers 4) s, ${BENCH_PAGE_OFFICERS:-50} officers; load before: $(col pages officers 11))"
  echo
  echo "Server time is web's own \`http.server.requests\` histogram (from the request reaching web to the last byte it"
  echo "wrote, its API calls through the gateway included), read from its /actuator/prometheus before and after the"
  echo "run; through the gateway is what wrk measured from the client side."
  echo
  echo "| page | web's template | pages | pages/s | p50 ms, web | **p95 ms, web** | p99 ms, web | p95 ms through the gateway (wrk) | errors (wrk) | web p95 < 100 ms |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---|"
  for k in $PAGE_KINDS; do
    kind=${k%%:*} uri=${k#*:}
    server="server GET $uri"
    p95=$(col pages "$server" 7)
    echo "| $kind | \`$uri\` | $(col pages "$server" 3) | $(col pages "$server" 5) | $(col pages "$server" 6) | **${p95:--}** | $(col pages "$server" 8) | $(col pages "officers $kind" 7) | $(col pages "officers $kind" 10) | $(verdict "${p95:--}" lt 100) |"
  done
  echo
  echo "What the pages waited for: web's calls to the API through the gateway (\`http.client.requests\`, same run)."
  echo
  echo "| call | calls | p50 ms | p95 ms | p99 ms | not 2xx |"
  echo "|---|---:|---:|---:|---:|---:|"
  awk -F'\t' '$1 == "pages" && $2 ~ /^web to API / { sub(/^web to API /, "", $2); printf "| `%s` | %s | %s | %s | %s | %s |\n", $2, $3, $6, $7, $8, $10 }' "$RESULTS"
fi
