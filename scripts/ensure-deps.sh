#!/usr/bin/env bash
# Installs what the demo and the tests need when it is missing: Chromium, Firefox ESR, CJK fonts (apt) and the
# npm packages (npm ci from the lockfile). Safe to run again: it does nothing when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-noto-cjk)
if [ "${1:-}" = "--headed" ] && [ -n "${DISPLAY:-}" ]; then :; fi
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} with apt…"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# npm ci when node_modules is missing or older than the lockfile.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "installing npm packages (npm ci)…"
  npm ci --no-audit --no-fund
fi
