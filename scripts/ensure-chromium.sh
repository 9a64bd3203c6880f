#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (never a browser Playwright downloads).
exec bash "$(dirname "$0")/ensure-apt.sh" chromium "${CHROMIUM_PATH:-/usr/bin/chromium}" \
  "the end-to-end tests drive it; or set CHROMIUM_PATH"
