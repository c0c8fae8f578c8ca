/**
 * The content script's work on a seller page: read the page into a snapshot, push it to the background
 * when it changes (DOM mutations, throttled; SPA navigation), answer the panel's requests, and insert
 * text into the chat box. Everything stops with the context (extension update/reload); nothing throws
 * into the page.
 */
import type { Reader } from '../lib/adapters/types';
import { editableRoot, insertText, isEditable } from '../lib/insert/insert';
import type { PageSnapshot } from '../lib/snapshot';
import { deltaOf, type Held } from '../lib/snapshot-delta';
import { onMessages, snapshotSender, type ContentProtocol } from './messaging';
import { createPageContext } from './page-context';
import { startExpander } from './expander';

const MARK = 'aftersalesCopilot';
/**
 * Re-reads after DOM changes: a change after a quiet spell is read almost at once (SETTLE_MS lets the
 * page's framework finish the batch), so a new buyer message reaches the panel quickly; while changes
 * keep coming, the next read waits BUDGET times as long as the last one took, so reading never costs
 * the page more than 1/BUDGET (1.5 %) of its main thread, however busy the chat: the rest of a 2 % share
 * is for the observer's callbacks and the messages sent (`npm run bench` extract, observer overhead: at
 * 1/50 the extension's share of the page's tasks was 2.0–2.5 %, at 1/67 1.4 %).
 */
const SETTLE_MS = 8;
const BUDGET = 67;

/**
 * Starts the page agent once per document; returns a function that reads the page again soon. Each page script passes its one adapter, whose hosts are
 * exactly the script's manifest matches, so the URL is not tested again here (that keeps the host
 * matching code and the generic fallback reader out of every page script).
 */
export function startPageAgent([adapter]: readonly Reader[]): () => void {
  const root = document.documentElement;
  const ctx = createPageContext(); // stops any older instance in this page first
  root.dataset[MARK] = 'ready';
  ctx.onInvalidated(() => delete root.dataset[MARK]);

  // What the background holds of this page (it gets deltas: lib/snapshot-delta.ts).
  const held: Held = { head: '', messages: [] };
  let sentAt = -1e9;
  let lastBox: HTMLElement | null = null;
  let lastRange: Range | null = null;

  // Every reader returns a snapshot, partial on an odd page, and never throws (lib/adapters registry
  // test). Not canonical(): key order is for the CLI and stored JSON; the background and panel read fields.
  const read = (): PageSnapshot => adapter.read(document, location.href, new Date());
  // A lost port (stopped service worker) means the background holds nothing of this page: start again
  // from a whole snapshot, at once when the last one sent may have been lost with it.
  const send = snapshotSender(() => {
    held.head = '';
    held.messages = [];
    if (performance.now() - sentAt < 2e3) schedule();
  });
  // Neither read() nor send() throws.
  const push = () => {
    if (ctx.isInvalid) return;
    const d = deltaOf(read(), held);
    if (d) send(d), (sentAt = performance.now());
  };

  let timer = 0;
  let next = 0;
  const schedule = () => {
    if (timer) return;
    timer = ctx.setTimeout(() => {
      timer = 0;
      const t0 = performance.now();
      push();
      const t1 = performance.now();
      next = t1 + (t1 - t0) * BUDGET;
    }, Math.max(SETTLE_MS, next - performance.now()));
  };

  const shortcuts = startExpander(ctx); // in-page `;shortcut` expansion

  const observer = new MutationObserver((records) => {
    // Our own marker and the agent's typing in the chat box do not change the snapshot.
    for (const r of records) {
      const t = r.target as Element;
      if (lastBox && (t === lastBox || lastBox.contains(t))) continue;
      schedule();
      return;
    }
  });
  observer.observe(document.body ?? root, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.onNavigate(schedule);

  // Clicking in the side panel takes focus from the page: remember the last chat box and caret.
  // A chat box got focus: the agent may come back from the panel with new shortcuts, so the expander asks again.
  ctx.on(document, 'focusin', (e) => {
    const t = (e.composedPath?.()[0] ?? e.target) as Element;
    const box = t && (isEditable(t) ? (t as HTMLElement) : editableRoot(t));
    if (box) (lastBox = box), void shortcuts();
  }, { capture: true });
  ctx.on(document, 'selectionchange', () => {
    const sel = document.getSelection();
    if (lastBox && sel?.rangeCount && lastBox.contains(sel.getRangeAt(0).commonAncestorContainer)) lastRange = sel.getRangeAt(0).cloneRange();
  });

  const chatBox = (): HTMLElement | null => {
    if (lastBox?.isConnected && isEditable(lastBox)) return lastBox;
    for (const s of adapter.chatBox) {
      const el = document.querySelector(s);
      if (el && isEditable(el)) return el as HTMLElement;
    }
    // A page the adapter's selectors do not know (a console's chat frame): its one reply box, if it has
    // exactly one; with several (a memo beside the reply), none is guessed and the panel copies instead.
    const boxes = [...document.querySelectorAll('textarea,[contenteditable="true"],[contenteditable=""]')].filter(isEditable);
    return boxes.length === 1 ? (boxes[0] as HTMLElement) : null;
  };

  const stop = onMessages<ContentProtocol>('content', {
    readPage: read,
    insertText: async ({ text }) => insertText(chatBox(), text, { restore: lastRange }, adapter.rich),
  });
  ctx.onInvalidated(stop);

  push();
  // Read again now (the reader's own inputs changed, e.g. the agent fixed a field).
  return schedule;
}
