#!/usr/bin/env bash
# A throw-away PostgreSQL cluster under target/pg for the tests: `start` prints the JDBC URL's parts into
# target/pg/env (source it), `stop` ends it. Installs Debian's PostgreSQL when it is missing. The server refuses to
# run as root, so it runs as the postgres user (created by the package) on a free port of 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$PWD/target/pg"

bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    if [ -z "$(bin)" ]; then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
    fi
    pg="$(bin)"
    rm -rf "$dir" && mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_postgres "$pg/initdb" -D "$dir/data" -U perfgoals --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    as_postgres "$pg/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    as_postgres "$pg/createdb" -h 127.0.0.1 -p "$port" -U perfgoals perfgoals
    printf 'PERFGOALS_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:%s/perfgoals\nPERFGOALS_PG_PORT=%s\n' \
      "$port" "$port" >"$dir/env"
    echo "PostgreSQL $("$pg/postgres" --version | awk '{print $3}') on port $port ($dir)"
    ;;
  stop)
    pg="$(bin)"
    if [ -n "$pg" ] && [ -f "$dir/data/postmaster.pid" ]; then
      as_postgres "$pg/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
