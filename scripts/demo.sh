#!/usr/bin/env bash
# Builds the demo extension and opens Chromium with it on the bundled demo seller pages.
# Headed when there is a display; with --headless (or no display) it saves screenshots instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npx wxt build -b chrome --mode demo
exec node e2e/demo.mjs "$@"
