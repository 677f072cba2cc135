#!/usr/bin/env bash
# Command-line response times: wall time of `java -jar target/loyalty.jar ...` for help texts,
# a usage error, read commands and a mutating command, 5 runs each (median, min, max), on a
# demo database of 1,000 accounts in a scratch folder (the embedded H2 default).
#
#   bench/cli-startup.sh [RUNS]        default 5
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
JAR=${JAR:-$PWD/target/loyalty.jar}
[ -f "$JAR" ] || ./mvnw -q package -DskipTests
work=$PWD/target/bench/cli
rm -rf "$work" && mkdir -p "$work" && cd "$work"
java -jar "$JAR" demo --accounts 1000 >/dev/null 2>&1
account=$(java -jar "$JAR" accounts list --limit 1 --format json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["accounts"][0]["id"])')
measure() { # measure LABEL ARGS...: RUNS wall times, then median/min/max
  local label=$1; shift
  local times=()
  for i in $(seq 1 "$RUNS"); do
    local start end
    local args=("${@//@RUN@/$i-$$}")
    start=$(date +%s%N)
    java -jar "$JAR" "${args[@]}" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '{t[NR]=$1} END {
    printf "%-34s median %5.2f s   min %5.2f s   max %5.2f s\n", label, t[int((NR+1)/2)]/1000, t[1]/1000, t[NR]/1000 }'
}
measure "--help" --help
measure "--version" --version
measure "points earn --help" points earn --help
measure "points earn (usage error)" points earn "$account"
measure "program show" program show
measure "accounts show" accounts show "$account"
measure "status" status
measure "points earn" points earn "$account" --amount 5 --description bench --idempotency-key "bench-@RUN@"
earned=$(java -jar "$JAR" transactions list --account-id "$account" --limit 100 --format json 2>/dev/null | grep -c '"bench-' || true)
echo "points earn wrote $earned transactions with a bench key (expected $RUNS)"
