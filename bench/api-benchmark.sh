#!/usr/bin/env bash
# HTTP API benchmark. For H2 (the default database) and a PostgreSQL server (Debian's postgresql,
# started here on a port of its own): seeds a fresh database with `demo --accounts N`, starts
# `serve`, and drives it with wrk (Debian's, fetched with apt-get download, nothing installed)
# over CONNECTIONS keep-alive connections for DURATION each:
#   1. GET /actuator/health/liveness, the ceiling of the same server in the same run;
#   2. earn-points with a unique idempotency key per request, spread over all accounts;
#   3. getAccount.
# Prints requests/s, the ratio to the ceiling, p50/p99 and the statuses; then checks the books:
# balance = sum of the ledger for every account, and one EARN transaction per 200 response.
#
#   bench/api-benchmark.sh [N] [CONNECTIONS] [DURATION]       defaults: 10000, 32, 60s
#   (environment: DATABASES="h2 postgresql" to choose, PORT of serve (18080), HEAP (-Xmx1g),
#    WARMUP (15s of getAccount and liveness before measuring, not recorded))
# wrk counts the responses that arrive within DURATION: requests still in flight on the
# connections when it stops are written but not counted, so EARN transactions may exceed the 200
# responses by at most CONNECTIONS.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
CONNECTIONS=${2:-32}
DURATION=${3:-60s}
WARMUP=${WARMUP:-15s}
DATABASES=${DATABASES:-h2 postgresql}
PORT=${PORT:-18080}
HEAP=${HEAP:--Xmx1g}
JAR=${JAR:-$PWD/target/loyalty.jar}
[ -f "$JAR" ] || ./mvnw -q package -DskipTests
root=$PWD/target/bench/api
mkdir -p "$root"

# wrk and the LuaJIT it links, unpacked from Debian's packages
tools=$root/wrk
if [ ! -x "$tools/root/usr/bin/wrk" ]; then
  mkdir -p "$tools"
  (cd "$tools" && apt-get download wrk libluajit2-5.1-2 libluajit2-5.1-common >/dev/null 2>&1 \
     || apt-get download wrk libluajit-5.1-2 libluajit-5.1-common >/dev/null 2>&1 \
     || { echo "cannot download wrk (apt-get download wrk libluajit2-5.1-2)" >&2; exit 1; })
  for deb in "$tools"/*.deb; do dpkg -x "$deb" "$tools/root"; done
fi
WRK=$tools/root/usr/bin/wrk
export LD_LIBRARY_PATH="$tools/root/usr/lib/x86_64-linux-gnu:${LD_LIBRARY_PATH:-}"
unzip -o -q -j "$JAR" 'BOOT-INF/lib/h2-*.jar' -d "$root" && H2_JAR=$(ls "$root"/h2-*.jar | head -1)

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)

sql() { # sql DB STATEMENT: one value
  if [ "$1" = h2 ]; then
    java -cp "$H2_JAR" org.h2.tools.Shell -url "$URL" -user sa -password "" -sql "$2" | sed -n 2p | tr -d ' '
  else
    "$pg_bin/psql" -h "$root/pg" -p 55432 -U postgres -d loyalty -tAc "$2"
  fi
}

run_wrk() { # run_wrk NAME SCRIPT PATH
  echo "== $1 ($CONNECTIONS connections, $DURATION)"
  API_KEY=$KEY IDS=$dir/ids.txt "$WRK" -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "bench/api/$2" \
    "http://127.0.0.1:$PORT$3" | tee "$dir/$1.txt"
}

rate() { grep '^Requests/sec' "$dir/$1.txt" | awk '{print $2}'; }

for db in $DATABASES; do
  dir=$root/$db
  rm -rf "$dir" && mkdir -p "$dir"
  if [ "$db" = h2 ]; then
    URL="jdbc:h2:file:$dir/loyalty;AUTO_SERVER=TRUE"
    db_args=(--spring.datasource.url="$URL")
  else
    [ -n "$pg_bin" ] || { echo "no PostgreSQL server (apt-get install -y postgresql)" >&2; exit 1; }
    pkill -f "postgres -D $root/pg/data" 2>/dev/null || true
    rm -rf "$root/pg" && mkdir -p "$root/pg"
    chown -R nobody "$root/pg" 2>/dev/null || true
    as_pg() { if [ "$(id -u)" = 0 ]; then su -s /bin/sh nobody -c "$*"; else sh -c "$*"; fi; }
    as_pg "$pg_bin/initdb -D $root/pg/data -U postgres --auth=trust >/dev/null"
    as_pg "$pg_bin/pg_ctl -D $root/pg/data -o '-p 55432 -k $root/pg -c listen_addresses=127.0.0.1' -l $root/pg/server.log -w start >/dev/null"
    "$pg_bin/createdb" -h "$root/pg" -p 55432 -U postgres loyalty
    db_args=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:55432/loyalty" --spring.datasource.username=postgres
      --spring.datasource.password=)
  fi
  echo "== $db: seeding $N accounts"
  java $HEAP -jar "$JAR" "${db_args[@]}" demo --accounts "$N" 2>"$dir/demo.log" | tail -1
  KEY=$(java -jar "$JAR" "${db_args[@]}" api-keys create bench --format json 2>/dev/null \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])')
  mkdir -p "$dir/no-jobs"
  java $HEAP -jar "$JAR" "${db_args[@]}" --server.port=$PORT --loyalty.jobs.path="$dir/no-jobs" serve \
    >"$dir/serve.out" 2>"$dir/serve.log" &
  serve=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && break
    sleep 1
  done
  python3 - "$PORT" "$KEY" "$dir/ids.txt" <<'EOF'
import json, sys, urllib.request
port, key, out = sys.argv[1], sys.argv[2], sys.argv[3]
ids, cursor = [], None
while True:
    paging = {"limit": 100, **({"cursor": cursor} if cursor else {})}
    req = urllib.request.Request(f"http://127.0.0.1:{port}/loyalty-accounts/v1/accounts/query",
        data=json.dumps({"query": {"cursorPaging": paging}}).encode(), method="POST",
        headers={"Authorization": key, "Content-Type": "application/json"})
    page = json.load(urllib.request.urlopen(req))
    ids += [a["id"] for a in page["loyaltyAccounts"]]
    cursor = page["pagingMetadata"].get("cursors", {}).get("next")
    if not cursor:
        break
open(out, "w").write("\n".join(ids) + "\n")
print(f"{len(ids)} account ids")
EOF
  # warm the JIT up on both kinds of request before measuring anything (not recorded)
  API_KEY=$KEY IDS=$dir/ids.txt "$WRK" -t2 -c"$CONNECTIONS" -d"$WARMUP" -s bench/api/get-account.lua \
    "http://127.0.0.1:$PORT/" >/dev/null
  API_KEY=$KEY IDS=$dir/ids.txt "$WRK" -t2 -c"$CONNECTIONS" -d"$WARMUP" -s bench/api/liveness.lua \
    "http://127.0.0.1:$PORT/actuator/health/liveness" >/dev/null
  run_wrk liveness liveness.lua /actuator/health/liveness
  run_wrk earn earn.lua /
  run_wrk get-account get-account.lua /
  kill "$serve"; wait "$serve" 2>/dev/null || true
  ok=$(grep -E '^status 200:' "$dir/earn.txt" | awk '{print $3}')
  earned=$(sql "$db" "SELECT COUNT(*) FROM points_transaction WHERE idempotency_key LIKE 'bench-%'")
  off=$(sql "$db" "SELECT COUNT(*) FROM loyalty_account a WHERE a.balance <> (SELECT COALESCE(SUM(t.amount), 0) FROM points_transaction t WHERE t.account_id = a.id)")
  echo "== $db: summary"
  awk -v l="$(rate liveness)" -v e="$(rate earn)" -v g="$(rate get-account)" 'BEGIN {
    printf "liveness %.0f req/s; earn-points %.0f req/s (%.2f of liveness); getAccount %.0f req/s (%.2f of liveness)\n",
      l, e, e / l, g, g / l }'
  echo "earn-points 200 responses: ${ok:-0}; EARN transactions written: $earned (in flight when wrk stopped: $((earned - ${ok:-0})), at most $CONNECTIONS); accounts whose balance is not the sum of their ledger: $off"
  if [ "$db" = postgresql ]; then
    as_pg "$pg_bin/pg_ctl -D $root/pg/data -m fast stop >/dev/null"
  fi
done
