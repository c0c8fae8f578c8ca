// The panel as an English-speaking agent at Chrome's narrowest side panel sees it, in real Chromium:
// (1) with the UI in English, no Chinese text outside what comes from the page, the agent or a reply
//     (marked data-user-text, or in an element whose lang is Chinese) on the demo chat, order and
//     after-sales pages and in every view; (2) nothing wider than 320 px, every tab visible;
// (3) axe-core's colour-contrast rule (WCAG AA 4.5:1) passes in light and dark, in both languages.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { OUT, expect, openPanel, setTheme } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WIDTH = 320;

/** UI text in Chinese on the panel (text nodes and title/aria-label/placeholder), outside page, agent and reply text. */
const chineseUi = (panel) => panel.evaluate(() => {
  const cjk = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;
  const exempt = (el) => !!el.closest('[data-user-text]') || /^zh/i.test(el.closest('[lang]')?.getAttribute('lang') ?? '');
  const where = (el) => {
    const ids = [];
    for (let e = el; e && ids.length < 2; e = e.parentElement) if (e.dataset?.testid) ids.push(e.dataset.testid);
    return `${el.tagName.toLowerCase()}${ids.length ? `[${ids.join('<')}]` : `.${el.className}`}`;
  };
  const out = [];
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n; (n = walk.nextNode());) if (cjk.test(n.data) && !exempt(n.parentElement)) out.push(`${where(n.parentElement)}: ${n.data.trim().slice(0, 40)}`);
  for (const el of document.querySelectorAll('[title], [aria-label], [placeholder]')) {
    for (const a of ['title', 'aria-label', 'placeholder']) {
      const v = el.getAttribute(a);
      if (v && cjk.test(v) && !exempt(el)) out.push(`${where(el)} @${a}: ${v.slice(0, 40)}`);
    }
  }
  return out;
});

/** What sticks out beyond the panel's width: the page's own scroll width and any tab cut off. */
const overflow = (panel) => panel.evaluate((w) => {
  const out = [];
  const sw = document.scrollingElement.scrollWidth;
  if (sw > w) out.push(`page scrolls sideways: ${sw} px`);
  for (const t of document.querySelectorAll('[data-testid^="view-"]')) {
    const r = t.getBoundingClientRect();
    if (r.right > w + 0.5 || r.left < -0.5) out.push(`tab "${t.textContent}" at ${Math.round(r.left)}–${Math.round(r.right)} px`);
  }
  return out;
}, WIDTH);

/** axe-core's colour-contrast violations on the panel as it is now. */
async function contrast(panel) {
  if (!(await panel.evaluate(() => typeof window.axe === 'object'))) await panel.evaluate(AXE);
  const res = await panel.evaluate(() => window.axe.run(document, { runOnly: ['color-contrast'] }));
  const found = res.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.any?.[0]?.message ?? v.help}`));
  // axe files text drawn in its own background colour (1:1) under "incomplete" (it might be hidden on
  // purpose); a measured ratio below 4.5 there is a failure all the same.
  for (const v of res.incomplete) {
    for (const n of v.nodes) {
      const m = /has a ([\d.]+):1 contrast ratio/.exec(n.any?.[0]?.message ?? '');
      if (m && Number(m[1]) < 4.5) found.push(`${n.target.join(' ')}: ${n.any[0].message}`);
    }
  }
  return found;
}


async function setLang(panel, want) {
  if ((await panel.evaluate(() => document.documentElement.lang)) .startsWith(want)) return;
  await panel.getByTestId('lang-switch').click();
  await panel.waitForFunction((l) => document.documentElement.lang.startsWith(l), want, { timeout: 5000 });
}

export async function run(browser, origin, { check }) {
  const { context } = browser;
  const pages = {};
  for (const name of ['chat', 'order', 'aftersale']) {
    const p = (pages[name] = await context.newPage());
    await p.goto(`${origin}/demo/${name}.html`);
    await p.waitForFunction(() => document.documentElement.dataset.aftersalesCopilot === 'ready', null, { timeout: 10000 });
  }
  await pages.chat.bringToFront();
  const panel = await openPanel(browser, { width: WIDTH, height: 900 });
  await panel.waitForFunction(() => document.querySelector('[data-testid="last-buyer-message"]'), null, { timeout: 10000 });
  const views = await panel.evaluate(() => [...document.querySelectorAll('[data-testid^="view-"]')].map((e) => e.dataset.testid));

  /** Runs `fn(label)` on each demo page's page view and on every other view, collecting its findings. */
  const everywhere = async (fn) => {
    const found = [];
    for (const name of ['chat', 'order', 'aftersale']) {
      await pages[name].bringToFront();
      await panel.getByTestId('view-page').click();
      await panel.waitForFunction((k) => document.querySelector('[data-testid="page-badge"]')?.dataset.pageKind === k, { chat: 'chat', order: 'order_detail', aftersale: 'after_sales' }[name], { timeout: 8000 });
      await panel.getByTestId('section-situation').waitFor({ timeout: 8000 });
      found.push(...(await fn(`${name} page`)));
    }
    for (const v of views.filter((x) => x !== 'view-page')) {
      await panel.getByTestId(v).click();
      await panel.waitForFunction((id) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('aria-current') === 'page', v, { timeout: 5000 });
      await panel.locator('main section, main .sec').first().waitFor({ timeout: 5000 });
      found.push(...(await fn(v.slice(5))));
    }
    // The reply editor with chosen chips and its conditions open (a pressed chip once drew blue text on blue).
    await pages.chat.bringToFront();
    await panel.getByTestId('view-page').click();
    await panel.waitForFunction(() => document.querySelector('[data-testid="page-badge"]')?.dataset.pageKind === 'chat', null, { timeout: 8000 });
    await panel.getByTestId('reply-for-case').click();
    await panel.getByTestId('script-editor').waitFor({ timeout: 5000 });
    await panel.locator('[data-testid="edit-conditions"] > summary').click();
    await panel.locator('[data-testid="edit-stages"] [data-value="delivered"]').click();
    found.push(...(await fn('reply editor')));
    await panel.getByTestId('edit-cancel').click();
    await panel.getByTestId('view-page').click();
    return found;
  };

  await check('English UI: no Chinese UI text on the three demo pages and in every view', async () => {
    await setLang(panel, 'en');
    const found = await everywhere(async (where) => (await chineseUi(panel)).map((x) => `${where}: ${x}`));
    expect(found.length === 0, `${found.length} Chinese UI text(s):\n  ${found.slice(0, 15).join('\n  ')}`);
    await panel.screenshot({ path: join(OUT, 'panel-320-en.png') });
    return `${views.length} views + 3 pages walked`;
  });

  for (const lang of ['en', 'zh']) {
    await check(`${WIDTH} px wide (${lang}): nothing sticks out, every tab visible`, async () => {
      await setLang(panel, lang);
      const found = await everywhere(async (where) => (await overflow(panel)).map((x) => `${where}: ${x}`));
      expect(found.length === 0, found.slice(0, 10).join('\n  '));
    });
    for (const theme of ['light', 'dark']) {
      await check(`contrast ≥ 4.5:1 (axe-core color-contrast), ${theme}, ${lang}`, async () => {
        await setLang(panel, lang);
        await setTheme(panel, theme);
        const found = await everywhere(async (where) => (await contrast(panel)).map((x) => `${where}: ${x}`));
        expect(found.length === 0, `${found.length} violation(s):\n  ${[...new Set(found)].slice(0, 12).join('\n  ')}`);
        await panel.screenshot({ path: join(OUT, `panel-320-${lang}-${theme}.png`), fullPage: true });
      });
    }
  }
  await setTheme(panel, 'auto').catch(() => {});
  for (const p of Object.values(pages)) await p.close();
  await panel.close();
}
