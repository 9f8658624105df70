#!/usr/bin/env bash
# The load benchmark of issue #8 (docs/benchmarks.md): starts the platform with the run command on a fresh data
# directory, runs the scenarios with wrk (and pgbench, nginx), writes a results table, and stops the platform.
#
#   bench/run.sh [--smoke] [overhead] [create] [peak] [notify]
#
#   overhead  a. one cheap GET and one dossier GET: on the service, through nginx, through the gateway
#   create    b. filing dossiers through the gateway against pgbench doing the same inserts
#   peak      c. twice the national peak hour (200 filings, 1,000 status changes, 1,000 look-ups a second)
#                for 5 minutes, with the lag from event to message sent
#   notify    d. events straight into notification-service: SMS (local recorder) and e-mail (embedded SMTP)
#   pages     e. 50 officers signed in through the demo login using their pages through the gateway
#                (inbox, a dossier, the filing form); not in the default set
#   queue     f. the walk-in queue: a center's opening rush (14 counters), then the national morning (every
#                center taking a ticket a second: 100, 300, 1,000 and 3,321 centers); take, call and display-lag
#                p99; not in the default set, run it alone (it opens every ward around the hour it runs)
#
# No scenario named: the four of issue #8 (a-d). --smoke: seconds and a small load each (the test command runs it, so the
# harness cannot rot); it fails unless every measurement has a non-zero rate and no errors.
# Needs wrk, nginx, pgbench and psql (Debian: wrk nginx-light postgresql-client; .ci/run installs them).
# Results: target/bench/<time>/results.md (and results.tsv, raw outputs); target/bench/latest points there.
# Settings: BENCH_OUT, BENCH_DURATION (seconds per measurement of a and b), BENCH_PEAK_SECONDS, BENCH_PEAK_RATE,
# BENCH_CONNECTIONS, BENCH_PAGE_OFFICERS (e, 50), BENCH_PAGE_THINK_MS (e, 0: each officer's pause between pages),
# BENCH_PAGE_WARMUP (e, 60 s at 4 and at 50 connections), BENCH_ASYNC_PROFILER (e: libasyncProfiler.so, to profile web),
# BENCH_QUEUE_RUSH_SECONDS (f, 300), BENCH_QUEUE_RUSH_RATE (f, tickets a second at the rush, 1),
# BENCH_QUEUE_CENTERS (f, "100 300 1000 3321"), BENCH_QUEUE_SECONDS (f, 60 per national run),
# and the platform's own variables (ports, DB_POOL_MAX_SIZE, PLATFORM_JVM_OPTS, ...).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

SMOKE=0
SCENARIOS=()
for arg in "$@"; do
  case "$arg" in
    --smoke) SMOKE=1 ;;
    overhead | create | peak | notify | pages | queue) SCENARIOS+=("$arg") ;;
    -h | --help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "bench: unknown argument $arg (see bench/run.sh --help)" >&2; exit 2 ;;
  esac
done
[ ${#SCENARIOS[@]} -gt 0 ] || SCENARIOS=(overhead create peak notify)

for tool in wrk nginx pgbench psql curl; do
  command -v "$tool" >/dev/null || {
    echo "bench: $tool is not installed (Debian: apt-get install wrk nginx-light postgresql-client curl)" >&2
    exit 3
  }
done

# --- settings -----------------------------------------------------------------------------------------------
export GATEWAY_PORT=${GATEWAY_PORT:-8080} INTAKE_PORT=${INTAKE_PORT:-8081} CITIZEN_PORT=${CITIZEN_PORT:-8082}
export NOTIFICATION_PORT=${NOTIFICATION_PORT:-8083} WEB_PORT=${WEB_PORT:-8084} POSTGRES_PORT=${POSTGRES_PORT:-54329}
if [ "$SMOKE" = 1 ]; then
  # a filing can take seconds on a busy machine: long enough windows that some complete
  DURATION=${BENCH_DURATION:-2} CREATE_SECONDS=5 WARMUP=0 CONNECTIONS=${BENCH_CONNECTIONS:-8}
  PEAK_SECONDS=${BENCH_PEAK_SECONDS:-8} PEAK_RATE=${BENCH_PEAK_RATE:-22} PEAK_CONNECTIONS=8 PGBENCH_CLIENTS=4
  # the smoke checks the harness, not the platform's speed: on a machine busy with other work a cold filing can
  # take more than the gateway's 5 s, and its 504s would open the breaker
  export GATEWAY_TIMEOUT=${GATEWAY_TIMEOUT:-30s}
else
  DURATION=${BENCH_DURATION:-30} WARMUP=${BENCH_WARMUP:-15} CONNECTIONS=${BENCH_CONNECTIONS:-64}
  CREATE_SECONDS=$DURATION
  PEAK_SECONDS=${BENCH_PEAK_SECONDS:-300} PEAK_RATE=${BENCH_PEAK_RATE:-2200} PEAK_CONNECTIONS=256
  PGBENCH_CLIENTS=${DB_POOL_MAX_SIZE:-20}
fi
THREADS=2
OUT=${BENCH_OUT:-$ROOT/target/bench/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
ln -sfn "$OUT" "$ROOT/target/bench/latest" 2>/dev/null || true
export PLATFORM_DATA_DIR=$OUT/data PLATFORM_DEMO_TOKENS=$OUT/data/demo-tokens.env
# All the gateway's filters stay on; the limits are set above what one load generator on one address sends.
export RATE_LIMIT_ENABLED=true
for kind in PUBLIC SUBJECT WARD; do
  export "RATE_LIMIT_${kind}_PER_SECOND=${BENCH_RATE_LIMIT:-100000}" "RATE_LIMIT_${kind}_BURST=${BENCH_RATE_LIMIT:-100000}"
done
export PLATFORM_DEMO_WARDS=$(paste -sd, bench/wards.txt)
if [[ " ${SCENARIOS[*]} " == *" queue "* ]]; then
  # f: an officer's token for every center of the country (the smoke's 20 centers are in bench/wards.txt), and every ward open from an hour before now to three
  # hours after (tickets are given only in working sessions; the load opens today if it is not a working day)
  [ "$SMOKE" = 1 ] || export PLATFORM_DEMO_WARDS=$(grep -v '^#' bench/wards-national.txt | paste -sd,)
  # each display's event stream holds a gateway-to-intake connection for as long as it is open (docs/queue.md)
  export GATEWAY_MAX_CONNECTIONS=${GATEWAY_MAX_CONNECTIONS:-5000}
  QUEUE_NOW=$(TZ=Asia/Ho_Chi_Minh date +%H:%M)
  export INTAKE_CALENDAR_DEFAULT_SESSIONS=$(awk -v now="$QUEUE_NOW" 'BEGIN { split(now, t, ":"); m = t[1] * 60 + t[2]
    s = m - 60; if (s < 0) s = 0; e = m + 180; if (e > 1439) e = 1439
    printf "%02d:%02d-%02d:%02d", s / 60, s % 60, e / 60, e % 60 }')
fi
export BENCH_WRK_DIR=$ROOT/bench/wrk BENCH_WARDS=$ROOT/bench/wards.txt BENCH_TOKENS=$PLATFORM_DEMO_TOKENS
export BENCH_THREADS=$THREADS
RESULTS=$OUT/results.tsv
printf 'scenario\tmeasurement\trequests\tseconds\trps\tp50_ms\tp95_ms\tp99_ms\tmax_ms\terrors\tload1\n' > "$RESULTS"
FACTS=$OUT/facts.tsv
: > "$FACTS"
: > "$OUT/bench.log"
ID_SPACE=10

say() { printf '[bench] %s\n' "$*" | tee -a "$OUT/bench.log"; }
load1() { cut -d' ' -f1 /proc/loadavg; }
fact() { printf '%s\t%s\n' "$1" "$2" >> "$FACTS"; say "$1: $2"; }
sql() { psql -h localhost -p "$POSTGRES_PORT" -U postgres -X -A -t -q -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }
# Each wrk run files its dossiers with personal ID numbers of its own: sets SPACE (two digits, see dossier.lua).
next_space() { ID_SPACE=$((ID_SPACE + 1)); SPACE=$(printf '%02d' "$ID_SPACE"); }

# wrk NAME SCRIPT URL CONNECTIONS SECONDS [VAR=value ...]: runs wrk, keeps its output, records its RESULT lines.
run_wrk() {
  local scenario=$1 name=$2 script=$3 url=$4 connections=$5 seconds=$6
  shift 6
  local load raw=$OUT/$scenario-$name.txt
  load=$(load1)
  say "$scenario/$name: wrk -t$THREADS -c$connections -d${seconds}s $script $url (load $load; $(uptime | sed 's/.*load/load/'))"
  next_space
  local before
  before=$(cpu_ticks_of_apps)
  env BENCH_ID_SPACE="$SPACE" "$@" wrk -t"$THREADS" -c"$connections" -d"${seconds}s" --timeout 10s \
    -s "$BENCH_WRK_DIR/$script" "$url" > "$raw" 2>&1 || { cat "$raw" >&2; return 1; }
  cpu_per_request "$scenario" "$name" "$before" "$(cpu_ticks_of_apps)" "$raw"
  awk -v scenario="$scenario" -v name="$name" -v load="$load" '$1 == "RESULT" {
      for (i = 3; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", scenario, ($2 == "all" ? name : name " " $2), v["requests"],
        v["seconds"], v["rps"], v["p50_ms"], v["p95_ms"], v["p99_ms"], v["max_ms"], v["errors"], load }' "$raw" >> "$RESULTS"
  grep -E '^(RESULT|ERRORS|FIRST_ERROR)' "$raw" | sed "s/^/[bench]   /" | tee -a "$OUT/bench.log"
}

# CPU time (user + system, clock ticks) each application and nginx have used so far: "name=ticks ...".
cpu_ticks_of_apps() {
  local app pid out=""
  for app in $APPS web; do
    pid=$(app_pid "$app")
    [ -n "$pid" ] || continue
    out="$out $app=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)"
  done
  if [ -n "${NGINX_PID:-}" ]; then
    local ticks=0
    for pid in $NGINX_PID $(pgrep -P "$NGINX_PID"); do
      ticks=$((ticks + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    out="$out nginx=$ticks"
  fi
  echo "$out"
}
# Milliseconds of CPU each process spent per request answered during one wrk run: a measure of the code's cost
# that holds on a shared machine, where rates and latencies depend on what else runs.
cpu_per_request() {
  local scenario=$1 name=$2 before=$3 after=$4 raw=$5 requests
  requests=$(awk '$1 == "RESULT" && $2 == "all" { for (i = 3; i <= NF; i++) if ($i ~ /^requests=/) { sub(/requests=/, "", $i); print $i } }' "$raw")
  [ -n "$requests" ] && [ "$requests" -gt 0 ] || return 0
  fact "CPU ms per request, $scenario/$name" "$(awk -v b="$before" -v a="$after" -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN {
      split(b, bs, " "); for (i in bs) { split(bs[i], kv, "="); t0[kv[1]] = kv[2] }
      split(a, as, " "); for (i in as) { split(as[i], kv, "="); d = kv[2] - t0[kv[1]]; if (d > 0) out = out sprintf("%s%s=%.2f", (out == "" ? "" : " "), kv[1], d * 1000 / hz / n) }
      print out }')"
}

rps_of() { awk -F'\t' -v s="$1" -v m="$2" '$1 == s && $2 == m { print $5 }' "$RESULTS"; }
col_of() { awk -F'\t' -v s="$1" -v m="$2" -v c="$3" '$1 == s && $2 == m { print $c }' "$RESULTS"; }

# --- the platform -------------------------------------------------------------------------------------------
PLATFORM_PID=
NGINX_PID=
stop_platform() {
  if [ -n "$PLATFORM_PID" ] && kill -0 "$PLATFORM_PID" 2>/dev/null; then
    say "stopping the platform (SIGTERM to the launcher, pid $PLATFORM_PID)"
    kill -TERM "$PLATFORM_PID" 2>/dev/null || true
    for _ in $(seq 1 120); do kill -0 "$PLATFORM_PID" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$PLATFORM_PID" 2>/dev/null && kill -KILL "$PLATFORM_PID" 2>/dev/null
  fi
  PLATFORM_PID=
}
stop_nginx() {
  if [ -n "$NGINX_PID" ]; then
    kill -QUIT "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
    NGINX_PID=
  fi
}
trap 'stop_nginx; stop_platform' EXIT
trap 'exit 130' INT TERM

app_pid() { sed -n "s/.*started $1 (pid \([0-9]*\)).*/\1/p" "$OUT/platform.log" | tail -1; }
APPS="gateway intake-service citizen-service notification-service"

# Starts the run command and waits until the four applications answer /actuator/health with UP; sets STARTED_IN.
start_platform() {
  : > "$OUT/platform.log"
  for port in "$GATEWAY_PORT" "$INTAKE_PORT" "$CITIZEN_PORT" "$NOTIFICATION_PORT" "$WEB_PORT" "$POSTGRES_PORT"; do
    for _ in $(seq 1 60); do (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null || break; sleep 0.5; done
    if (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "bench: port $port is in use: stop the running platform first (Ctrl-C in its terminal)" >&2
      exit 4
    fi
  done
  local start now
  start=$(date +%s.%N)
  PLATFORM_SKIP_BUILD=1 deploy/run.sh > "$OUT/platform.log" 2>&1 &
  PLATFORM_PID=$!
  while :; do
    kill -0 "$PLATFORM_PID" 2>/dev/null || { tail -20 "$OUT/platform.log" >&2; echo "bench: the platform did not start" >&2; exit 5; }
    local up=0
    for port in "$GATEWAY_PORT" "$INTAKE_PORT" "$CITIZEN_PORT" "$NOTIFICATION_PORT"; do
      curl -sf -o /dev/null --max-time 2 "http://localhost:$port/actuator/health" && up=$((up + 1))
    done
    # ready: every application healthy and the launcher done starting (it handles SIGTERM only from then on)
    [ "$up" = 4 ] && grep -q "platform ready" "$OUT/platform.log" && break
    now=$(date +%s.%N)
    if awk -v s="$start" -v n="$now" 'BEGIN { exit !(n - s > 600) }'; then
      echo "bench: the platform was not ready within 600 s" >&2; exit 5
    fi
    sleep 0.2
  done
  now=$(date +%s.%N)
  STARTED_IN=$(awk -v s="$start" -v n="$now" 'BEGIN { printf "%.1f", n - s }')
}

rss_mib() {
  local pids total=0 pid rss
  for app in $APPS; do
    pid=$(app_pid "$app")
    rss=$(ps -o rss= -p "$pid" 2>/dev/null | tr -d ' ')
    total=$((total + ${rss:-0}))
  done
  echo $((total / 1024))
}
rss_detail() {
  local out="" pid rss
  for app in $APPS; do
    pid=$(app_pid "$app")
    rss=$(ps -o rss= -p "$pid" 2>/dev/null | tr -d ' ')
    out="$out $app=$(( ${rss:-0} / 1024 ))MiB"
  done
  echo "${out# }"
}

if ! ls gateway/target/gateway.jar intake-service/target/intake-service.jar citizen-service/target/citizen-service.jar \
  notification-service/target/notification-service.jar web/target/web.jar deploy/target/platform-launcher.jar >/dev/null 2>&1; then
  say "building the platform (./mvnw -q -B -DskipTests package)"
  ./mvnw -q -B -DskipTests package
fi

say "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1)"
say "$(java -version 2>&1 | head -1); $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2); $(nginx -v 2>&1); $(pgbench --version)"
rm -rf "$PLATFORM_DATA_DIR"
say "starting the platform on a fresh data directory ($PLATFORM_DATA_DIR); uptime: $(uptime)"
start_platform
fact "start to all healthy, fresh data directory (s)" "$STARTED_IN"
if [ "$SMOKE" = 0 ]; then
  stop_platform
  say "starting again on the same data; uptime: $(uptime)"
  start_platform
  fact "cold start to all healthy, existing data (s)" "$STARTED_IN"
fi
fact "RSS after start (MiB, 4 applications)" "$(rss_mib) ($(rss_detail))"
GATEWAY=http://localhost:$GATEWAY_PORT
INTAKE=http://localhost:$INTAKE_PORT
DAY=$(TZ=Asia/Ho_Chi_Minh date +%y%m%d)

# Cold JVMs answer the first requests in seconds, which times calls out and opens breakers: a gentle mix
# (filings, actions, look-ups, GETs) first, not measured.
warm_up() {
  local seconds=$1 round line
  # first one filing at a time until filings answer within 1.5 s (at most 20 rounds of 3 s) ...
  for round in $(seq 1 20); do
    next_space
    line=$(BENCH_ID_SPACE=$SPACE BENCH_PREFIX=/api/v1/intake wrk -t1 -c1 -d3s --timeout 20s \
      -s "$BENCH_WRK_DIR/create.lua" "$GATEWAY" 2>&1 | grep '^RESULT' || true)
    say "warm-up $round: ${line#RESULT all }"
    echo "$line" | awk '{ for (i = 3; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } }
      END { exit !(v["requests"] > 0 && v["p99_ms"] < 1500 && v["errors"] == 0) }' && break
  done
  # ... then the whole mix at a gentle rate
  say "warming up for ${seconds}s at 20 requests/s (not measured)"
  next_space
  BENCH_ID_SPACE=$SPACE BENCH_RATE=20 BENCH_PREFIX=/api/v1/intake wrk -t"$THREADS" -c4 -d"${seconds}s" \
    --timeout 10s -s "$BENCH_WRK_DIR/peak.lua" "$GATEWAY" > "$OUT/warm-up.txt" 2>&1 || true
  grep '^RESULT' "$OUT/warm-up.txt" | sed 's/^/[bench]   warm-up /' | tee -a "$OUT/bench.log" || true
}
warm_up "$([ "$SMOKE" = 1 ] && echo 6 || echo 30)"

# --- a. gateway overhead ------------------------------------------------------------------------------------
start_nginx() {
  local port=18090
  while (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  mkdir -p "$OUT/nginx"
  cat > "$OUT/nginx/nginx.conf" <<EOF
# A plain reverse proxy to intake-service, keep-alive to the upstream; the access log on, buffered.
worker_processes auto;
daemon off;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log $OUT/nginx/access.log combined buffer=64k flush=1s;
  upstream intake { server 127.0.0.1:$INTAKE_PORT; keepalive 64; }
  server {
    listen 127.0.0.1:$port;
    location / {
      proxy_pass http://intake;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
    }
  }
}
EOF
  nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" -e "$OUT/nginx/error.log" &
  NGINX_PID=$!
  for _ in $(seq 1 50); do (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
  NGINX=http://127.0.0.1:$port
}

# Measures one GET on the service, through nginx and through the gateway (warming each up first).
three_ways() {
  local name=$1 targets=$2 profile=${3:-}
  for way in direct nginx gateway; do
    local url=$INTAKE prefix=""
    [ "$way" = nginx ] && url=$NGINX
    [ "$way" = gateway ] && url=$GATEWAY prefix=/api/v1/intake
    if [ "$WARMUP" -gt 0 ]; then
      BENCH_LABEL=warmup BENCH_PREFIX=$prefix BENCH_TARGETS=$targets \
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -s "$BENCH_WRK_DIR/get.lua" "$url" > /dev/null 2>&1 || true
    fi
    if [ "$way" = gateway ] && [ -n "$profile" ]; then
      jcmd "$(app_pid gateway)" JFR.start name=bench settings=profile duration="${DURATION}s" \
        filename="$OUT/gateway-${name// /-}.jfr" > /dev/null 2>&1 || say "(could not start JFR on the gateway)"
    fi
    run_wrk overhead "$name $way" get.lua "$url" "$CONNECTIONS" "$DURATION" BENCH_PREFIX="$prefix" BENCH_TARGETS="$targets"
  done
}

# Where the gateway's CPU went during the recording (bench/jfr-parts.sh), for docs/benchmarks.md.
summarize_jfr() {
  local jfr=$1
  [ -f "$jfr" ] || return 0
  sleep 2
  bench/jfr-parts.sh "$jfr" > "${jfr%.jfr}-parts.txt" 2>&1 || true
  sed 's/^/[bench]   /' "${jfr%.jfr}-parts.txt" | tee -a "$OUT/bench.log"
}

scenario_overhead() {
  say "== a. gateway overhead"
  start_nginx
  local cheap=$OUT/targets-cheap.txt dossiers=$OUT/targets-dossier.txt
  while read -r ward; do
    echo "/calendar/due-time?receivedAt=2026-02-12T09:30&amount=5&unit=WORKING_DAYS $ward"
  done < bench/wards.txt > "$cheap"
  local profile=""
  [ "$SMOKE" = 0 ] && command -v jcmd > /dev/null && profile=yes
  three_ways "cheap GET" "$cheap" "$profile"
  summarize_jfr "$OUT/gateway-cheap-GET.jfr"
  # dossiers to read: filed through the gateway, then picked at random from the database
  next_space
  BENCH_ID_SPACE=$SPACE BENCH_PREFIX=/api/v1/intake wrk -t"$THREADS" -c8 -d"$([ "$SMOKE" = 1 ] && echo 2 || echo 5)s" \
    --timeout 10s -s "$BENCH_WRK_DIR/create.lua" "$GATEWAY" > "$OUT/overhead-setup.txt" 2>&1
  sql intake "select '/dossiers/' || code || ' ' || ward_code from dossier order by random() limit 1000" > "$dossiers"
  say "reading $(wc -l < "$dossiers") dossiers at random"
  three_ways "dossier GET" "$dossiers"
  stop_nginx
}

# --- b. dossier creation against pgbench --------------------------------------------------------------------
scenario_create() {
  say "== b. dossier creation against pgbench"
  if [ "$WARMUP" -gt 0 ]; then
    next_space
    BENCH_ID_SPACE=$SPACE BENCH_PREFIX=/api/v1/intake wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s \
      -s "$BENCH_WRK_DIR/create.lua" "$GATEWAY" > /dev/null 2>&1 || true
  fi
  run_wrk create "filing (gateway)" create.lua "$GATEWAY" "$CONNECTIONS" "$CREATE_SECONDS" BENCH_PREFIX=/api/v1/intake
  psql -h localhost -p "$POSTGRES_PORT" -U postgres -X -q -v ON_ERROR_STOP=1 -d intake -f bench/pgbench/schema.sql
  local load raw=$OUT/create-pgbench.txt
  load=$(load1)
  say "create/pgbench: pgbench -M prepared -c $PGBENCH_CLIENTS -j $THREADS -T $DURATION (load $load; $(uptime | sed 's/.*load/load/'))"
  rm -f "$OUT"/pgbench_log.*
  PGOPTIONS='-c search_path=bench,public' pgbench -h localhost -p "$POSTGRES_PORT" -U postgres -n -M prepared \
    -c "$PGBENCH_CLIENTS" -j "$THREADS" -T "$DURATION" -l --log-prefix="$OUT/pgbench_log" -f bench/pgbench/create.sql intake \
    > "$raw" 2>&1 || { cat "$raw" >&2; return 1; }
  local tps failed
  tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$raw")
  failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$raw")
  cat "$OUT"/pgbench_log.* | awk '{ print $3 / 1000 }' | sort -n > "$OUT/pgbench-latencies.txt"
  local n p50 p95 p99 max
  n=$(wc -l < "$OUT/pgbench-latencies.txt")
  pct() { sed -n "$(awk -v n="$n" -v p="$1" 'BEGIN { r = int(n * p / 100); if (r < n * p / 100) r++; if (r < 1) r = 1; print r }')p" "$OUT/pgbench-latencies.txt"; }
  p50=$(pct 50) p95=$(pct 95) p99=$(pct 99) max=$(tail -1 "$OUT/pgbench-latencies.txt")
  printf 'create\tpgbench (same inserts)\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$DURATION" "$tps" "$p50" "$p95" "$p99" "$max" \
    "${failed:-0}" "$load" >> "$RESULTS"
  say "  pgbench: $n transactions, tps $tps, p50 $p50 ms, p99 $p99 ms, failed ${failed:-0}"
  rm -f "$OUT"/pgbench_log.*
  sql intake "drop schema bench cascade"
}

# --- c. twice the national peak hour ------------------------------------------------------------------------
# An outbox's deliveries not yet accepted by their consumer, and its events not yet routed to their consumers.
UNRELAYED="select (select count(*) from outbox_delivery where published_at is null) + (select count(*) from outbox_event where routed_at is null)"
# Waits until both outboxes are published and no message is waiting (or the time runs out).
await_quiet() {
  local seconds=$1 since=$2 waiting
  for _ in $(seq 1 $((seconds * 2))); do
    waiting=$(( $(sql intake "$UNRELAYED") + $(sql citizen "$UNRELAYED") \
      + $(sql notification "select count(*) from message where created_at >= '$since' and status in ('CREATED', 'SENDING', 'TEMPORARY_FAILURE')") ))
    [ "$waiting" = 0 ] && return 0
    sleep 0.5
  done
  say "still waiting after ${seconds}s: $waiting events or messages; messages by status:"
  sql notification "select channel || ' ' || status || ' attempts=' || attempts || ': ' || count(*) from message
    where created_at >= '$since' and status <> 'SENT' group by channel, status, attempts" | sed 's/^/[bench]   /' | tee -a "$OUT/bench.log"
}

scenario_peak() {
  say "== c. twice the national peak hour: $PEAK_RATE requests/s (1 filing : 5 status changes : 5 look-ups) for ${PEAK_SECONDS}s"
  fact "c. target rate (requests/s: 1 filing, 5 status changes, 5 look-ups per dossier)" "$PEAK_RATE"
  if [ "$WARMUP" -gt 0 ]; then
    next_space
    BENCH_ID_SPACE=$SPACE BENCH_RATE=$((PEAK_RATE / 4)) BENCH_PREFIX=/api/v1/intake wrk -t"$THREADS" -c"$PEAK_CONNECTIONS" \
      -d"${WARMUP}s" --timeout 10s -s "$BENCH_WRK_DIR/peak.lua" "$GATEWAY" > /dev/null 2>&1 || true
    await_quiet 120 "$(sql intake "select now() - interval '1 hour'")"
  fi
  local since rss_max=0 sampler backlog
  since=$(sql intake "select now()")
  ( while :; do rss_mib; sleep 5; done ) > "$OUT/peak-rss.txt" 2>/dev/null &
  sampler=$!
  run_wrk peak "mix" peak.lua "$GATEWAY" "$PEAK_CONNECTIONS" "$PEAK_SECONDS" BENCH_RATE="$PEAK_RATE" BENCH_PREFIX=/api/v1/intake
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  local until
  until=$(sql intake "select now()")
  rss_max=$(sort -n "$OUT/peak-rss.txt" | tail -1)
  fact "RSS during the peak, highest sample (MiB, 4 applications)" "${rss_max:-?} (at the end: $(rss_detail))"
  backlog=$(( $(sql intake "$UNRELAYED") + $(sql citizen "$UNRELAYED") ))
  fact "events not yet relayed when the load stopped" "$backlog"
  await_quiet "$([ "$SMOKE" = 1 ] && echo 60 || echo 300)" "$since"
  # event (outbox row written in the dossier's transaction) -> message handed to the SMTP server / SMS adapter
  local lag
  lag=$(sql notification "select count(*), count(sent_at),
      coalesce(round(percentile_cont(0.5) within group (order by extract(epoch from sent_at - event_occurred_at))::numeric * 1000, 1), 0),
      coalesce(round(percentile_cont(0.95) within group (order by extract(epoch from sent_at - event_occurred_at))::numeric * 1000, 1), 0),
      coalesce(round(percentile_cont(0.99) within group (order by extract(epoch from sent_at - event_occurred_at))::numeric * 1000, 1), 0),
      coalesce(round(max(extract(epoch from sent_at - event_occurred_at))::numeric * 1000, 1), 0),
      count(*) filter (where status like '%FAILURE')
    from message where event_occurred_at >= '$since' and event_occurred_at < '$until'")
  IFS='|' read -r messages sent p50 p95 p99 max failed <<< "$lag"
  printf 'peak\tmessage lag, event to sent (%s messages)\t%s\t%s\t-\t%s\t%s\t%s\t%s\t%s\t-\n' "$messages" "$sent" "$PEAK_SECONDS" \
    "$p50" "$p95" "$p99" "$max" "$failed" >> "$RESULTS"
  fact "c. messages not sent by the end of the wait" "$((messages - sent))"
  say "  messages for events of the run: $messages, sent $sent, failed $failed; lag p50 $p50 ms, p99 $p99 ms, max $max ms"
}

# --- d. notification throughput -----------------------------------------------------------------------------
scenario_notify() {
  say "== d. notification throughput (events into notification-service, sent by its dispatcher)"
  local since
  since=$(sql notification "select now()")
  run_wrk notify "events in" events.lua "http://localhost:$NOTIFICATION_PORT" "$([ "$SMOKE" = 1 ] && echo 4 || echo 16)" \
    "$([ "$SMOKE" = 1 ] && echo 2 || echo "$DURATION")" BENCH_DAY="$DAY"
  await_quiet "$([ "$SMOKE" = 1 ] && echo 60 || echo 300)" "$since"
  local channel line count sent seconds p50 p95 p99 max failed
  for channel in SMS EMAIL; do
    line=$(sql notification "select count(*), count(sent_at),
        greatest(extract(epoch from max(sent_at) - min(created_at)), 0.001),
        round(percentile_cont(0.5) within group (order by extract(epoch from sent_at - created_at))::numeric * 1000, 1),
        round(percentile_cont(0.95) within group (order by extract(epoch from sent_at - created_at))::numeric * 1000, 1),
        round(percentile_cont(0.99) within group (order by extract(epoch from sent_at - created_at))::numeric * 1000, 1),
        round(max(extract(epoch from sent_at - created_at))::numeric * 1000, 1),
        count(*) filter (where status like '%FAILURE')
      from message where created_at >= '$since' and channel = '$channel'")
    IFS='|' read -r count sent seconds p50 p95 p99 max failed <<< "$line"
    printf 'notify\t%s sent (queued to sent)\t%s\t%.2f\t%.1f\t%s\t%s\t%s\t%s\t%s\t-\n' "$channel" "$sent" "$seconds" \
      "$(awk -v n="$sent" -v s="$seconds" 'BEGIN { print n / s }')" "${p50:-0}" "${p95:-0}" "${p99:-0}" "${max:-0}" \
      "$failed" >> "$RESULTS"
    say "  $channel: $count queued, $sent sent in ${seconds}s, failed $failed"
    fact "d. $channel messages not sent by the end of the wait" "$((count - sent))"
  done
}

# --- e. the officer's pages -----------------------------------------------------------------------------------
# One officer's session cookie: the demo login's authorization-code flow as a browser walks it, through the gateway.
sign_in_officer() {
  local jar=$1 authorize back
  curl -s -o /dev/null -c "$jar" -b "$jar" -H 'Accept: text/html' "$GATEWAY/officer"
  authorize=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$GATEWAY/oauth2/authorization/onestop")
  # the provider's page posts the same parameters with the user picked
  back=$(curl -s -o /dev/null -w '%{redirect_url}' --data-raw "${authorize#*\?}&user=officer" "${authorize%%\?*}")
  curl -s -o /dev/null -c "$jar" -b "$jar" "$back"
  awk -F'\t' '$6 == "ONESTOP_SESSION" { print "ONESTOP_SESSION=" $7 }' "$jar"
}

scenario_pages() {
  local officers=${BENCH_PAGE_OFFICERS:-50} seconds=$([ "$SMOKE" = 1 ] && echo 2 || echo "$DURATION")
  say "== e. the officer's pages: $officers officers signed in, through the gateway"
  for _ in $(seq 1 120); do curl -sf -o /dev/null --max-time 2 "http://localhost:$WEB_PORT/actuator/health" && break; sleep 0.5; done
  # the demo officer's ward (20242) gets dossiers of its own: a full inbox and dossiers to open
  echo 20242 > "$OUT/pages-ward.txt"
  next_space
  BENCH_ID_SPACE=$SPACE BENCH_WARDS=$OUT/pages-ward.txt BENCH_PREFIX=/api/v1/intake wrk -t1 -c4 \
    -d"$([ "$SMOKE" = 1 ] && echo 2 || echo 10)s" --timeout 20s -s "$BENCH_WRK_DIR/create.lua" "$GATEWAY" > "$OUT/pages-setup.txt" 2>&1
  local targets=$OUT/targets-pages.txt cookies=$OUT/pages-cookies.txt
  { echo "inbox /officer"
    sql intake "select 'dossier /officer/dossiers/' || code from dossier where ward_code = '20242' order by random() limit 500"
    echo "file /officer/file/HT-XAC-NHAN-HON-NHAN"; } > "$targets"
  : > "$cookies"
  for i in $(seq 1 "$officers"); do sign_in_officer "$OUT/pages-jar-$i.txt" >> "$cookies"; done
  rm -f "$OUT"/pages-jar-*.txt
  say "signed in $(grep -c ONESTOP_SESSION "$cookies") officers; $(grep -c '^dossier' "$targets") dossiers of ward 20242 to open"
  [ "$(grep -c ONESTOP_SESSION "$cookies")" -gt 0 ] || { echo "bench: no officer could sign in at the demo login" >&2; return 1; }
  fact "e. bytes of a page on the wire (gzip; inbox, dossier, filing form)" "$(for path in /officer \
      "$(sed -n 's/^dossier //p' "$targets" | head -1)" /officer/file/HT-XAC-NHAN-HON-NHAN; do
      curl -s -o /dev/null -w '%{size_download} ' -H 'Accept-Encoding: gzip' -H "Cookie: $(head -1 "$cookies")" "$GATEWAY$path"
    done)"
  # web's JIT and heap need minutes of pages: with 15 s each its CPU per page was about 3 times that after 60 s
  local warmup=${BENCH_PAGE_WARMUP:-$([ "$WARMUP" -gt 0 ] && echo 60 || echo 0)}
  if [ "$warmup" -gt 0 ]; then
    # a cold web JVM at 50 connections answers in seconds: the gateway's time limit (5 s) and then its breaker
    # would answer for it; so 4 connections first, then all of them
    local c
    for c in 4 "$officers"; do
      BENCH_PAGE_TARGETS=$targets BENCH_PAGE_COOKIES=$cookies wrk -t"$THREADS" -c"$c" -d"${warmup}s" --timeout 10s \
        -s "$BENCH_WRK_DIR/pages.lua" "$GATEWAY" > "$OUT/pages-warm-up-$c.txt" 2>&1 || true
      grep '^RESULT all' "$OUT/pages-warm-up-$c.txt" | sed "s/^/[bench]   warm-up, $c connections: /" | tee -a "$OUT/bench.log" || true
    done
  fi
  web_metrics "$OUT/pages-web-before.prom"
  profile_web start
  run_wrk pages "officers" pages.lua "$GATEWAY" "$officers" "$seconds" BENCH_PAGE_TARGETS="$targets" BENCH_PAGE_COOKIES="$cookies"
  profile_web stop
  web_metrics "$OUT/pages-web-after.prom"
  web_times pages "server" http_server_requests_seconds "$seconds" "$OUT/pages-web-before.prom" "$OUT/pages-web-after.prom"
  web_times pages "web to API" http_client_requests_seconds "$seconds" "$OUT/pages-web-before.prom" "$OUT/pages-web-after.prom"
}

# With BENCH_ASYNC_PROFILER (the path of async-profiler's libasyncProfiler.so, e.g. from the Maven artifact
# tools.profiler:async-profiler): web's CPU profile of the measured run, as collapsed stacks (web-pages.collapsed).
profile_web() {
  [ -n "${BENCH_ASYNC_PROFILER:-}" ] || return 0
  local pid
  pid=$(app_pid web)
  # jcmd splits its arguments at commas unless quoted; it exits 0 whatever the agent answered
  local options="start,event=cpu,interval=1ms"
  [ "$1" = start ] || options="stop,collapsed,file=$OUT/web-pages.collapsed"
  jcmd "$pid" JVMTI.agent_load "$BENCH_ASYNC_PROFILER" "\"$options\"" 2>&1 | grep -q 'return code: 0' ||
    say "(async-profiler in web: $1 failed)"
}

# web's own /actuator/prometheus (its histograms of page times and of its calls to the API), with the MONITOR token.
web_metrics() {
  local token
  token=$(sed -n 's/^export MONITOR_TOKEN=//p' "$PLATFORM_DEMO_TOKENS")
  curl -sf --max-time 10 -H "Authorization: Bearer $token" "http://localhost:$WEB_PORT/actuator/prometheus" > "$1" || {
    say "(could not read web's metrics: $1 is empty)"; : > "$1"; }
}

# Rows "<name> <method> <uri>" of results.tsv from one of web's timers between two scrapes (bench/histogram.awk):
# count, p50/p95/p99 as web measured them (no max: a histogram has none), answers other than 2xx as errors.
web_times() {
  local scenario=$1 name=$2 metric=$3 seconds=$4 before=$5 after=$6 load
  load=$(load1)
  awk -v metric="$metric" -f bench/histogram.awk "$before" "$after" | sort -t$'\t' -k2,2 -k1,1 |
    while IFS=$'\t' read -r method uri count p50 p95 p99 failed within; do
      printf '%s\t%s %s %s\t%s\t%s\t%s\t%s\t%s\t%s\t-\t%s\t%s\n' "$scenario" "$name" "$method" "$uri" "$count" "$seconds" \
        "$(awk -v n="$count" -v s="$seconds" 'BEGIN { printf "%.1f", n / s }')" "$p50" "$p95" "$p99" "$failed" "$load" >> "$RESULTS"
      case $within in -*) within="" ;; *) within=", within 100 ms $within %" ;; esac
      say "  $name $method $uri: $count, p50 $p50 ms, p95 $p95 ms, p99 $p99 ms, not 2xx $failed$within"
    done
}

# --- f. the walk-in queue (issue 16) -----------------------------------------------------------------------
# vn.onestop.bench.QueueLoad (JDK only, compiled here): takes through the gateway at a steady rate, counters that
# call, start and finish, one display per ward on the public event stream; prints RESULT lines per kind.
queue_load() {
  local name=$1 wards=$2 rate=$3 counters=$4 serve_ms=$5 seconds=$6 raw=$OUT/queue-$1.txt before load
  load=$(load1)
  say "queue/$name: $(echo "$wards" | tr ',' '\n' | wc -l) centers, $rate tickets/s, $counters counters each, ${seconds}s (load $load)"
  before=$(cpu_ticks_of_apps)
  mkdir -p "$OUT/queue-$name"
  QUEUE_GATEWAY=$GATEWAY QUEUE_TOKENS=$PLATFORM_DEMO_TOKENS QUEUE_WARDS=$wards QUEUE_TAKE_RATE=$rate \
    QUEUE_COUNTERS=$counters QUEUE_SERVE_MS=$serve_ms QUEUE_SECONDS=$seconds QUEUE_WARMUP=$([ "$SMOKE" = 1 ] && echo 1 || echo 10) \
    QUEUE_OUT=$OUT/queue-$name java -cp "$OUT/queue-classes" vn.onestop.bench.QueueLoad > "$raw" 2>&1 || { cat "$raw" >&2; return 1; }
  local requests
  requests=$(awk '$1 == "RESULT" { for (i = 3; i <= NF; i++) if ($i ~ /^count=/) { sub(/count=/, "", $i); n += $i } } END { print n + 0 }' "$raw")
  printf 'RESULT all requests=%s\n' "$requests" > "$raw.all"
  cpu_per_request queue "$name" "$before" "$(cpu_ticks_of_apps)" "$raw.all"
  awk -v name="$name" -v seconds="$seconds" -v load="$load" '$1 == "RESULT" && $2 != "kind=client-saturated" {
      for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      printf "queue\t%s %s\t%s\t%s\t%.1f\t%s\t-\t%s\t%s\t%s\t%s\n", name, v["kind"], v["count"], seconds,
        v["count"] / seconds, v["p50_ms"], v["p99_ms"], v["max_ms"], v["errors"], load }' "$raw" >> "$RESULTS"
  grep '^RESULT' "$raw" | sed "s/^/[bench]   /" | tee -a "$OUT/bench.log"
}

scenario_queue() {
  say "== f. the walk-in queue: opening rush, national morning"
  mkdir -p "$OUT/queue-classes"
  local file sources=()
  for file in QueueLoad Board Latencies Tokens EventLines OpeningToday; do
    sources+=("deploy/src/test/java/vn/onestop/bench/$file.java")
  done
  javac -encoding UTF-8 -d "$OUT/queue-classes" "${sources[@]}"
  if [ "$SMOKE" = 1 ]; then
    queue_load rush 20242 2 3 0 4
    queue_load national "$(head -20 bench/wards.txt | paste -sd,)" 20 1 0 4
    return
  fi
  # 300 tickets in 30 minutes at one center with 14 counters, played six times faster (1 a second for 300 s);
  # an officer serves each ticket 5 s
  queue_load rush 20242 "${BENCH_QUEUE_RUSH_RATE:-1}" 14 5000 "${BENCH_QUEUE_RUSH_SECONDS:-300}"
  local centers
  for centers in ${BENCH_QUEUE_CENTERS:-100 300 1000 3321}; do
    queue_load "national-$centers" "$(grep -v '^#' bench/wards-national.txt | head -"$centers" | paste -sd,)" "$centers" 1 0 \
      "${BENCH_QUEUE_SECONDS:-60}"
  done
}

for scenario in "${SCENARIOS[@]}"; do
  "scenario_$scenario"
done
fact "RSS at the end (MiB, 4 applications)" "$(rss_mib) ($(rss_detail))"
fact "uptime at the end" "$(uptime)"
stop_platform

bench/report.sh "$OUT" "$SMOKE" > "$OUT/results.md"
cat "$OUT/results.md"
say "results: $OUT/results.md"
if [ "$SMOKE" = 1 ]; then
  awk -F'\t' 'NR > 1 && ($3 + 0 == 0 || ($5 != "-" && $5 + 0 == 0) || $10 + 0 != 0) { print "bench: smoke failed: " $1 " / " $2 ": " $3 " requests, " $5 "/s, " $10 " errors"; bad = 1 }
    END { exit bad }' "$RESULTS" >&2
fi
