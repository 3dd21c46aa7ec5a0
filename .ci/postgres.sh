#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: `start` writes the JDBC URL's parts to target/pg/env (source it),
# `stop` ends it and deletes its files. Installs Debian's PostgreSQL when it is missing. The server refuses to run as
# root, so it runs as the postgres user (created by the package) on a free port of 127.0.0.1. Its data live in a
# directory of their own under /tmp (named in target/pg/root), not in the checkout: a checkout inside a private
# directory (mktemp -d, a home directory) is out of the postgres user's reach.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$PWD/target/pg"

bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

case "${1:-}" in
  start)
    if [ -z "$(bin)" ]; then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
    fi
    pg="$(bin)"
    rm -rf "$dir" && mkdir -p "$dir"
    root="$(mktemp -d /tmp/perfgoals-pg.XXXXXX)"
    [ "$(id -u)" = 0 ] && chown postgres "$root"
    echo "$root" >"$dir/root"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_postgres "$pg/initdb" -D "$root/data" -U perfgoals --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    as_postgres "$pg/pg_ctl" -D "$root/data" -l "$root/server.log" -w \
      -o "-p $port -k $root -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=500" start >/dev/null
    as_postgres "$pg/createdb" -h 127.0.0.1 -p "$port" -U perfgoals perfgoals
    printf 'PERFGOALS_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:%s/perfgoals\nPERFGOALS_PG_PORT=%s\n' \
      "$port" "$port" >"$dir/env"
    echo "PostgreSQL $("$pg/postgres" --version | awk '{print $3}') on port $port ($root)"
    ;;
  stop)
    pg="$(bin)"
    root="$(cat "$dir/root" 2>/dev/null || true)"
    if [ -n "$pg" ] && [ -n "$root" ] && [ -f "$root/data/postmaster.pid" ]; then
      as_postgres "$pg/pg_ctl" -D "$root/data" -m fast -w stop >/dev/null || true
    fi
    if [ -n "$root" ]; then
      rm -rf "$root"
    fi
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
