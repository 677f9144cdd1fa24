#!/usr/bin/env bash
# Installs Debian's wrk for WebBenchmarkSmokeTest when it is missing, so that the web benchmark's smoke test runs on
# every build instead of being skipped on a fresh machine.
set -euo pipefail
if [[ -x /usr/bin/wrk ]]; then
  exit 0
fi
echo "Installing Debian's wrk for the web benchmark's smoke test..."
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null
/usr/bin/wrk --version 2>&1 | head -1 || true
