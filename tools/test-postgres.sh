#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster on 127.0.0.1 for the store and API tests: `start` creates it (as the postgres
# user when run as root) and prints the address the tests read from VIGIL_TEST_POSTGRES; `stop` stops it and
# removes its files. Nothing outside the cluster's folder is touched.
set -euo pipefail
bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
dir="${VIGIL_PG_DIR:-/tmp/vigil-test-pg}"
port="${VIGIL_PG_PORT:-55432}"
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "${1:-}" in
  start)
    if [ ! -x "$bin/initdb" ]; then
      echo "test-postgres: no PostgreSQL 15 in $bin (apt-get install postgresql-15)" >&2; exit 1
    fi
    if [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      echo "postgresql://127.0.0.1:$port/postgres?user=postgres"; exit 0
    fi
    rm -rf "$dir"; mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://127.0.0.1:$port/postgres?user=postgres"
    ;;
  stop)
    if [ -d "$dir/data" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    ;;
  *) echo "usage: tools/test-postgres.sh start|stop" >&2; exit 2 ;;
esac
