#!/usr/bin/env bash
# Makes sure a Debian package the tests need is installed: when FILE is missing and we are root,
# installs PACKAGE from apt; otherwise says how. Usage: ensure-apt.sh PACKAGE FILE [WHY]
set -euo pipefail
package="$1"
file="$2"
why="${3:-needed by the tests}"
[ -x "$file" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing $package from Debian's apt ($why) …" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "$package" >/dev/null
  exit 0
fi
echo "$file is missing: run 'sudo apt-get install -y $package' ($why)." >&2
exit 1
