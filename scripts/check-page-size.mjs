// Every script that runs inside a seller page stays small (the host page must not notice us):
// each page script of the built manifest's content_scripts, and the hand-mapped sites' scripts,
// at most 12 kB gzip, and none calls require() (content scripts have no module loader).
// The extension's own pages and its background share one copy of each library: the background is an
// ES module built with the panel (WXT groups a module background with the extension pages), so the
// database library and the built-in replies are chunks both import, not two copies in the zip.
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
// One copy of the database library among the extension's own scripts (the background, the panel's chunks and
// every other script that is not a page script), wherever the build names them.
const own = readdirSync(dir, { recursive: true }).map((f) => f.replace(/\\/g, '/')).filter((f) => f.endsWith('.js') && !files.has(f));
const dexie = own.filter((f) => readFileSync(join(dir, f), 'utf8').includes('DexieError'));
if (manifest.background?.type !== 'module' || dexie.length !== 1) {
  over++;
  console.log(`BAD  the background is ${manifest.background?.type ?? 'classic'}; the database library is in ${dexie.length} files (${dexie.join(', ')}): one shared copy expected`);
} else console.log(`ok   one copy of the database library (${dexie[0]}), shared by the background and the panel`);
// A service worker cannot import(): none in the background or the chunks it loads.
const seen = new Set();
const visit = (f) => {
  if (seen.has(f)) return;
  seen.add(f);
  const code = readFileSync(join(dir, f), 'utf8');
  for (const m of code.matchAll(/\bfrom\s*["'`]\.{1,2}\/([^"'`]+)["'`]/g)) visit(join(f, '..', m[1]).replace(/\\/g, '/'));
};
if (manifest.background?.type === 'module') visit(manifest.background.service_worker ?? manifest.background.scripts[0]);
const dynamic = [...seen].filter((f) => /\bimport\(/.test(readFileSync(join(dir, f), 'utf8')));
if (dynamic.length) {
  over++;
  console.log(`BAD  the background loads ${dynamic.join(', ')}, which call import() (a service worker cannot)`);
} else if (seen.size) console.log(`ok   the background loads ${seen.size} files, none calls import()`);
process.exit(over ? 1 : 0);
