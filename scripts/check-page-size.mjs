// Every script that runs inside a seller page stays small (the host page must not notice us):
// each page script of the built manifest's content_scripts, and the hand-mapped sites' scripts,
// at most 12 kB gzip, and none calls require() (content scripts have no module loader).
// `node scripts/check-page-size.mjs [outDir]`; exits 1 naming any over budget or broken.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const PAGE_BUDGET = 12 * 1024;
const dir = process.argv[2] ?? '.output/chrome-mv3';
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const files = new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []));
for (const f of readdirSync(dir)) if (/^page-[\w-]+\.js$/.test(f)) files.add(f);
if (files.size === 0) {
  console.error(`no page scripts found in ${dir}`);
  process.exit(1);
}
let over = 0;
for (const f of [...files].sort()) {
  const code = readFileSync(join(dir, f));
  const n = gzipSync(code, { level: 9 }).length;
  const ok = n <= PAGE_BUDGET;
  if (!ok) over++;
  // A module the build left to a loader (an `export *` of a shared module): a content script has none.
  if (/\brequire\(/.test(code.toString('utf8'))) {
    over++;
    console.log(`BAD  ${f} calls require(): a shared module was left to a module loader (import it from its own file)`);
  }
  console.log(`${ok ? 'ok  ' : 'OVER'} ${f.padEnd(22)} ${n.toLocaleString('en')} B gzip (budget ${PAGE_BUDGET.toLocaleString('en')}, room ${(PAGE_BUDGET - n).toLocaleString('en')})`);
}
process.exit(over ? 1 : 0);
