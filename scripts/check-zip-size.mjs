// The store zip stays within its budget (issue #18: ≤ 300 kB, as `wxt zip` prints it: 1 kB = 1,000 B).
// `npm run bench size` prints the figure with a per-chunk report; this is the check `npm test` runs.
// `node scripts/check-zip-size.mjs [zip]`; exits 1 when the zip is missing or over budget.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ZIP_BUDGET = 300_000;
const out = process.env.ASCP_OUT ?? '.output';
const zip = process.argv[2] ?? readdirSync(out).filter((f) => f.endsWith('-chrome.zip')).map((f) => join(out, f))[0];
if (!zip) {
  console.error(`no Chrome zip in ${out}: run "npx wxt zip -b chrome" first`);
  process.exit(1);
}
const n = statSync(zip).size;
console.log(`${n <= ZIP_BUDGET ? 'OK  ' : 'OVER'} ${zip}: ${n.toLocaleString('en')} B (budget ${ZIP_BUDGET.toLocaleString('en')} B, ${(ZIP_BUDGET - n).toLocaleString('en')} B left)`);
process.exit(n <= ZIP_BUDGET ? 0 : 1);
