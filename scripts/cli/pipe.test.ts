// The CLI run as a real child process: every command that can print a lot writes all of it into a
// pipe (not only the first 64 KiB), and stops quietly when the reader closes the pipe early (`| head`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// vitest runs from the repo root (under happy-dom import.meta.url is not a file URL).
const ROOT = process.cwd();
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'cli-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs `cli <args>` three ways: into a file, through `cat` into a file, through `head -c 1000 | wc -c`. */
function threeWays(name: string, args: string[]) {
  const cli = `${q(TSX)} scripts/cli.ts ${args.map(q).join(' ')}`;
  const file = join(dir, `${name}.file`);
  const piped = join(dir, `${name}.piped`);
  const script = [
    'set -o pipefail',
    `${cli} > ${q(file)} 2>/dev/null; echo "file=$?"`,
    `${cli} 2>/dev/null | cat > ${q(piped)}; echo "piped=$?"`,
    `n=$(${cli} 2>/dev/null | head -c 1000 | wc -c); echo "head=\${PIPESTATUS[0]} $n"`,
  ].join('\n');
  const r = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  const codes = Object.fromEntries(r.stdout.trim().split('\n').map((l) => l.split('=') as [string, string]));
  return { codes, file: readFileSync(file), piped: readFileSync(piped), fileBytes: statSync(file).size };
}

describe('cli output through a pipe', () => {
  // 5,000 lines in, one JSON line out each: about 1.2 MB.
  const jsonl = join(dir, 'big.jsonl');
  const texts = ['快递到哪了', '我要退款，东西坏了', '不处理我就投诉', '开张发票', 'where is my parcel'];
  writeFileSync(jsonl, Array.from({ length: 5000 }, (_, i) => JSON.stringify({ id: `c${i}`, text: `${texts[i % texts.length]} ${i}` })).join('\n'));
  // A labelled set where every case is wrong, so `--errors 5000` lists them all with their text.
  const labelled = join(dir, 'labelled.jsonl');
  writeFileSync(labelled, Array.from({ length: 5000 }, (_, i) => JSON.stringify({
    id: `k${i}`, messages: [`快递到哪了，订单 ${i} 还没收到`], primary: 'invoice', labels: ['invoice'], risk: false, sentiment: 'calm',
  })).join('\n'));
  // 5,000 CSV rows without a body: one "error row N" line each.
  const csv = join(dir, 'rows.csv');
  writeFileSync(csv, `标题,内容\n${Array.from({ length: 5000 }, (_, i) => `标题${i},`).join('\n')}\n`);

  it.each([
    ['classify', ['classify', jsonl]],
    ['eval', ['eval', '--file', labelled, '--errors', '5000']],
    ['scripts-list', ['scripts', 'list', '--json']],
    ['scripts-preview', ['scripts', 'preview', csv]],
  ])('%s: the pipe gets every byte the file gets', (name, args) => {
    const r = threeWays(name, args);
    expect(r.fileBytes).toBeGreaterThan(65536); // more than a pipe buffer holds: the old CLI cut there
    expect(r.piped.length).toBe(r.fileBytes);
    expect(r.piped.equals(r.file)).toBe(true);
    // A reader that stops early ends the command quietly, with its normal exit code.
    expect(r.codes.head).toBe(`${r.codes.file} 1000`);
    expect(r.codes.piped).toBe(r.codes.file);
  }, 60_000);
});
