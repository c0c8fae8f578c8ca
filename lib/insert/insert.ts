/**
 * Puts text into a page's chat box at the caret so that the page's own state (React/Vue-controlled
 * inputs, rich editors) sees it. Strategies are tried in order until the text is really there
 * (peers.md, "the strategy chain"). Never presses Enter and never clicks send.
 */

export type InsertResult = { ok: true; strategy: string } | { ok: false; reason: 'no-box' | 'not-editable' | 'rejected' };

/** True for an element the agent can type into. */
export function isEditable(el: Element | null | undefined): el is HTMLElement {
  const h = el as HTMLInputElement | null | undefined;
  if (!h?.isConnected) return false;
  if (/^(TEXTAREA|INPUT)$/.test(h.tagName)) return !h.readOnly && !h.disabled && (h.tagName[0] === 'T' || /^(text|search)$/.test(h.type));
  return h.isContentEditable || /^(true|plaintext-only)$/.test(h.getAttribute('contenteditable') ?? '');
}

/** The editable root of an element inside a rich editor (the outermost editable ancestor of a run). */
export function editableRoot(el: Element): HTMLElement | null {
  let found: HTMLElement | null = null;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (isEditable(cur)) found = cur;
    else if (found) break;
  }
  return found;
}

const tick = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function fire(el: Element, type: string, data: string): boolean {
  return el.dispatchEvent(new InputEvent(type, { bubbles: true, cancelable: type[0] === 'b', composed: true, inputType: 'insertText', data }));
}

/** textarea/input: replace the selection with setRangeText, then input + change (React's tracker sees it). */
function intoField(el: HTMLInputElement | HTMLTextAreaElement, text: string): boolean {
  const before = el.value;
  const start = el.selectionStart ?? before.length;
  const end = el.selectionEnd ?? before.length;
  let t = text;
  if (el.maxLength > 0) t = t.slice(0, Math.max(0, el.maxLength - (before.length - (end - start))));
  if (el.tagName === 'INPUT') t = t.replace(/\s*\n\s*/g, ' ');
  el.setRangeText(t, start, end, 'end');
  fire(el, 'input', t);
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return el.value !== before && el.value.includes(t);
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const shown = (el: HTMLElement) => squash(el.innerText ?? el.textContent ?? '');

/** Waits up to `ms` for the editor to show the text (rich editors render asynchronously); 0 checks once. */
async function arrived(el: HTMLElement, text: string, before: string, ms: number): Promise<boolean> {
  const want = squash(text).slice(0, 40);
  for (let waited = 0; ; waited += 25) {
    const now = shown(el);
    if (now !== before && now.includes(want)) return true;
    if (waited >= ms) return false;
    await tick(25);
  }
}

/** Places the caret at the end of the editor when the selection is not inside it. */
function ensureCaret(el: HTMLElement): Range | null {
  const sel = el.ownerDocument.getSelection();
  if (!sel) return null;
  if (sel.rangeCount && el.contains(sel.getRangeAt(0).commonAncestorContainer)) return sel.getRangeAt(0);
  const r = el.ownerDocument.createRange();
  r.selectNodeContents(el);
  r.collapse(false);
  sel.removeAllRanges();
  sel.addRange(r);
  return r;
}

/** Plain contenteditable: insert text nodes (and <br> for line breaks) at the range, caret after. */
function intoRange(el: HTMLElement, text: string): void {
  const range = ensureCaret(el);
  if (!range) return;
  const doc = el.ownerDocument;
  range.deleteContents();
  const frag = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i) frag.append(doc.createElement('br'));
    if (line) frag.append(line);
  });
  const last = frag.lastChild;
  range.insertNode(frag);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    doc.getSelection()?.removeAllRanges();
    doc.getSelection()?.addRange(range);
  }
  fire(el, 'input', text);
}

/**
 * Inserts `text` into `target` (a textarea, input or contenteditable editor) at the caret.
 * Resolves with the strategy that worked, or a reason when none did (the caller copies to the clipboard).
 * Rich editors: 1. paste (ProseMirror, Draft.js, CKEditor 5, Quill handle a paste event); 2. beforeinput
 * (Lexical, Slate cancel it and apply the insert themselves); 3. our own range insert (plain
 * contenteditable); 4. the browser's execCommand as the last resort.
 */
export async function insertText(target: Element | null | undefined, text: string, opts: { restore?: Range | null } = {}): Promise<InsertResult> {
  if (!target) return { ok: false, reason: 'no-box' };
  const el = (isEditable(target) ? target : editableRoot(target)) as HTMLElement | null;
  if (!el) return { ok: false, reason: 'not-editable' };
  el.focus({ preventScroll: true });
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') {
    return intoField(el as HTMLTextAreaElement, text) ? { ok: true, strategy: 'field' } : { ok: false, reason: 'rejected' };
  }
  const doc = el.ownerDocument;
  const sel = doc.getSelection();
  if (opts.restore && el.contains(opts.restore.commonAncestorContainer) && sel) {
    sel.removeAllRanges();
    sel.addRange(opts.restore);
  }
  ensureCaret(el);
  const before = shown(el);
  const steps: [string, () => boolean, number][] = [
    ['paste', () => {
      const dt = new DataTransfer();
      dt.setData('text/plain', text);
      return !el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true }));
    }, 400],
    ['beforeinput', () => !fire(el, 'beforeinput', text), 400],
    ['range', () => (intoRange(el, text), true), 0],
    ['execCommand', () => doc.execCommand('insertText', false, text), 200],
  ];
  for (const [strategy, run, wait] of steps) {
    let handled = false;
    try {
      handled = run();
    } catch {
      /* this browser or page lacks the API: the next strategy */
    }
    // A step that was not taken up may still have changed the editor (a handler that does not cancel).
    if (await arrived(el, text, before, handled ? wait : 0)) return { ok: true, strategy };
  }
  return { ok: false, reason: 'rejected' };
}
