#!/usr/bin/env bash
# Monthly statement benchmark. Seeds N accounts with `demo` into a fresh H2 database, starts
# Postfix's smtp-sink on loopback, measures the sink's ceiling with smtp-source (same message
# size, same connection count), then runs the statement against it (-Xmx256m) and a dry run.
#
#   bench/statement-benchmark.sh [N] [CONNECTIONS]        defaults: 100000, 2
#
# Prints accounts, messages sent, wall time, messages/s, the ratio to the ceiling, render-only
# accounts/s and the JVM's peak heap. Needs the jar (./mvnw -q package -DskipTests) and
# apt-get (Debian) to fetch smtp-sink once.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
CONNECTIONS=${2:-2}
PORT=${PORT:-2525}
HEAP=${HEAP:--Xmx256m}
JAR=$PWD/target/loyalty.jar
[ -f "$JAR" ] || ./mvnw -q package -DskipTests

POSTFIX=$(bench/postfix-tools.sh)
export LD_LIBRARY_PATH="$POSTFIX/usr/lib/postfix:$POSTFIX/usr/lib/x86_64-linux-gnu"
SINK="$POSTFIX/usr/sbin/smtp-sink"
SOURCE="$POSTFIX/usr/sbin/smtp-source"

RUN=target/bench/run-$N
rm -rf "$RUN" && mkdir -p "$RUN" && cd "$RUN"
now() { date +%s.%N; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }'; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# peak heap used (MB) of a JVM, sampled every 200 ms with jstat until it exits
watch_heap() {
  local pid=$1 out=$2 peak=0
  while kill -0 "$pid" 2>/dev/null; do
    used=$(jstat -gc "$pid" 2>/dev/null | awk 'NR==2 { printf "%.0f", ($3 + $4 + $6 + $8) / 1024 }')
    [ -n "${used:-}" ] && [ "$used" -gt "$peak" ] && peak=$used
    sleep 0.2
  done
  echo "$peak" > "$out"
}

java_run() { # label, args...: runs the jar, records wall time and peak heap
  local label=$1; shift
  local start; start=$(now)
  java $HEAP -jar "$JAR" "$@" > "$label.out" 2> "$label.log" &
  local pid=$!
  watch_heap "$pid" "$label.heap" &
  local watcher=$!
  wait "$pid" || { echo "$label failed (exit $?); see $RUN/$label.log" >&2; tail -5 "$label.log" >&2; exit 1; }
  wait "$watcher" || true
  secs "$start" "$(now)" > "$label.secs"
}

echo "== seeding $N accounts (demo)"
java_run demo demo --accounts "$N"
echo "   $(cat demo.out)"

SINK_USER=(); [ "$(id -u)" = 0 ] && SINK_USER=(-u nobody)
"$SINK" "${SINK_USER[@]}" 127.0.0.1:$PORT 1024 > /dev/null 2>&1 &
SINK_PID=$!
trap 'kill $SINK_PID 2>/dev/null || true' EXIT
sleep 0.5

echo "== dry run (render only)"
java_run render run monthly-statement dry-run=true --format json
RENDERED=$(grep -o '"rendered" : [0-9]*' render.out | grep -o '[0-9]*$')

echo "== statement over $CONNECTIONS connection(s) to smtp-sink"
java_run send run monthly-statement --spring.mail.host=127.0.0.1 --spring.mail.port=$PORT \
  --loyalty.mail.connections=$CONNECTIONS --format json
SENT=$(grep -o '"sent" : [0-9]*' send.out | grep -o '[0-9]*$')

# the ceiling sends messages of the statements' size: the mean .eml of a small sample program
mkdir -p size && (cd size && java -jar "$JAR" demo --accounts 200 >/dev/null 2>&1 \
  && java -jar "$JAR" run monthly-statement >/dev/null 2>&1)
SIZE=$(ls -l size/outbox/*/*.eml | awk '{ s += $5; n++ } END { printf "%.0f", s / n }')

echo "== ceiling: smtp-source, $SENT messages of $SIZE bytes over $CONNECTIONS connection(s)"
start=$(now)
"$SOURCE" -d -s "$CONNECTIONS" -m "$SENT" -l "$SIZE" -f bench@example.com -t member@example.com 127.0.0.1:$PORT
CEILING_SECS=$(secs "$start" "$(now)")

SEND_SECS=$(cat send.secs)
SEND_RATE=$(rate "$SENT" "$SEND_SECS")
CEILING_RATE=$(rate "$SENT" "$CEILING_SECS")
RENDER_RATE=$(rate "$RENDERED" "$(cat render.secs)")
cat <<REPORT

accounts             $N
messages sent        $SENT
message size         $SIZE bytes
connections          $CONNECTIONS
seed (demo)          $(cat demo.secs) s, peak heap $(cat demo.heap) MB
statement wall time  $SEND_SECS s (JVM start included)
statement rate       $SEND_RATE messages/s, peak heap $(cat send.heap) MB ($HEAP)
ceiling (smtp-source) $CEILING_RATE messages/s ($CEILING_SECS s)
ratio to ceiling     $(awk -v a="$SEND_RATE" -v b="$CEILING_RATE" 'BEGIN { printf "%.0f%%", (b > 0 ? 100 * a / b : 0) }')
render only          $RENDER_RATE accounts/s ($RENDERED rendered in $(cat render.secs) s, peak heap $(cat render.heap) MB)
REPORT
