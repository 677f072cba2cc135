#!/usr/bin/env bash
# What the statement's crash safety costs on the embedded H2 database. Seeds N accounts once with
# `demo` (no compaction: the database as a user has it), then sends the statement of a copy of
# that database to Postfix's smtp-sink on loopback, once per way of keeping delivery marks:
#
#   journal        this build: marks appended to a journal beside the database, H2's store
#                  written at each chunk boundary (the default)
#   store-per-mark OLD_JAR with ;WRITE_DELAY=0 on the URL: H2 writes its store at every commit,
#                  one per message (the alternative that was measured and not chosen)
#   unprotected    OLD_JAR as it is: marks committed, written by H2 in the background, lost if
#                  the process is killed (what the journal fixes)
#
#   OLD_JAR=/path/to/loyalty-before.jar bench/statement-durability.sh [N] [CONNECTIONS]
#   (defaults 100000, 2; without OLD_JAR only the journal run is made)
#
# Prints, per way: the job's own time (JVM start-up excluded), messages/s, and the size of the
# database file after the run.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
CONNECTIONS=${2:-2}
PORT=${PORT:-2526}
HEAP=${HEAP:--Xmx256m}
JAR=${JAR:-$PWD/target/loyalty.jar}
OLD_JAR=${OLD_JAR:-}
[ -f "$JAR" ] || ./mvnw -q package -DskipTests

POSTFIX=$(bench/postfix-tools.sh)
export LD_LIBRARY_PATH="$POSTFIX/usr/lib/postfix:$POSTFIX/usr/lib/x86_64-linux-gnu"
SINK="$POSTFIX/usr/sbin/smtp-sink"

RUN=target/bench/durability-$N
rm -rf "$RUN" && mkdir -p "$RUN/seed" && cd "$RUN"

job_secs() {
  python3 - "$1" <<'PY'
import json, sys
from datetime import datetime
run = json.load(open(sys.argv[1]))
t = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
print("%.1f" % (t(run["endTime"]) - t(run["startTime"])).total_seconds())
PY
}

echo "== seeding $N accounts (demo)"
(cd seed && java -jar "$JAR" demo --accounts "$N" > demo.out 2> demo.log)

SINK_USER=(); [ "$(id -u)" = 0 ] && SINK_USER=(-u nobody)
"$SINK" "${SINK_USER[@]}" 127.0.0.1:$PORT 1024 > /dev/null 2>&1 &
SINK_PID=$!
trap 'kill $SINK_PID 2>/dev/null || true' EXIT
sleep 0.5

send() { # label, jar, extra url settings
  local label=$1 jar=$2 url_extra=$3
  rm -rf "$label" && mkdir -p "$label/data" && cp seed/data/loyalty.mv.db "$label/data/"
  (cd "$label" && java $HEAP -jar "$jar" run monthly-statement \
      --spring.datasource.url="jdbc:h2:file:./data/loyalty;AUTO_SERVER=TRUE$url_extra" \
      --spring.mail.host=127.0.0.1 --spring.mail.port=$PORT --loyalty.mail.connections=$CONNECTIONS \
      --format json > send.out 2> send.log) || { echo "$label failed; see $RUN/$label/send.log" >&2; exit 1; }
  local secs sent size
  secs=$(job_secs "$label/send.out")
  sent=$(grep -o '"sent" : [0-9]*' "$label/send.out" | grep -o '[0-9]*$')
  size=$(stat -c %s "$label/data/loyalty.mv.db")
  printf '%-15s %7s messages in %6s s = %5.0f messages/s, database file %4d MB\n' "$label" "$sent" "$secs" \
    "$(awk -v n="$sent" -v s="$secs" 'BEGIN { print (s > 0 ? n / s : 0) }')" "$((size / 1048576))"
}

echo "== statement of $N accounts over $CONNECTIONS connection(s) to smtp-sink"
printf 'seed database file %d MB\n' "$(( $(stat -c %s seed/data/loyalty.mv.db) / 1048576 ))"
send journal "$JAR" ""
if [ -n "$OLD_JAR" ]; then
  send store-per-mark "$OLD_JAR" ";WRITE_DELAY=0"
  send unprotected "$OLD_JAR" ""
  send journal-again "$JAR" ""
fi
