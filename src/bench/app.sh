# Shared by the benchmark scripts (sourced): Java 25 or newer, free ports, the load average, and the arguments
# that start the production jar's embedded default in a folder of its own ($data: its data folder).

# Java 25 or newer (the AOT cache's -XX:AOTCacheOutput is Java 25's): JAVA_HOME, else the newest under /usr/lib/jvm
java_major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
if [ -z "${JAVA_HOME-}" ]; then
  for home in /usr/lib/jvm/*; do
    if [ "$(java_major "$home")" != "" ] && [ "$(java_major "$home")" -ge 25 ]; then JAVA_HOME=$home; fi
  done
fi
java="$JAVA_HOME/bin/java"
[ "$(java_major "$JAVA_HOME")" -ge 25 ] || { echo "needs Java 25 or newer (JAVA_HOME=$JAVA_HOME)" >&2; exit 1; }

require_production_jar() {
  if ! unzip -p "$1" META-INF/VAADIN/config/flow-build-info.json 2>/dev/null | grep -q '"productionMode" *: *true'; then
    echo "warning: $1 is not a production build (./mvnw -Pproduction package -DskipTests)" >&2
  fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# app_args MANAGEMENT_PORT [WEB_PORT]
app_args() {
  echo "--policy-tracker.embedded-db.data-dir=$data --policy-tracker.embedded-db.port=0" \
       "--policy-tracker.embedded-db.allow-root=$([ "$(id -u)" = 0 ] && echo true || echo false)" \
       "--server.port=${2:-$(free_port)} --management.server.port=$1"
}
load() { cut -d' ' -f1-3 /proc/loadavg; }
