#!/usr/bin/env bash
# All tests: typecheck, unit tests (vitest), the builds, manifest checks, E2E in real Chromium and a
# Firefox build linted by web-ext and smoke-tested in Firefox ESR.
# Installs what is missing first. Ends with one line "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh || { echo "0 passed, 1 failed"; exit 1; }
mkdir -p .ci-out
export E2E_OUT="${E2E_OUT:-.ci-out}"
fail=0
step() { local s=$SECONDS name=$1; shift; echo "::: $name"; if "$@"; then echo "::: $name ok ($((SECONDS - s))s)"; else echo "::: $name FAILED ($((SECONDS - s))s)"; fail=$((fail + 1)); fi; }

step typecheck npx tsc --noEmit
step lint npx eslint .
step unit npx vitest run --reporter=default --reporter=json --outputFile=.ci-out/vitest.json
step build-store npx wxt build -b chrome
step page-script-size node scripts/check-page-size.mjs .output/chrome-mv3
# The store zip's size budget (≤ 300,000 B), on the zip the store gets.
step store-zip-size bash -c 'npx wxt zip -b chrome > /dev/null && node scripts/check-zip-size.mjs'
step build-demo npx wxt build -b chrome --mode demo
step e2e bash -c 'set -o pipefail; node e2e/run.mjs 2>&1 | tee .ci-out/e2e.log'
# The README's first command, headless: the panel shows each demo page with its suggestions (screenshots in demo-out/).
step demo-headless node e2e/demo.mjs --headless
# Firefox: the same code as a sidebar add-on; web-ext lint must find no error, and Firefox ESR runs it.
step build-firefox npx wxt build -b firefox
step firefox-lint npx web-ext lint --source-dir .output/firefox-mv3
step firefox-page-script-size node scripts/check-page-size.mjs .output/firefox-mv3
# The demo build zipped as the store zip is (scripts/store-zip.ts): Firefox installs that zip, so the zip the Zopfli pass
# rewrites is what a browser reads.
step zip-firefox-demo bash -c 'npx wxt zip -b firefox --mode demo > /dev/null'
step e2e-firefox bash -c 'set -o pipefail; ASCP_FF_ZIP="$(ls "$PWD"/.output/*-firefox.zip)" node e2e/firefox.mjs 2>&1 | tee .ci-out/firefox.log'

node -e '
const fs = require("fs");
let p = 0, f = Number(process.argv[1]);
try { const v = JSON.parse(fs.readFileSync(".ci-out/vitest.json", "utf8")); p += v.numPassedTests; f += v.numFailedTests; } catch { f += 1; }
try { const m = fs.readFileSync(".ci-out/e2e.log", "utf8").match(/e2e: (\d+) passed, (\d+) failed/); p += +m[1]; f += +m[2]; } catch { f += 1; }
try { const m = fs.readFileSync(".ci-out/firefox.log", "utf8").match(/firefox: (\d+) passed, (\d+) failed/); p += +m[1]; f += +m[2]; } catch { f += 1; }
if (p === 0) f += 1;
console.log(`${p} passed, ${f} failed`);
process.exit(f ? 1 : 0);' "$fail"
