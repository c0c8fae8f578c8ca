// Insert E2E in real Chromium: a reply of several lines inserted through the panel into the demo chat's
// textarea and into the after-sales page's contenteditable box (1) sends nothing — no Enter key event
// (keydown/keypress/keyup), no submit, no click on a button, no paragraph-break beforeinput reached the
// page — and (2) keeps the browser's own undo: after the agent typed a greeting and inserted the reply,
// Ctrl+Z leaves exactly the greeting, and the page's own state follows.
import { expect, openDemoChat } from './harness.mjs';

const GREETING = '您好，';
const REPLY = '运费这边由我们承担，\n您放心寄回就好。';

/** Records in the page everything that sends on a chat page (Enter keys, submit, button clicks, paragraph breaks). */
function watchSends(page) {
  return page.evaluate(() => {
    const seen = (window.__sendTriggers = []);
    const isEnter = (e) => e.key === 'Enter' || e.code === 'Enter' || e.keyCode === 13;
    for (const type of ['keydown', 'keypress', 'keyup']) document.addEventListener(type, (e) => { if (isEnter(e)) seen.push(`${type} Enter`); }, true);
    document.addEventListener('submit', () => seen.push('submit'), true);
    document.addEventListener('click', (e) => { if (e.target.closest?.('button, [data-demo="send"]')) seen.push('button click'); }, true);
    document.addEventListener('beforeinput', (e) => { if (/^insert(Paragraph|LineBreak)$/.test(e.inputType)) seen.push(`beforeinput ${e.inputType}`); }, true);
  });
}

/** What the box shows (a textarea's value, an editor's text with its line breaks) and the page's own state. */
const boxState = (page) => page.evaluate(() => {
  const b = document.querySelector('[data-demo="reply"]');
  return {
    value: b.tagName === 'TEXTAREA' ? b.value : b.innerText,
    draft: window.__demo.state.draft,
    sent: window.__sent.length,
    triggers: window.__sendTriggers ?? [],
  };
});

/** Types the greeting into the page's empty box, inserts REPLY through the panel, then presses Ctrl+Z in the page. */
async function typeInsertUndo(page, panel) {
  const box = page.locator('[data-demo="reply"]');
  await box.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(GREETING);
  await page.waitForFunction((g) => window.__demo.state.draft === g, GREETING, { timeout: 3000 });
  await watchSends(page);
  await panel.getByTestId('compose').fill(REPLY);
  await panel.getByTestId('compose-insert').click();
  const flat = (s) => s.replace(/\s+/g, '');
  await page.waitForFunction((want) => window.__demo.state.draft.replace(/\s+/g, '') === want, flat(GREETING + REPLY), { timeout: 5000 })
    .catch(async () => { throw new Error(`after the insert the page shows ${JSON.stringify(await boxState(page))}`); });
  const inserted = await boxState(page);
  expect(inserted.sent === 0, `${inserted.sent} message(s) sent by the insert`);
  expect(inserted.triggers.length === 0, `send triggers reached the page: ${inserted.triggers.join(', ')}`);
  await box.focus();
  await page.keyboard.press('Control+z');
  await page.waitForFunction((g) => window.__demo.state.draft === g, GREETING, { timeout: 3000 })
    .catch(async () => { throw new Error(`after Ctrl+Z the page shows ${JSON.stringify(await boxState(page))} (wanted "${GREETING}")`); });
  const undone = await boxState(page);
  expect(undone.value.trim() === GREETING, `after Ctrl+Z the box holds ${JSON.stringify(undone.value)}`);
  expect(undone.sent === 0, `${undone.sent} message(s) sent`);
  return `${JSON.stringify(inserted.value)} → Ctrl+Z → ${JSON.stringify(undone.value)}; 0 sent, no send trigger`;
}

/** Runs the insert checks on a launched browser. */
export async function run(browser, origin, { check }) {
  const { context } = browser;
  const { chat, panel } = await openDemoChat(browser, origin);
  await panel.waitForFunction(() => document.querySelector('[data-testid="page-badge"]') && document.querySelector('[data-testid="last-buyer-message"]'), null, { timeout: 10000 });

  await check('insert: textarea — a reply of two lines sends nothing, and Ctrl+Z takes back exactly the reply', () => typeInsertUndo(chat, panel));

  await check('insert: Alt+N pressed in the page\'s own chat box inserts that suggestion there, sending nothing', async () => {
    // The first suggestion whose values the page fills (one that lacks a value asks for it in the panel instead).
    const n = await panel.evaluate(() => [...document.querySelectorAll('[data-testid^="suggestion-"][data-missing=""]')]
      .map((li) => Number(/^suggestion-(\d)$/.exec(li.dataset.testid)?.[1])).find((k) => k >= 1 && k <= 5));
    expect(n, 'a suggestion with every value filled');
    const want = (await panel.getByTestId(`suggestion-${n}-text`).textContent()).replace(/\s+/g, '');
    const box = chat.locator('[data-demo="reply"]');
    await box.click();
    await chat.keyboard.press('Control+a');
    await chat.keyboard.press('Delete');
    await watchSends(chat);
    await chat.keyboard.press(`Alt+${n}`);
    await chat.waitForFunction((w) => window.__demo.state.draft.replace(/\s+/g, '') === w, want, { timeout: 8000 })
      .catch(async () => { throw new Error(`after Alt+${n} the page shows ${JSON.stringify(await boxState(chat))}`); });
    const st = await boxState(chat);
    expect(st.sent === 0 && st.triggers.length === 0, `sent ${st.sent}, triggers ${st.triggers.join(', ')}`);
    return `Alt+${n} in the page → ${want.slice(0, 24)}… in the box; 0 sent`;
  });

  const after = await context.newPage();
  await after.goto(`${origin}/demo/aftersale.html`);
  await after.waitForFunction(() => document.documentElement.dataset.aftersalesCopilot === 'ready', null, { timeout: 10000 });
  await after.bringToFront();
  await panel.waitForFunction(() => document.querySelector('[data-testid="aftersales-state"]')?.dataset.state === 'requested', null, { timeout: 8000 });

  await check('insert: contenteditable — a reply of two lines sends nothing, and Ctrl+Z takes back exactly the reply', () => typeInsertUndo(after, panel));

  await after.close();
  await chat.close();
  await panel.close();
}
