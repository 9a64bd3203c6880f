#!/usr/bin/env bash
# The server tests start a throwaway PostgreSQL 15 cluster on 127.0.0.1 (test/helpers/postgres-setup.ts).
exec bash "$(dirname "$0")/ensure-apt.sh" postgresql "${PG_BIN:-/usr/lib/postgresql/15/bin}/initdb" \
  "the server tests start a throwaway cluster; or set PG_BIN"
