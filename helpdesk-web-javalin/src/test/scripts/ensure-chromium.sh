#!/usr/bin/env bash
# Installs Debian's chromium and chromedriver for the browser tests when they are missing. Only Debian's packages
# are used: no test tool may download its own browser on these machines.
set -euo pipefail
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
echo "Installing Debian's chromium and chromium-driver for the browser tests..."
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
/usr/bin/chromedriver --version
