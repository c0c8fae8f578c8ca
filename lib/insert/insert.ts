/**
 * Puts text into a page's chat box at the caret so that the page's own state (React/Vue-controlled
 * inputs, rich editors) sees it. Strategies are tried in order until the text is really there
 * (peers.md, "the strategy chain"). Never presses Enter and never clicks send.
 */
import { squash } from '../extract/labels';

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

/** The input event a page's own state listens to (React's value tracker, Vue's v-model). */
function fire(el: Element, data: string): void {
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data }));
}

/**
 * The browser's insertText editing command on the focused element: one undo step (Ctrl+Z takes back
 * exactly this text and nothing typed before) and the browser's own trusted beforeinput/input events.
 * False where there is no such command (Node tests, a browser that refuses it) or the element lost focus.
 */
function execText(el: HTMLElement, text: string): boolean {
  const doc = el.ownerDocument;
  if (typeof doc.execCommand !== 'function' || doc.activeElement !== el) return false;
  try {
    return doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/**
 * textarea/input: the browser's insertText at the selection (native undo); where that changes nothing,
 * setRangeText plus our own input event (React's value tracker sees it). A change event follows either way.
 */
function intoField(el: HTMLInputElement | HTMLTextAreaElement, text: string): boolean {
  const before = el.value;
  const start = el.selectionStart ?? before.length;
  const end = el.selectionEnd ?? before.length;
  let t = text;
  if (el.maxLength > 0) t = t.slice(0, Math.max(0, el.maxLength - (before.length - (end - start))));
  if (el.tagName === 'INPUT') t = t.replace(/\s*\n\s*/g, ' ');
  // When the command changed the value (the page's own input handler may have reshaped it), it is not
  // inserted a second time.
  if (!(t && execText(el, t) && el.value !== before)) {
    el.setRangeText(t, start, end, 'end');
    fire(el, t);
  }
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return el.value !== before && el.value.includes(t);
}

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
  fire(el, text);
}

/** Inserts into a focused contenteditable editor with the caret set: the strategy that worked, or undefined. */
export type RichInsert = (el: HTMLElement, text: string, before: string) => Promise<string | undefined>;

/**
 * The browser's own editing command: trusted beforeinput/input events that rich editors handle. Enough
 * where the chat box is a textarea (a rich editor is then only an occasional other box); pages whose
 * chat box is a rich editor pass chainInsert.
 */
export const execInsert: RichInsert = async (el, text, before) => {
  try {
    if (el.ownerDocument.execCommand('insertText', false, text) && (await arrived(el, text, before, 200))) return 'execCommand';
  } catch {
    /* not supported */
  }
  return (await arrived(el, text, before, 0)) ? 'execCommand' : undefined;
};

/**
 * The full chain for rich chat editors: 1. a paste event (ProseMirror, Draft.js, CKEditor 5, Quill,
 * Lexical, Slate handle it); 2. the browser's execCommand (its trusted beforeinput is what Lexical and
 * Slate apply); 3. our own range insert (plain contenteditable that ignored both).
 */
export const chainInsert: RichInsert = async (el, text, before) => {
  let pasted = false;
  try {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    pasted = !el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true }));
  } catch {
    /* no ClipboardEvent constructor here */
  }
  // A handler that does not cancel may still have inserted the text.
  if (await arrived(el, text, before, pasted ? 400 : 0)) return 'paste';
  const done = await execInsert(el, text, before);
  if (done) return done;
  try {
    intoRange(el, text);
  } catch {
    /* an odd selection: nothing inserted */
  }
  return (await arrived(el, text, before, 0)) ? 'range' : undefined;
};

/**
 * Inserts `text` into `target` (a textarea, input or contenteditable editor) at the caret.
 * Resolves with the strategy that worked, or a reason when none did (the caller copies to the clipboard).
 * Rich editors go through `rich` (execInsert unless the page's reader asks for chainInsert).
 */
export async function insertText(
  target: Element | null | undefined,
  text: string,
  opts: { restore?: Range | null } = {},
  rich: RichInsert = execInsert,
): Promise<InsertResult> {
  if (!target) return { ok: false, reason: 'no-box' };
  const el = (isEditable(target) ? target : editableRoot(target)) as HTMLElement | null;
  if (!el) return { ok: false, reason: 'not-editable' };
  el.focus({ preventScroll: true });
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') {
    return intoField(el as HTMLTextAreaElement, text) ? { ok: true, strategy: 'field' } : { ok: false, reason: 'rejected' };
  }
  const sel = el.ownerDocument.getSelection();
  if (opts.restore && el.contains(opts.restore.commonAncestorContainer) && sel) {
    sel.removeAllRanges();
    sel.addRange(opts.restore);
  }
  ensureCaret(el);
  const strategy = await rich(el, text, shown(el));
  return strategy ? { ok: true, strategy } : { ok: false, reason: 'rejected' };
}
