#!/usr/bin/env bash
# The fault suite of issue #14 (docs/reliability.md): starts the platform with the run command on a fresh data
# directory, SMS going to an HTTP fake and e-mail to an SMTP sink (vn.onestop.faults.MessageSinks), files dossiers
# through the gateway at a steady rate (vn.onestop.faults.FilingLoad: an Idempotency-Key per filing, each retried
# with its key until it is filed or given up), and meanwhile
#   kills     kill -9 each application and PostgreSQL in turn, and measures how long until it serves again
#             (the launcher restarts it; this script never does);
#   outage    stops the SMS provider and the SMTP server for a while (5 minutes; --smoke: 20 s), reads the
#             notification breakers from notification-service's /actuator/prometheus, starts them again;
# then stops the load, lets the platform settle (polled with a deadline) and checks, with SQL over the three
# databases and the sinks' journals:
#   every key has exactly one dossier, no submitter has two, and the codes are gap-free per agency per day;
#   every dossier has exactly one SMS and one e-mail "received" notice, sent, and each reached the sink once
#   (an e-mail: under one Message-ID);
#   no outbox holds unpublished events, and no dossier waits for its citizen link.
#
#   bench/faults.sh [--smoke] [kills] [outage]
#
# No phase named: both. --smoke: a short load, short pauses, a 20 s outage (the test command runs it in
# deploy's FaultsSmokeIT). Exit code 0 only when every check holds and every killed part came back.
# Needs psql and curl (Debian: postgresql-client curl), and a JDK (java runs the load and the sinks from source).
# Results: target/faults/<time>/results.md (and results.tsv, filings.tsv, the logs); target/faults/latest.
# Settings: FAULTS_OUT, FAULTS_RATE (filings a second), FAULTS_STEADY_SECONDS (load between two faults),
# FAULTS_OUTAGE_SECONDS, FAULTS_RECOVER_SECONDS (how long a killed part may take to serve again),
# FAULTS_SETTLE_SECONDS, FAULTS_SMTP_PORT, FAULTS_SMS_PORT, FAULTS_WARDS, and the platform's own variables.
# The whole script is one block, read before it runs: editing the file during a run does not change that run.
{
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
ROOT=$PWD

SMOKE=0
PHASES=()
for arg in "$@"; do
  case "$arg" in
    --smoke) SMOKE=1 ;;
    kills | outage) PHASES+=("$arg") ;;
    -h | --help) sed -n '2,26p' "$0"; exit 0 ;;
    *) echo "faults: unknown argument $arg (see bench/faults.sh --help)" >&2; exit 2 ;;
  esac
done
[ ${#PHASES[@]} -gt 0 ] || PHASES=(kills outage)

for tool in psql curl java javac ss; do
  command -v "$tool" >/dev/null || { echo "faults: $tool is not installed (Debian: postgresql-client curl iproute2)" >&2; exit 3; }
done

# --- settings -----------------------------------------------------------------------------------------------
export GATEWAY_PORT=${GATEWAY_PORT:-8080} INTAKE_PORT=${INTAKE_PORT:-8081} CITIZEN_PORT=${CITIZEN_PORT:-8082}
export NOTIFICATION_PORT=${NOTIFICATION_PORT:-8083} WEB_PORT=${WEB_PORT:-8084} POSTGRES_PORT=${POSTGRES_PORT:-54329}
SMTP_PORT=${FAULTS_SMTP_PORT:-2525} SMS_PORT=${FAULTS_SMS_PORT:-8099}
if [ "$SMOKE" = 1 ]; then
  RATE=${FAULTS_RATE:-3} STEADY=${FAULTS_STEADY_SECONDS:-8} OUTAGE=${FAULTS_OUTAGE_SECONDS:-20}
  SETTLE=${FAULTS_SETTLE_SECONDS:-300} GIVE_UP=${FAULTS_GIVE_UP_SECONDS:-600}
  # short waits, so that the smoke's messages are sent soon after its short outage
  export NOTIFICATION_CHANNELS_BREAKER_WAITINOPENSTATE=${NOTIFICATION_CHANNELS_BREAKER_WAITINOPENSTATE:-10s}
  export NOTIFICATION_DELIVERY_RETRY_INITIALBACKOFF=${NOTIFICATION_DELIVERY_RETRY_INITIALBACKOFF:-3s}
  export NOTIFICATION_DELIVERY_RETRY_MAXBACKOFF=${NOTIFICATION_DELIVERY_RETRY_MAXBACKOFF:-15s}
else
  RATE=${FAULTS_RATE:-5} STEADY=${FAULTS_STEADY_SECONDS:-60} OUTAGE=${FAULTS_OUTAGE_SECONDS:-300}
  SETTLE=${FAULTS_SETTLE_SECONDS:-900} GIVE_UP=${FAULTS_GIVE_UP_SECONDS:-900}
fi
RECOVER=${FAULTS_RECOVER_SECONDS:-300}
# a cold filing on a busy machine can take more than the gateway's 5 s; a timed-out filing is retried anyway
export GATEWAY_TIMEOUT=${GATEWAY_TIMEOUT:-30s}
# the launcher's own bound on a cold start (300 s) is short for a shared two-core machine
export PLATFORM_STARTUP_TIMEOUT_SECONDS=${PLATFORM_STARTUP_TIMEOUT_SECONDS:-600}
OUT=${FAULTS_OUT:-$ROOT/target/faults/$(date -u +%Y%m%dT%H%M%SZ)}
# an earlier run's files would be read as this run's: its load/stop stops the load at once, its sink journals
# count as this run's messages
if [ -n "$(ls -A "$OUT" 2>/dev/null)" ]; then
  echo "faults: $OUT is not empty (an earlier run's?): remove it or give another FAULTS_OUT" >&2
  exit 2
fi
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
mkdir -p "$ROOT/target/faults" && ln -sfn "$OUT" "$ROOT/target/faults/latest" 2>/dev/null || true
export PLATFORM_DATA_DIR=$OUT/data PLATFORM_DEMO_TOKENS=$OUT/data/demo-tokens.env
WARDS=${FAULTS_WARDS:-$(head -10 bench/wards.txt | paste -sd,)}
export PLATFORM_DEMO_WARDS=$WARDS
export RATE_LIMIT_ENABLED=true
for kind in PUBLIC SUBJECT WARD; do export "RATE_LIMIT_${kind}_PER_SECOND=100000" "RATE_LIMIT_${kind}_BURST=100000"; done
# SMS to the HTTP fake, e-mail to the SMTP sink (no TLS on the loopback)
export NOTIFICATION_SMS_PROVIDER=HTTP NOTIFICATION_SMS_HTTP_URL=http://127.0.0.1:$SMS_PORT/sms
# an SMS whose outcome is unknown (its sender was killed with the request in flight) is settled by asking the
# sink's status query; the sink sends no receipts, so there is no point in waiting a minute for one, and the
# backoff stays short so that a question the outage left unanswered is asked again within the settle phase
export NOTIFICATION_SMS_HTTP_STATUS_URL="http://127.0.0.1:$SMS_PORT/sms/status/{{reference}}"
export NOTIFICATION_DELIVERY_UNKNOWN_SMS_FIRST_QUERY_AFTER=${NOTIFICATION_DELIVERY_UNKNOWN_SMS_FIRST_QUERY_AFTER:-15s}
export NOTIFICATION_DELIVERY_UNKNOWN_SMS_INTERVAL=${NOTIFICATION_DELIVERY_UNKNOWN_SMS_INTERVAL:-2s}
export NOTIFICATION_DELIVERY_UNKNOWN_SMS_MAX_BACKOFF=${NOTIFICATION_DELIVERY_UNKNOWN_SMS_MAX_BACKOFF:-30s}
export NOTIFICATION_SMTP_HOST=127.0.0.1 NOTIFICATION_SMTP_PORT=$SMTP_PORT NOTIFICATION_SMTP_STARTTLS=false
SOURCES=$ROOT/deploy/src/test/java/vn/onestop/faults
CLASSES=$OUT/classes
RESULTS=$OUT/results.tsv
printf 'what\tvalue\n' > "$RESULTS"
: > "$OUT/faults.log"
FAILURES=0

say() { printf '[faults] %s\n' "$*" | tee -a "$OUT/faults.log"; }
figure() { printf '%s\t%s\n' "$1" "$2" >> "$RESULTS"; say "$1: $2"; }
failed() { FAILURES=$((FAILURES + 1)); say "FAILED: $*"; }
sql() { psql -h localhost -p "$POSTGRES_PORT" -U postgres -X -A -t -q -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }
now() { date +%s.%N; }
# Events not yet delivered: unpublished rows of outbox_event, or (with delivery per consumer, issue 14 line 4)
# events not yet routed and deliveries not yet published.
unpublished() {
  if [ "$(sql "$1" "select to_regclass('outbox_delivery') is not null")" = t ]; then
    sql "$1" "select (select count(*) from outbox_event where routed_at is null)
      + (select count(*) from outbox_delivery where published_at is null)"
  else
    sql "$1" "select count(*) from outbox_event where published_at is null"
  fi
}
since() { awk -v s="$1" -v n="$(now)" 'BEGIN { printf "%.1f", n - s }'; }
# The pid listening on a port (the launcher starts a new process for a killed one, so it is looked up each time).
pid_on() { ss -Hltnp "sport = :$1" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1; }
postgres_pid() { local f; f=$(find "$PLATFORM_DATA_DIR" -name postmaster.pid 2>/dev/null | head -1); [ -n "$f" ] && head -1 "$f" || true; }
ready() { curl -sf -o /dev/null --max-time 2 "http://localhost:$1/actuator/health/readiness"; }
port_of() {
  case "$1" in
    gateway) echo "$GATEWAY_PORT" ;; intake-service) echo "$INTAKE_PORT" ;;
    citizen-service) echo "$CITIZEN_PORT" ;; notification-service) echo "$NOTIFICATION_PORT" ;;
  esac
}
APPS="gateway intake-service citizen-service notification-service"
all_ready() { local app; for app in $APPS; do ready "$(port_of "$app")" || return 1; done; }

# --- the sinks ----------------------------------------------------------------------------------------------
SINKS_PID=
start_sinks() {
  java -cp "$CLASSES" vn.onestop.faults.MessageSinks "$SMTP_PORT" "$SMS_PORT" "$OUT/sinks" >> "$OUT/sinks.log" 2>&1 &
  SINKS_PID=$!
  local deadline=$((SECONDS + 60))
  until (echo > "/dev/tcp/127.0.0.1/$SMTP_PORT") 2>/dev/null && (echo > "/dev/tcp/127.0.0.1/$SMS_PORT") 2>/dev/null; do
    kill -0 "$SINKS_PID" 2>/dev/null || { cat "$OUT/sinks.log" >&2; echo "faults: the sinks did not start" >&2; exit 5; }
    [ $SECONDS -lt $deadline ] || { echo "faults: the sinks did not listen within 60 s" >&2; exit 5; }
    sleep 0.2
  done
}
stop_sinks() {
  if [ -n "$SINKS_PID" ]; then
    kill -TERM "$SINKS_PID" 2>/dev/null || true
    wait "$SINKS_PID" 2>/dev/null || true
    SINKS_PID=
  fi
}

# --- the platform -------------------------------------------------------------------------------------------
PLATFORM_PID=
LOAD_PID=
stop_platform() {
  if [ -n "$PLATFORM_PID" ] && kill -0 "$PLATFORM_PID" 2>/dev/null; then
    say "stopping the platform (SIGTERM to the launcher, pid $PLATFORM_PID)"
    kill -TERM "$PLATFORM_PID" 2>/dev/null || true
    for _ in $(seq 1 180); do kill -0 "$PLATFORM_PID" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$PLATFORM_PID" 2>/dev/null && kill -KILL "$PLATFORM_PID" 2>/dev/null
  fi
  PLATFORM_PID=
}
stop_load() {
  if [ -n "$LOAD_PID" ] && kill -0 "$LOAD_PID" 2>/dev/null; then kill -TERM "$LOAD_PID" 2>/dev/null || true; fi
  LOAD_PID=
}
trap 'stop_load; stop_platform; stop_sinks' EXIT
trap 'exit 130' INT TERM

start_platform() {
  for port in "$GATEWAY_PORT" "$INTAKE_PORT" "$CITIZEN_PORT" "$NOTIFICATION_PORT" "$WEB_PORT" "$POSTGRES_PORT"; do
    if (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "faults: port $port is in use: stop the running platform first" >&2
      exit 4
    fi
  done
  local start
  start=$(now)
  PLATFORM_SKIP_BUILD=1 deploy/run.sh > "$OUT/platform.log" 2>&1 &
  PLATFORM_PID=$!
  local deadline=$((SECONDS + 600))
  until all_ready && grep -q "platform ready" "$OUT/platform.log"; do
    kill -0 "$PLATFORM_PID" 2>/dev/null || { tail -20 "$OUT/platform.log" >&2; echo "faults: the platform did not start" >&2; exit 5; }
    [ $SECONDS -lt $deadline ] || { echo "faults: the platform was not ready within 600 s" >&2; exit 5; }
    sleep 0.5
  done
  figure "platform start to ready (s)" "$(since "$start")"
}

if ! ls gateway/target/gateway.jar intake-service/target/intake-service.jar citizen-service/target/citizen-service.jar \
  notification-service/target/notification-service.jar deploy/target/platform-launcher.jar >/dev/null 2>&1; then
  say "building the platform (./mvnw -q -B -DskipTests package)"
  ./mvnw -q -B -DskipTests package
fi

say "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); uptime: $(uptime)"
say "settings: smoke=$SMOKE phases=${PHASES[*]} rate=$RATE/s steady=${STEADY}s outage=${OUTAGE}s recover<=${RECOVER}s settle<=${SETTLE}s wards=$WARDS"
rm -rf "$PLATFORM_DATA_DIR"
# the load and the sinks: JDK only, compiled here once (the sinks start again after the outage at once)
javac -encoding UTF-8 -d "$CLASSES" "$SOURCES/MessageSinks.java" "$SOURCES/FilingLoad.java"
start_sinks
say "sinks: SMTP on $SMTP_PORT, SMS over HTTP on $SMS_PORT (pid $SINKS_PID)"
start_platform

# --- the load -----------------------------------------------------------------------------------------------
mkdir -p "$OUT/load"
FAULTS_GATEWAY=http://localhost:$GATEWAY_PORT FAULTS_TOKENS=$PLATFORM_DEMO_TOKENS FAULTS_WARDS=$WARDS FAULTS_RATE=$RATE \
  FAULTS_GIVE_UP_SECONDS=$GIVE_UP FAULTS_RUN="f$(date +%S)" FAULTS_OUT=$OUT/load \
  java -cp "$CLASSES" vn.onestop.faults.FilingLoad > "$OUT/load.log" 2>&1 &
LOAD_PID=$!
say "load: $RATE filings/s through the gateway (pid $LOAD_PID)"
# cold applications answer the first filings in seconds: the faults start once filings flow and messages go out
warm_start=$(now)
warm_deadline=$((SECONDS + 300))
until [ "$(cat "$OUT/sinks/sms.log" "$OUT/sinks/email.log" 2>/dev/null | wc -l)" -ge 20 ]; do
  [ $SECONDS -lt $warm_deadline ] || { failed "no 20 messages reached the sinks within 300 s of the load's start"; break; }
  sleep 1
done
figure "load start to 20 messages at the sinks (s)" "$(since "$warm_start")"
sleep "$STEADY"

# --- kills --------------------------------------------------------------------------------------------------
# kill -9 one part, then wait until a new process serves (every application ready, for PostgreSQL too: they
# must reconnect on their own).
kill_part() {
  local part=$1 pid start back=""
  if [ "$part" = postgres ]; then pid=$(postgres_pid); else pid=$(pid_on "$(port_of "$part")"); fi
  [ -n "$pid" ] || { failed "no process found for $part"; return; }
  say "kill -9 $part (pid $pid); uptime: $(uptime | sed 's/.*load/load/')"
  start=$(now)
  printf '%s\t%s\n' "$(date +%s%3N)" "$part" >> "$OUT/kills.tsv"
  kill -KILL "$pid"
  local deadline=$((SECONDS + RECOVER))
  while [ $SECONDS -lt $deadline ]; do
    local fresh
    if [ "$part" = postgres ]; then
      fresh=$(postgres_pid)
      [ -n "$fresh" ] && [ "$fresh" != "$pid" ] && sql intake "select 1" >/dev/null 2>&1 && all_ready && { back=$(since "$start"); break; }
    else
      fresh=$(pid_on "$(port_of "$part")")
      [ -n "$fresh" ] && [ "$fresh" != "$pid" ] && ready "$(port_of "$part")" && { back=$(since "$start"); break; }
    fi
    sleep 0.5
  done
  if [ -n "$back" ]; then
    figure "kill -9 $part: serving again after (s)" "$back"
  else
    figure "kill -9 $part: serving again after (s)" "not within ${RECOVER}s"
    failed "$part was not serving again within ${RECOVER}s of kill -9"
    # the next fault only once everything serves again (bounded), so that one slow start does not cascade
    local more=$((SECONDS + RECOVER))
    until all_ready || [ $SECONDS -ge $more ]; do sleep 1; done
  fi
}

phase_kills() {
  say "== kills"
  local part
  for part in gateway intake-service citizen-service notification-service postgres; do
    kill_part "$part"
    sleep "$STEADY"
  done
}

# --- the SMS provider and the SMTP server down --------------------------------------------------------------
# notification-service's channel breakers: "name=state" for each one whose state gauge is 1.
breakers() {
  curl -sf --max-time 3 -H "Authorization: Bearer $MONITOR_TOKEN" "http://localhost:$NOTIFICATION_PORT/actuator/prometheus" |
    awk '/^resilience4j_circuitbreaker_state\{/ && $NF + 0 == 1 {
      match($0, /name="[^"]*"/); n = substr($0, RSTART + 6, RLENGTH - 7)
      match($0, /state="[^"]*"/); s = substr($0, RSTART + 7, RLENGTH - 8)
      printf "%s%s=%s", (out++ ? " " : ""), n, s }'
}
waiting_messages() { sql notification "select count(*) from message where status in ('CREATED', 'SENDING', 'TEMPORARY_FAILURE')"; }

phase_outage() {
  say "== the SMS provider and the SMTP server down for ${OUTAGE}s"
  local start states seen="" most=0 waiting
  stop_sinks
  start=$(now)
  # down for the outage's length, and longer (at most 180 s) until both breakers have been seen open
  local until=$((SECONDS + OUTAGE)) cap=$((SECONDS + OUTAGE + 180))
  while [ $SECONDS -lt $until ] || { [ $SECONDS -lt $cap ] && ! { echo "$seen" | grep -q "sms-[a-z]*=open" && echo "$seen" | grep -q "email-[a-z]*=open"; }; }; do
    states=$(breakers || true)
    waiting=$(waiting_messages 2>/dev/null || echo 0)
    [ "${waiting:-0}" -gt "$most" ] && most=$waiting
    echo "$(date -u +%T) down $states waiting=$waiting" >> "$OUT/breakers.log"
    for b in $states; do case " $seen " in *" $b "*) ;; *) seen="$seen $b" ;; esac; done
    sleep 2
  done
  figure "outage: sinks down for (s)" "$(since "$start")"
  figure "outage: messages waiting, most" "$most"
  figure "outage: breaker states seen while down" "${seen# }"
  echo "$seen" | grep -q "sms-[a-z]*=open" || failed "the SMS breaker did not open during the outage"
  echo "$seen" | grep -q "email-[a-z]*=open" || failed "the e-mail breaker did not open during the outage"
  start_sinks
  say "sinks started again (pid $SINKS_PID)"
  local back
  back=$(now)
  local deadline=$((SECONDS + SETTLE)) closed=""
  while [ $SECONDS -lt $deadline ]; do
    states=$(breakers || true)
    waiting=$(waiting_messages 2>/dev/null || echo -1)
    echo "$(date -u +%T) up $states waiting=$waiting" >> "$OUT/breakers.log"
    if echo "$states" | grep -q "sms-[a-z]*=closed" && echo "$states" | grep -q "email-[a-z]*=closed"; then
      [ -n "$closed" ] || { closed=$(since "$back"); figure "outage: both breakers closed again after (s)" "$closed"; }
      [ "$waiting" = 0 ] && break
    fi
    sleep 2
  done
  [ -n "$closed" ] || failed "the breakers did not close within ${SETTLE}s of the sinks' return"
  figure "outage: messages waiting after the sinks' return, drained within (s)" "$( [ "$waiting" = 0 ] && since "$back" || echo "not within ${SETTLE}s ($waiting waiting)")"
}

MONITOR_TOKEN=$(sed -n 's/^export MONITOR_TOKEN=//p' "$PLATFORM_DEMO_TOKENS")
for phase in "${PHASES[@]}"; do
  "phase_$phase"
  sleep "$STEADY"
done

# --- stop the load, settle, check ---------------------------------------------------------------------------
say "stopping the load; it finishes (or gives up) the filings it has started"
touch "$OUT/load/stop"
wait "$LOAD_PID" || failed "the load generator failed (see load.log)"
LOAD_PID=
cat "$OUT/load.log" | tee -a "$OUT/faults.log"
summary=$(cat "$OUT/load/summary.txt")
value() { echo "$summary" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
figure "filings attempted" "$(value attempted)"
figure "filings filed (201)" "$(value filed)"
figure "filings given up" "$(value given_up)"
figure "filings refused (400/404/422)" "$(value refused)"
figure "retries (attempts after the first)" "$(value retries)"
[ "$(value refused)" = 0 ] || failed "$(value refused) filings were refused"
# what the filing clerks saw of each kill: failed attempts until the next kill, and how long after the kill a
# filing sent after it was answered 201
if [ -f "$OUT/kills.tsv" ]; then
  awk -F'\t' 'NR == FNR { t[++k] = $1; name[k] = $2; next }
    FNR > 1 { for (i = 1; i <= k; i++) { until = (i < k ? t[i + 1] : 9e15)
      if ($2 >= t[i] && $2 < until && $4 != "201") failed[i]++
      if ($1 >= t[i] && $4 == "201" && (!(i in back) || $2 < back[i])) back[i] = $2 } }
    END { for (i = 1; i <= k; i++) printf "kill -9 %s: failed filing attempts\t%d\nkill -9 %s: a filing sent after the kill answered 201 after (s)\t%s\n",
      name[i], failed[i], name[i], (i in back ? sprintf("%.1f", (back[i] - t[i]) / 1000) : "never") }' \
    "$OUT/kills.tsv" "$OUT/load/attempts.tsv" | while IFS=$'\t' read -r what value; do figure "$what" "$value"; done
fi

RUN_KEYS=$OUT/load/filings.tsv
filed_codes() { awk -F'\t' 'NR > 1 && $5 == "FILED" { print $1 "\t" $7 }' "$RUN_KEYS" | sort; }

# The checks, each a count of what is wrong; settled when all of them are zero or the deadline passes.
check_counts() {
  echo "unpublished_intake=$(unpublished intake)"
  echo "unpublished_citizen=$(unpublished citizen)"
  sql intake "select 'link_pending=' || count(*) from dossier where citizen_link_pending"
  sql notification "select 'messages_waiting=' || count(*) from message where status in ('CREATED', 'SENDING', 'TEMPORARY_FAILURE')"
  sql notification "select 'sms_unknown=' || count(*) from message where status = 'UNKNOWN'"
}
say "settling: polling the outboxes, the citizen links and the message queue for at most ${SETTLE}s"
settle_start=$(now)
deadline=$((SECONDS + SETTLE))
while :; do
  counts=$(check_counts 2>/dev/null | paste -sd' ' || true)
  echo "$(date -u +%T) $counts" >> "$OUT/settle.log"
  if [ -n "$counts" ] && ! echo "$counts" | grep -qE '=[1-9]'; then figure "settled after (s)" "$(since "$settle_start")"; break; fi
  if [ $SECONDS -ge $deadline ]; then figure "settled after (s)" "not within ${SETTLE}s: $counts"; break; fi
  sleep 2
done

say "== checks"
# every key the load filed has exactly one dossier, the one it was answered with
sql intake "select key || E'\t' || coalesce(dossier_code, '') from idempotency_key order by key" | sort > "$OUT/keys-db.tsv"
filed_codes > "$OUT/keys-load.tsv"
keys_missing=$(join -t$'\t' -v1 "$OUT/keys-load.tsv" "$OUT/keys-db.tsv" | wc -l)
keys_other=$(join -t$'\t' "$OUT/keys-load.tsv" "$OUT/keys-db.tsv" | awk -F'\t' '$2 != $3' | wc -l)
figure "keys filed without their dossier in intake" "$keys_missing"
figure "keys whose dossier differs from the one answered" "$keys_other"
dossiers=$(sql intake "select count(*) from dossier")
figure "dossiers in intake" "$dossiers"
duplicates=$(sql intake "select coalesce(sum(n - 1), 0) from (select count(*) n from dossier group by submitter->>'idNumber' having count(*) > 1) d")
figure "duplicate dossiers (a submitter filed twice)" "$duplicates"
unkeyed=$(sql intake "select count(*) from dossier d where not exists (select 1 from idempotency_key k where k.dossier_code = d.code)")
figure "dossiers without an idempotency key" "$unkeyed"
given_up_filed=$(awk -F'\t' 'NR > 1 && $5 != "FILED" { print $1 }' "$RUN_KEYS" | sort | join -t$'\t' - "$OUT/keys-db.tsv" | awk -F'\t' '$2 != ""' | wc -l)
figure "given-up filings that were filed all the same" "$given_up_filed"
gaps=$(sql intake "select coalesce(sum(max_n - n), 0) from (select agency_code, split_part(code, '-', 2) as day,
  count(*) as n, max(split_part(code, '-', 3)::int) as max_n from dossier group by 1, 2) c")
figure "gaps in the codes (missing numbers, per agency per day)" "$gaps"
counter_off=$(sql intake "select count(*) from dossier_daily_counter c where c.n <> (select count(*) from dossier d
  where d.agency_code = c.agency_code and split_part(d.code, '-', 2) = to_char(c.day, 'YYMMDD'))")
figure "daily counters that disagree with their dossiers" "$counter_off"
[ "$keys_missing" = 0 ] && [ "$keys_other" = 0 ] || failed "keys without their dossier"
[ "$duplicates" = 0 ] && [ "$unkeyed" = 0 ] || failed "duplicate dossiers"
[ "$gaps" = 0 ] && [ "$counter_off" = 0 ] || failed "gaps in the codes"

# every dossier has exactly one SMS and one e-mail "received" notice, sent, and each reached its sink once
sql intake "select code from dossier order by code" > "$OUT/dossiers.txt"
sql notification "select dossier_code || E'\t' || channel || E'\t' || status || E'\t' || id from message
  where event_type = 'DossierReceived' order by dossier_code" > "$OUT/messages.tsv"
for channel in SMS EMAIL; do
  awk -F'\t' -v c="$channel" '$2 == c { print $1 }' "$OUT/messages.tsv" | sort | uniq -c | awk '{ print $2 "\t" $1 }' > "$OUT/per-dossier-$channel.tsv"
  missing=$(join -t$'\t' -v1 "$OUT/dossiers.txt" "$OUT/per-dossier-$channel.tsv" | wc -l)
  doubled=$(awk -F'\t' '$2 > 1 { s += $2 - 1 } END { print s + 0 }' "$OUT/per-dossier-$channel.tsv")
  # an attempt UNKNOWN: the request went out and its answer never came (the process died or timed out after
  # writing it). An SMS in that state is settled by the sink's status query (sent again only if the sink never
  # got it); one still UNKNOWN at the end counts as not sent. An e-mail is sent again under the same Message-ID.
  unsent=$(awk -F'\t' -v c="$channel" '$2 == c && $3 != "SENT" && $3 != "DELIVERED"' "$OUT/messages.tsv" | wc -l)
  unknown=$(sql notification "select count(distinct m.id) from message m join message_attempt a on a.message_id = m.id
    where m.event_type = 'DossierReceived' and m.channel = '$channel' and a.outcome = 'UNKNOWN'")
  sink=$OUT/sinks/$([ "$channel" = SMS ] && echo sms || echo email).log
  touch "$sink"
  awk -F'\t' -v c="$channel" '$2 == c && ($3 == "SENT" || $3 == "DELIVERED") { print $4 }' "$OUT/messages.tsv" | sort > "$OUT/sent-$channel.txt"
  awk '{ print $2 }' "$sink" | sort > "$OUT/received-$channel.txt"
  lost=$(comm -23 "$OUT/sent-$channel.txt" <(sort -u "$OUT/received-$channel.txt") | wc -l)
  if [ "$channel" = SMS ]; then
    twice=$(uniq -d -c "$OUT/received-$channel.txt" | awk '{ s += $1 - 1 } END { print s + 0 }')
  else
    # an e-mail whose sender died before it knew whether the server took it goes out again under the same
    # Message-ID, which a mailbox shows once: copies count as doubled only under a second Message-ID, and
    # "reached the sink" counts messages, not copies
    twice=$(awk '{ print $2 "\t" $3 }' "$sink" | sort -u | cut -f1 | uniq -d -c | awk '{ s += $1 - 1 } END { print s + 0 }')
    copies=$(awk '{ print $2 "\t" $3 }' "$sink" | sort | uniq -d -c | awk '{ s += $1 - 1 } END { print s + 0 }')
    no_id=$(awk '$3 == "-" || $3 == ""' "$sink" | wc -l)
    figure "EMAIL notices: sent again under the same Message-ID (one e-mail in the mailbox)" "$copies"
    figure "EMAIL notices: reached the sink without a Message-ID" "$no_id"
    [ "$no_id" = 0 ] || failed "e-mails without a Message-ID"
  fi
  figure "$channel notices: dossiers without one" "$missing"
  figure "$channel notices: outcome unknown after a kill (checked at the sink)" "$unknown"
  figure "$channel notices: doubled in notification-service" "$doubled"
  figure "$channel notices: not sent" "$unsent"
  figure "$channel notices: sent but never reached the sink (lost)" "$lost"
  figure "$channel notices: reached the sink more than once (doubled)" "$twice"
  figure "$channel notices: reached the sink" "$(sort -u "$OUT/received-$channel.txt" | wc -l)"
  [ "$missing" = 0 ] && [ "$doubled" = 0 ] && [ "$unsent" = 0 ] || failed "$channel notices missing, doubled or not sent"
  [ "$lost" = 0 ] && [ "$twice" = 0 ] || failed "$channel notices lost or doubled at the sink"
done

# no outbox holds unpublished events, no dossier waits for its citizen link
for db in intake citizen; do
  n=$(unpublished "$db")
  figure "$db outbox: unpublished events" "$n"
  [ "$n" = 0 ] || failed "$db outbox holds $n unpublished events"
done
pending=$(sql intake "select count(*) from dossier where citizen_link_pending")
figure "dossiers waiting for their citizen link" "$pending"
[ "$pending" = 0 ] || failed "$pending dossiers wait for their citizen link"
figure "failures" "$FAILURES"

{
  echo "# Fault suite: $(date -u +%FT%TZ)$([ "$SMOKE" = 1 ] && echo ' (smoke)')"
  echo
  echo "Machine: $(nproc) cores; load at the end: $(cut -d' ' -f1-3 /proc/loadavg). Phases: ${PHASES[*]}."
  echo
  echo "| what | value |"
  echo "| --- | --- |"
  tail -n +2 "$RESULTS" | awk -F'\t' '{ printf "| %s | %s |\n", $1, $2 }'
} > "$OUT/results.md"
say "results: $OUT/results.md"
stop_load
stop_platform
stop_sinks
[ "$FAILURES" = 0 ] || { say "$FAILURES checks failed"; exit 1; }
say "every check holds"
exit 0
}
