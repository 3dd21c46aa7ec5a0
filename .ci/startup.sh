#!/usr/bin/env bash
# Start-up time of the production jar (README, "Start-up, shutdown and crashes"): starts it twice in a fresh folder
# (default demo profile, embedded H2 file database under ./data, the seed's five projects), the first time on an
# empty database, the second on the one the first left, and measures from the launch of the JVM to the first
# readiness 200 (/actuator/health/readiness). Prints one line:
#   STARTUP fresh_ready_ms=<n> second_ready_ms=<n> fresh_cpu_ms=<n> second_cpu_ms=<n> [aot_ready_ms=<n> aot_cpu_ms=<n>]
#           cores=<n> load=<1-minute load average at the end> java=<version>
# Usage: bash .ci/startup.sh [target/perfgoals.jar] [-- extra JVM options]
#   PERFGOALS_STARTUP_AOT=1  also extracts the jar (java -Djarmode=tools … extract: the AOT cache needs plain jars on
#                            the class path, not the jar's nested ones), trains a Java 25 AOT cache on it
#                            (-XX:AOTCacheOutput, one start and stop) and measures a start with -XX:AOTCache.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${PERFGOALS_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
jar="$(realpath "${1:-target/perfgoals.jar}")"
shift || true
[ "${1:-}" = "--" ] && shift
jvm_options=("$@")
[ -f "$jar" ] || { echo "no $jar: ./mvnw -B -Pproduction -DskipTests package first" >&2; exit 1; }

folder="$(mktemp -d /tmp/perfgoals-startup.XXXXXX)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
pid=""
stop() { if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi; pid=""; }
trap 'stop; rm -rf "$folder"' EXIT

# Starts the jar with the given JVM options, waits for readiness, prints the milliseconds, stops it (SIGTERM).
measure() {
  local log="$1" run="$2"; shift 2
  local start now
  start=$(date +%s%N)
  (cd "$folder" && exec java "$@" "${jvm_options[@]}" -jar "$run" --server.port="$port") >"$folder/$log" 2>&1 &
  pid=$!
  while :; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the jar ended; see its log:" >&2; tail -30 "$folder/$log" >&2; exit 1; fi
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")" = 200 ]; then
      break
    fi
    sleep 0.05
  done
  now=$(date +%s%N)
  # CPU time the JVM used until then (user + system, all its threads): the figure that a loaded machine spoils least.
  local ticks
  ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  echo "$(( (now - start) / 1000000 )) $(( ticks * 1000 / $(getconf CLK_TCK) ))"
  stop
}

read -r fresh fresh_cpu < <(measure fresh.log "$jar")
read -r second second_cpu < <(measure second.log "$jar")
[ -n "$fresh" ] && [ -n "$second" ] || exit 1
line="STARTUP fresh_ready_ms=$fresh second_ready_ms=$second fresh_cpu_ms=$fresh_cpu second_cpu_ms=$second_cpu"
if [ "${PERFGOALS_STARTUP_AOT:-0}" = 1 ]; then
  java -Djarmode=tools -jar "$jar" extract --destination "$folder/extracted" >/dev/null
  extracted="$folder/extracted/$(basename "$jar")"
  # Training run: the JVM records the classes it loaded and linked and writes the cache when it exits.
  measure training.log "$extracted" -XX:AOTCacheOutput="$folder/app.aot" >/dev/null
  read -r aot aot_cpu < <(measure aot.log "$extracted" -XX:AOTCache="$folder/app.aot")
  [ -n "$aot" ] || exit 1
  line="$line aot_ready_ms=$aot aot_cpu_ms=$aot_cpu"
fi
echo "$line cores=$(nproc) load=$(cut -d' ' -f1 /proc/loadavg) java=$(java -version 2>&1 | head -1 | cut -d'"' -f2)"
