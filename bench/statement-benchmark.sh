#!/usr/bin/env bash
# Monthly statement benchmark. Seeds N accounts with `demo` into a fresh H2 database and compacts
# the file once (SHUTDOWN COMPACT), starts Postfix's smtp-sink on loopback, runs a dry run
# (render only), then the statement against the sink (-Xmx256m), and measures the sink's ceiling
# with smtp-source (same message size, same connection count).
#
#   bench/statement-benchmark.sh [N] [CONNECTIONS]        defaults: 100000, 2
#   (environment: PORT of the sink, HEAP of the statement runs (-Xmx256m), DEMO_HEAP of the
#    seeding (the JVM's default), JAR to measure another build,
#    RATE_LIMIT=messages/s to run the statement under loyalty.mail.rate-limit and compare)
#
# Prints accounts, messages sent, wall time, messages/s, the ratio to the ceiling, render-only
# accounts/s and the JVM's peak heap. Rates are taken over the job's own start and end time (JVM
# start-up excluded; the wall time with it is printed beside); peak heap comes from the GC log.
# Needs the jar (./mvnw -q package -DskipTests) and apt-get (Debian) to fetch smtp-sink once.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
CONNECTIONS=${2:-2}
RATE_LIMIT=${RATE_LIMIT:-0}
PORT=${PORT:-2525}
HEAP=${HEAP:--Xmx256m}
DEMO_HEAP=${DEMO_HEAP:-}
JAR=${JAR:-$PWD/target/loyalty.jar}
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

# peak heap in use (MB): the largest "before" figure of the GC log's pauses (G1: "Pause Young
# ... 120M->31M(256M)"), i.e. the most the heap held at any moment a collection had to start
peak_heap() { grep -o '[0-9]*M->[0-9]*M' "$1" | cut -dM -f1 | sort -n | tail -1; }

# seconds between the job's own startTime and endTime in `run --format json` (no JVM start-up)
job_secs() {
  python3 - "$1" <<'PY'
import json, sys
from datetime import datetime
run = json.load(open(sys.argv[1]))
t = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
print("%.1f" % (t(run["endTime"]) - t(run["startTime"])).total_seconds())
PY
}

java_run() { # label, heap option, args...: runs the jar, records wall time and peak heap
  local label=$1 heap=$2; shift 2
  local start; start=$(now)
  java $heap -Xlog:gc:file="$label.gc.log" -jar "$JAR" "$@" > "$label.out" 2> "$label.log" \
    || { echo "$label failed (exit $?); see $RUN/$label.log" >&2; tail -5 "$label.log" >&2; exit 1; }
  secs "$start" "$(now)" > "$label.secs"
  peak_heap "$label.gc.log" > "$label.heap"
}

echo "== seeding $N accounts (demo)"
java_run demo "$DEMO_HEAP" demo --accounts "$N"
echo "   $(cat demo.out)"

# A bulk load leaves H2's file full of half-empty chunks, which H2 then rewrites in the background
# of whatever runs next, taking a core from it. Compacting once (seconds) makes the runs below
# measure the statement, not that one-off clean-up.
echo "== compacting the H2 file"
H2JAR=$(unzip -Z1 "$JAR" | grep 'BOOT-INF/lib/h2-.*\.jar$')
unzip -o -j -q "$JAR" "$H2JAR" -d .
java -cp "$(basename "$H2JAR")" org.h2.tools.Shell -url "jdbc:h2:file:./data/loyalty" -user sa \
  -sql "SHUTDOWN COMPACT" > compact.log 2>&1 || true

SINK_USER=(); [ "$(id -u)" = 0 ] && SINK_USER=(-u nobody)
"$SINK" "${SINK_USER[@]}" 127.0.0.1:$PORT 1024 > /dev/null 2>&1 &
SINK_PID=$!
trap 'kill $SINK_PID 2>/dev/null || true' EXIT
sleep 0.5

echo "== dry run (render only)"
java_run render "$HEAP" run monthly-statement dry-run=true --format json
RENDERED=$(grep -o '"rendered" : [0-9]*' render.out | grep -o '[0-9]*$')

echo "== statement over $CONNECTIONS connection(s) to smtp-sink"
java_run send "$HEAP" run monthly-statement --spring.mail.host=127.0.0.1 --spring.mail.port=$PORT \
  --loyalty.mail.connections=$CONNECTIONS --loyalty.mail.rate-limit=$RATE_LIMIT --format json
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
SEND_JOB_SECS=$(job_secs send.out)
SEND_RATE=$(rate "$SENT" "$SEND_JOB_SECS")
CEILING_RATE=$(rate "$SENT" "$CEILING_SECS")
RENDER_JOB_SECS=$(job_secs render.out)
RENDER_RATE=$(rate "$RENDERED" "$RENDER_JOB_SECS")
cat <<REPORT

accounts             $N
messages sent        $SENT
message size         $SIZE bytes
connections          $CONNECTIONS
seed (demo)          $(cat demo.secs) s, peak heap $(cat demo.heap) MB (${DEMO_HEAP:-default heap})
statement job        $SEND_JOB_SECS s ($SEND_SECS s with JVM start-up and shutdown)
statement rate       $SEND_RATE messages/s, peak heap $(cat send.heap) MB ($HEAP)
ceiling (smtp-source) $CEILING_RATE messages/s ($CEILING_SECS s)
rate limit           $([ "$RATE_LIMIT" = 0 ] && echo "none" || echo "$RATE_LIMIT messages/s (statement rate above: $(awk -v a="$SEND_RATE" -v b="$RATE_LIMIT" 'BEGIN { printf "%.1f%%", 100 * a / b }') of it)")
ratio to ceiling     $(awk -v a="$SEND_RATE" -v b="$CEILING_RATE" 'BEGIN { printf "%.0f%%", (b > 0 ? 100 * a / b : 0) }')
render only          $RENDER_RATE accounts/s ($N accounts read, $RENDERED rendered, in $RENDER_JOB_SECS s; $(cat render.secs) s with JVM; peak heap $(cat render.heap) MB)
REPORT
