/**
 * `npm run bench`: sizes of the built extension and the speed figures of every area
 * (scripts/bench/*.ts, each printing its own lines with targets and baselines).
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.output');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} kB`;
}

async function sizes(): Promise<void> {
  console.log('## Build sizes (store build, wxt build -b chrome; gzip -9)');
  execSync('npx wxt build -b chrome', { cwd: ROOT, stdio: 'ignore' });
  execSync('npx wxt zip -b chrome', { cwd: ROOT, stdio: 'ignore' });
  const dir = join(OUT, 'chrome-mv3');
  let total = 0;
  for (const f of files(dir).filter((f) => /\.(js|html|css|json)$/.test(f)).sort()) {
    const buf = readFileSync(f);
    total += buf.length;
    const gz = gzipSync(buf, { level: 9 }).length;
    const flag = /content-scripts\/content\.js$/.test(f) ? `  (budget ≤ 10.0 kB gzip: ${gz <= 10240 ? 'OK' : 'OVER'}; a popular peer injects 188.8 kB gzip, ratio ${(188.8 * 1024 / gz).toFixed(1)}× smaller)` : '';
    console.log(`${relative(dir, f).padEnd(44)} ${kb(buf.length).padStart(10)} raw ${kb(gz).padStart(9)} gzip${flag}`);
  }
  const zip = readdirSync(OUT).find((f) => f.endsWith('-chrome.zip'));
  console.log(`${'all text files'.padEnd(44)} ${kb(total).padStart(10)} raw`);
  if (zip) console.log(`${`extension zip (${zip})`.padEnd(44)} ${kb(statSync(join(OUT, zip)).size).padStart(10)}`);
}

async function main(): Promise<void> {
  const only = process.argv[2];
  if (!only || only === 'size') await sizes();
  const dir = join(ROOT, 'scripts', 'bench');
  const mods = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort() : [];
  for (const m of mods) {
    const name = m.replace(/\.ts$/, '');
    if (only && only !== name) continue;
    console.log(`\n## ${name}`);
    const mod = (await import(join(dir, m))) as { run?: () => Promise<void> };
    if (mod.run) await mod.run();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
