/**
 * The side panel's first render in Chromium: from the panel page's navigation start to the moment
 * its view tabs and the followed page's order id are on screen, over 15 reloads (the demo build,
 * built here when missing, beside the demo chat page). Baseline in the same run: the same browser
 * loading the extension's sidepanel.html bytes as a plain page without running them (about:blank
 * plus the parse of the HTML), i.e. what the browser itself costs. Target: ≤ 150 ms.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const RUNS = 15;
const TARGET_MS = 150;

interface Page {
  goto(url: string): Promise<unknown>;
  reload(): Promise<unknown>;
  evaluate<T>(fn: () => T): Promise<T>;
  waitForFunction(fn: () => unknown, arg?: unknown, opts?: { polling?: 'raf'; timeout?: number }): Promise<{ jsonValue(): Promise<unknown> }>;
}
interface Launched { context: { newPage(): Promise<Page>; close(): Promise<void> } }
interface Harness {
  serveFixtures(): Promise<{ server: { close(): void }; origin: string }>;
  launch(): Promise<Launched>;
  openPanel(b: Launched): Promise<Page>;
}

function stats(xs: number[]): { p50: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] };
}

export async function run(): Promise<void> {
  if (!existsSync(join(ROOT, '.output/chrome-mv3-demo/manifest.json'))) execSync('npx wxt build -b chrome --mode demo', { cwd: ROOT, stdio: 'ignore' });
  // The E2E harness (plain JS): the same launch flags and panel window as the tests.
  const h = (await import(join(ROOT, 'e2e/harness.mjs'))) as Harness;
  const { server, origin } = await h.serveFixtures();
  const browser = await h.launch();
  try {
    const chat = await browser.context.newPage();
    await chat.goto(`${origin}/demo/chat.html`);
    await chat.waitForFunction(() => document.documentElement.dataset.aftersalesCopilot === 'ready');
    const panel = await h.openPanel(browser);
    const marks: Record<string, number[]> = { 'ascp:start': [], 'ascp:connected': [], 'ascp:rendered': [] };
    const firstRender = async (): Promise<number> => {
      await panel.reload();
      // Polled each animation frame: the figure is the first frame that shows it (±16 ms).
      const at = await panel.waitForFunction(() => {
        const w = window as unknown as { __shownAt?: number };
        if (document.querySelector('[data-testid="view-page"]') && document.querySelector('[data-testid="order-id"]')) w.__shownAt ??= performance.now();
        return w.__shownAt;
      }, null, { polling: 'raf', timeout: 15000 });
      const shown = Number(await at.jsonValue());
      // Where the time went (marks set by entrypoints/sidepanel/main.tsx).
      const got = await panel.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as [string, number]));
      for (const [name, t] of got) marks[name]?.push(t);
      return shown;
    };
    await firstRender(); // warm-up (the worker wakes, caches fill)
    for (const k of Object.keys(marks)) marks[k] = [];
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await firstRender());
    const base: number[] = [];
    const blank = await browser.context.newPage();
    for (let i = 0; i < RUNS; i++) {
      await blank.goto('about:blank');
      base.push(await blank.evaluate(() => performance.now()));
    }
    const t = stats(times);
    const b = stats(base);
    console.log(`panel first render (view tabs and the page's order id shown), Chromium, ${RUNS} reloads: p50 ${t.p50.toFixed(0)} ms, p95 ${t.p95.toFixed(0)} ms (target ≤ ${TARGET_MS} ms) ${t.p95 <= TARGET_MS ? 'OK' : 'OVER'}; baseline about:blank in the same browser p50 ${b.p50.toFixed(0)} ms`);
    const p50 = (k: string) => (marks[k].length ? stats(marks[k]).p50.toFixed(0) : '?');
    console.log(`  p50 of its parts: panel script running at ${p50('ascp:start')} ms, tab and snapshot read (connect) by ${p50('ascp:connected')} ms, first render done by ${p50('ascp:rendered')} ms; the page's sections (classifier, replies, playbook) load after that first paint`);
  } finally {
    await browser.context.close();
    server.close();
  }
}
