/**
 * Page reading: field accuracy over every saved fixture, and extraction time on a generated
 * 2,000-message chat page per chat platform (target ≤ 5 ms p95).
 * - Accuracy: registry.readPage on each fixture, field by field against its expected JSON (testkit
 *   diffSnapshot's fields), per platform "fields right / fields compared" (a field is compared when
 *   the expected or the read snapshot has it).
 * - Speed in happy-dom: the big page is built from the platform's chat fixture by repeating its message
 *   rows, parsed once, then adapter.read is timed 50 times. happy-dom's DOM is much slower than
 *   Chromium's, so these are upper bounds.
 * - Speed in Chromium and observer overhead: e2e/bench-page.mjs (real Chromium, same big pages, and a
 *   page receiving 10 messages/s with the extension loaded), run here when a demo build exists.
 * Run: npx tsx -e "import('./scripts/bench/extract.ts').then(m=>m.run())"
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { ADAPTERS, readPage } from '../../lib/adapters/registry';
import { FIELDS, FIXTURE_NOW, fixturesOf } from '../../lib/adapters/testkit';
import { canonical } from '../../lib/snapshot';

const ROOT = join(import.meta.dirname, '..', '..');
const MESSAGES = 2000;
const RUNS = 50;
const TARGET_MS = 5;

/** Where the message rows of each chat platform's fixture are (the adapters' own row selectors). */
export const CHAT_ROWS: Record<string, { fixture: string; rows: string }> = {
  pinduoduo: { fixture: 'chat-refund-long', rows: '#msgListContainer > ul.msg-list > li.onemsg' },
  douyin: { fixture: 'chat-price-gap-long', rows: '#workspace-chat [data-id^="message-"], #workspace-chat [class^="timeDivider"]' },
  jd: { fixture: 'chat-dongdong', rows: '.chat-panel .msg-list > *' },
  kuaishou: { fixture: 'chat-broken-parcel-long', rows: '[class^="messageList_list"] > [class^="chatMessage_item"]' },
  amazon: { fixture: 'chat-inbox', rows: '[data-test-id="thread-detail"] .message-item' },
};

function parse(html: string, url: string): Document {
  const win = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  return new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** The platform's chat fixture with its message rows repeated (in order, cyclically) up to `n` rows. */
export function bigChat(platform: string, n = MESSAGES): { html: string; url: string; rows: string } {
  const spec = CHAT_ROWS[platform];
  const fx = fixturesOf(platform).find((f) => f.name === spec.fixture)!;
  const doc = parse(fx.html, fx.url);
  const rows = [...doc.querySelectorAll(spec.rows)];
  const parent = rows[0].parentElement!;
  const own = rows.filter((r) => r.parentElement === parent);
  const anchor = own[own.length - 1].nextSibling;
  for (let i = own.length; i < n; i++) parent.insertBefore(own[i % own.length].cloneNode(true), anchor);
  return { html: `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`, url: fx.url, rows: spec.rows };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

function accuracy(): void {
  console.log('field accuracy (registry.readPage on every fixture vs its expected JSON):');
  let right = 0;
  let compared = 0;
  // The registry's platforms (fixtures/unknown holds what a hand-made site mapping reads: lib/mapping's tests).
  for (const a of ADAPTERS) {
    let r = 0;
    let c = 0;
    const wrong: string[] = [];
    for (const fx of fixturesOf(a.id)) {
      const got = canonical(readPage(parse(fx.html, fx.url), fx.url, FIXTURE_NOW));
      const want = canonical(fx.expected);
      for (const f of FIELDS) {
        const g = JSON.stringify(got[f] ?? null);
        const w = JSON.stringify(want[f] ?? null);
        if (g === 'null' && w === 'null') continue;
        c++;
        if (g === w) r++;
        else wrong.push(`${fx.name}.${f}`);
      }
    }
    right += r;
    compared += c;
    if (!c) continue;
    console.log(`  ${a.id.padEnd(10)} ${String(r).padStart(4)} / ${String(c).padEnd(4)} fields right (${((100 * r) / c).toFixed(1)} %)${wrong.length ? `; wrong: ${wrong.join(', ')}` : ''}`);
  }
  console.log(`  ${'all'.padEnd(10)} ${String(right).padStart(4)} / ${String(compared).padEnd(4)} fields right (${((100 * right) / compared).toFixed(1)} %)`);
}

function speedHappyDom(): Record<string, string> {
  console.log(`extraction time, happy-dom, ${MESSAGES}-message chat page, adapter.read × ${RUNS} (target ≤ ${TARGET_MS} ms p95 in the browser):`);
  const dir = join(tmpdir(), 'ascp-bench-pages');
  mkdirSync(dir, { recursive: true });
  const files: Record<string, string> = {};
  for (const platform of Object.keys(CHAT_ROWS)) {
    const big = bigChat(platform);
    const doc = parse(big.html, big.url);
    const a = ADAPTERS.find((x) => x.id === platform)!;
    const first = a.read(doc, big.url, FIXTURE_NOW);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      a.read(doc, big.url, FIXTURE_NOW);
      times.push(performance.now() - t0);
    }
    const rows = doc.querySelectorAll(big.rows).length;
    console.log(`  ${platform.padEnd(10)} ${rows} rows, ${first.messages?.length ?? 0} messages read: p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms`);
    const file = join(dir, `${platform}.html`);
    writeFileSync(file, big.html);
    files[platform] = file;
  }
  writeFileSync(join(dir, 'pages.json'), JSON.stringify(Object.fromEntries(Object.entries(files).map(([p, f]) => [p, { file: f, url: bigChatUrl(p), rows: CHAT_ROWS[p].rows }]))));
  return files;
}

function bigChatUrl(platform: string): string {
  return fixturesOf(platform).find((f) => f.name === CHAT_ROWS[platform].fixture)!.url;
}

/** Prints the figures; the Chromium part when a demo build and Chromium exist. */
export async function run(): Promise<void> {
  // Timings swing with other work on the machine: say how busy it was.
  console.log(`machine load (1-min average): ${loadavg()[0].toFixed(2)}`);
  accuracy();
  speedHappyDom();
  const out = resolve(ROOT, process.env.ASCP_OUT ?? '.output');
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(join(out, 'chrome-mv3-demo', 'manifest.json')) || !existsSync(chromium)) {
    console.log(`Chromium figures skipped: no demo build in ${out} (npm run build:demo) or no ${chromium}`);
    return;
  }
  try {
    execFileSync('node', [join(ROOT, 'e2e', 'bench-page.mjs'), join(tmpdir(), 'ascp-bench-pages', 'pages.json')], { stdio: 'inherit', cwd: ROOT, env: process.env, timeout: 300_000 });
  } catch (e) {
    console.log(`Chromium figures failed: ${(e as Error).message.split('\n')[0]}`);
  }
}
