#!/usr/bin/env bash
# Lighthouse benchmark (issue 17): performance score and cumulative layout shift (CLS) of /login, /tasks and
# /gaps (desktop preset, Debian's chromium) on the production jar's embedded default with its demo data,
# /tasks and /gaps signed in as a program manager. Targets: performance >= 90, CLS < 0.1. Lighthouse's
# simulated throttling scales with the machine's speed: the load average is printed beside the figures.
#
# Usage: src/bench/lighthouse.sh [production jar]   (build it first: ./mvnw -Pproduction package -DskipTests)
#   BENCH_DIR=target/bench-lighthouse (data folder, Lighthouse's npm install; emptied but for node_modules)
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=${1:-$(ls target/policy-tracker-*.jar | grep -v '\.original$' | head -1)}
work=$(mkdir -p "${BENCH_DIR:-target/bench-lighthouse}" && cd "${BENCH_DIR:-target/bench-lighthouse}" && pwd)
. src/bench/app.sh
require_production_jar "$jar"

find "$work" -mindepth 1 -maxdepth 1 ! -name node_modules ! -name package.json ! -name package-lock.json \
  -exec rm -rf {} +
data="$work/mariadb"
mkdir -p "$work/tmp"
# Lighthouse (and the puppeteer-core it brings) from the npm registry
(cd "$work" && [ -d node_modules/lighthouse ] || npm install --no-audit --no-fund --silent lighthouse@12.8.2)
cp src/bench/lighthouse.mjs "$work/"

web=$(free_port)
management=$(free_port)
# shellcheck disable=SC2046
"$java" -Djava.io.tmpdir="$work/tmp" -jar "$jar" $(app_args "$management" "$web") > "$work/app.log" 2>&1 &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$management/actuator/health/readiness"; do
  kill -0 "$pid" 2>/dev/null || { echo "the application stopped, see $work/app.log" >&2; exit 1; }
  sleep 0.5
done
echo "== Lighthouse $(cd "$work" && node -p "require('lighthouse/package.json').version") on $jar:" \
  "$(nproc) cores, load average $(load) =="
# pm.cisa's password: the demo realm's (realm-config/), as the login page's demo hint says
(cd "$work" && node lighthouse.mjs "http://127.0.0.1:$web" pm.cisa demo)
echo "(load average after: $(load))"
