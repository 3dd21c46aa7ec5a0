#!/usr/bin/env bash
# Start-up time of the production jar (README, "Start-up, shutdown and crashes"): starts it twice in a fresh folder
# (default demo profile, embedded H2 file database under ./data, the seed's five projects), the first time on an
# empty database, the second on the one the first left, and measures from the launch of the JVM to the first
# readiness 200 (/actuator/health/readiness). Prints one line:
#   STARTUP fresh_ready_ms=<n> second_ready_ms=<n> fresh_cpu_ms=<n> second_cpu_ms=<n>
#           [extracted_ready_ms=<n> extracted_cpu_ms=<n> aot_fresh_ready_ms=<n> aot_fresh_cpu_ms=<n>
#            aot_ready_ms=<n> aot_cpu_ms=<n>] cores=<n> load=<1-minute load average at the end> java=<version>
# Usage: bash .ci/startup.sh [target/perfgoals.jar] [-- extra JVM options]
#   PERFGOALS_STARTUP_AOT=1  also measures the documented production start (README, "Start-up, shutdown and
#                            crashes"): extracts the jar (java -Djarmode=tools … extract: plain jars on the class
#                            path instead of the jar's nested ones, which the AOT cache needs), measures a second
#                            start of the extracted jar without a cache (extracted_*), trains a Java 25 AOT cache
#                            (-XX:AOTCacheOutput) on a first start on an empty database, so that the cache also
#                            holds what migrations, seed import and demo data load, and measures with -XX:AOTCache
#                            a first start on another empty database (aot_fresh_*) and a second start on its data
#                            (aot_*).
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

# Starts the jar in the folder named by $work (default: $folder, each folder its own ./data database) with the given
# JVM options, waits for readiness, prints the milliseconds, stops it (SIGTERM).
work="$folder"
measure() {
  local log="$1" run="$2"; shift 2
  local start now
  mkdir -p "$work"
  start=$(date +%s%N)
  (cd "$work" && exec java "$@" "${jvm_options[@]}" -jar "$run" --server.port="$port") >"$folder/$log" 2>&1 &
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
  read -r plain plain_cpu < <(measure extracted.log "$extracted")
  # Training run, a first start on an empty database: the JVM records the classes it loaded and linked and the
  # methods' profiles, and writes the cache when it exits.
  work="$folder/training"
  measure training.log "$extracted" -XX:AOTCacheOutput="$folder/app.aot" >/dev/null
  work="$folder/aot"
  read -r aot_fresh aot_fresh_cpu < <(measure aot-fresh.log "$extracted" -XX:AOTCache="$folder/app.aot")
  read -r aot aot_cpu < <(measure aot.log "$extracted" -XX:AOTCache="$folder/app.aot")
  [ -n "$plain" ] && [ -n "$aot_fresh" ] && [ -n "$aot" ] || exit 1
  # A cache the JVM cannot use (another jar, other options) is only an error line, and the start runs without it.
  if grep -h '\[error\]\[aot\]' "$folder/aot-fresh.log" "$folder/aot.log" >&2; then
    echo "the AOT cache was not used (above)" >&2
    exit 1
  fi
  line="$line extracted_ready_ms=$plain extracted_cpu_ms=$plain_cpu aot_fresh_ready_ms=$aot_fresh"
  line="$line aot_fresh_cpu_ms=$aot_fresh_cpu aot_ready_ms=$aot aot_cpu_ms=$aot_cpu"
fi
echo "$line cores=$(nproc) load=$(cut -d' ' -f1 /proc/loadavg) java=$(java -version 2>&1 | head -1 | cut -d'"' -f2)"
