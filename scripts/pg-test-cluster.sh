#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Starts or stops a throwaway PostgreSQL cluster for the tests, on a free loopback port.
#   scripts/pg-test-cluster.sh start DIR   -> prints the admin URL (postgresql://guardline:...@127.0.0.1:PORT/postgres)
#   scripts/pg-test-cluster.sh stop DIR
#   scripts/pg-test-cluster.sh pause DIR    -> stops the server, keeping the cluster (a store outage in a test)
#   scripts/pg-test-cluster.sh resume DIR   -> starts it again on the same port
# PostgreSQL refuses to run as root: when root, the cluster runs as the 'postgres' system user.
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?cluster directory}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
[ -x "$bindir/initdb" ] || { echo "pg-test-cluster: PostgreSQL server binaries not found (install 'postgresql')" >&2; exit 3; }
run() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$cmd" in
start)
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
  pwfile=$(mktemp); echo "$password" > "$pwfile"; chmod 644 "$pwfile"
  run "$bindir/initdb" -D "$dir/data" -U guardline --pwfile="$pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 3; }
  rm -f "$pwfile"
  echo "$port" > "$dir/port"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir/port"
  run "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off -c max_connections=100" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 3; }
  echo "postgresql://guardline:${password}@127.0.0.1:${port}/postgres"
  ;;
pause)
  run "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  ;;
resume)
  port=$(cat "$dir/port")
  run "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off -c max_connections=100" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 3; }
  ;;
stop)
  [ -d "$dir/data" ] && run "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  ;;
*) echo "usage: $0 start|stop|pause|resume DIR" >&2; exit 2 ;;
esac
