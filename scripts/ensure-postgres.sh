#!/usr/bin/env bash
# The server tests start a throwaway PostgreSQL 15 cluster on 127.0.0.1 (test/helpers/postgres-setup.ts).
# Installs Debian's PostgreSQL from apt when its binaries are missing and we are root; otherwise says how.
set -euo pipefail
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
[ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_ctl" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing PostgreSQL from Debian's apt (needed by the server tests) …" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
  exit 0
fi
echo "PostgreSQL 15 is missing: run 'sudo apt-get install -y postgresql' (or set PG_BIN)." >&2
exit 1
