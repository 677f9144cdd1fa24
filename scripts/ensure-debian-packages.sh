#!/usr/bin/env bash
# Installs Debian's packages that some tests need, when their programs are missing: the browser tests' chromium and
# chromedriver, the web benchmark smoke test's wrk. Only Debian's packages are used: no test tool may download a
# browser or a binary of its own on these machines. As root, or with sudo.
#
# usage: ensure-debian-packages.sh "what for" PACKAGE=/path/to/program ...
set -euo pipefail
purpose=$1
shift
missing=()
for pair in "$@"; do
  if [[ ! -x ${pair#*=} ]]; then missing+=("${pair%%=*}"); fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi
echo "Installing Debian's ${missing[*]} for $purpose..."
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
for pair in "$@"; do
  [[ -x ${pair#*=} ]] || { echo "${pair#*=} is still missing after installing ${pair%%=*}" >&2; exit 1; }
done
