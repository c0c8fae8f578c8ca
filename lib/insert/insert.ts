/**
 * Puts text into a page's chat box at the caret so that the page's own state (React/Vue-controlled
 * inputs, rich editors) sees it. Strategies are tried in order until the text is really there
 * (peers.md, "the strategy chain"). Never presses Enter and never clicks send.
 */

export type InsertResult = { ok: true; strategy: string } | { ok: false; reason: 'no-box' | 'not-editable' | 'rejected' };

/** True for an element the agent can type into. */
export function isEditable(el: Element | null | undefined): el is HTMLElement {
  if (!el || !(el as HTMLElement).isConnected) return false;
  const h = el as HTMLElement;
  if (h.tagName === 'TEXTAREA') return !(h as HTMLTextAreaElement).readOnly && !(h as HTMLTextAreaElement).disabled;
  if (h.tagName === 'INPUT') {
    const i = h as HTMLInputElement;
    return /^(text|search|)$/i.test(i.type) && !i.readOnly && !i.disabled;
  }
  return h.isContentEditable || h.getAttribute('contenteditable') === 'true' || h.getAttribute('contenteditable') === 'plaintext-only';
}

/** The editable root of an element inside a rich editor (the element with contenteditable). */
export function editableRoot(el: Element): HTMLElement | null {
  let cur: Element | null = el;
  let found: HTMLElement | null = null;
  while (cur) {
    if (isEditable(cur)) found = cur as HTMLElement;
    else if (found) break;
    cur = cur.parentElement;
  }
  return found;
}

const tick = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function fire(el: Element, type: string, init: InputEventInit = {}): boolean {
  const Ctor = (el.ownerDocument.defaultView?.InputEvent ?? InputEvent) as typeof InputEvent;
  return el.dispatchEvent(new Ctor(type, { bubbles: true, cancelable: type === 'beforeinput', composed: true, ...init }));
}

function fieldValue(el: HTMLInputElement | HTMLTextAreaElement): string {
  return el.value;
}

/** textarea/input: replace the selection with setRangeText, then input + change (React's tracker sees it). */
function intoField(el: HTMLInputElement | HTMLTextAreaElement, text: string): boolean {
  const before = fieldValue(el);
  const start = el.selectionStart ?? before.length;
  const end = el.selectionEnd ?? before.length;
  let t = text;
  if (el.maxLength > 0) t = t.slice(0, Math.max(0, el.maxLength - (before.length - (end - start))));
  if (el.tagName === 'INPUT') t = t.replace(/\s*\n\s*/g, ' ');
  el.setRangeText(t, start, end, 'end');
  fire(el, 'input', { inputType: 'insertText', data: t });
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return fieldValue(el) !== before && fieldValue(el).includes(t);
}

function contains(el: HTMLElement, text: string, before: string): boolean {
  const now = squashText(el.innerText ?? el.textContent ?? '');
  const want = squashText(text);
  return now !== before && now.includes(want.slice(0, 40));
}

function squashText(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Waits up to `ms` for the editor to show the text (rich editors render asynchronously). */
async function arrived(el: HTMLElement, text: string, before: string, ms: number): Promise<boolean> {
  for (let waited = 0; waited <= ms; waited += 25) {
    if (contains(el, text, before)) return true;
    await tick(25);
  }
  return false;
}

/** Places the caret at the end of the editor when the selection is not inside it. */
function ensureCaret(el: HTMLElement): Range | null {
  const doc = el.ownerDocument;
  const sel = doc.getSelection();
  if (!sel) return null;
  if (sel.rangeCount && el.contains(sel.getRangeAt(0).commonAncestorContainer)) return sel.getRangeAt(0);
  const r = doc.createRange();
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
    if (i) frag.appendChild(doc.createElement('br'));
    if (line) frag.appendChild(doc.createTextNode(line));
  });
  const last = frag.lastChild;
  range.insertNode(frag);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    const sel = doc.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
  }
  fire(el, 'input', { inputType: 'insertText', data: text });
}

/**
 * Inserts `text` into `target` (a textarea, input or contenteditable editor) at the caret.
 * Resolves with the strategy that worked, or a reason when none did (the caller copies to the clipboard).
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
  const before = squashText(el.innerText ?? el.textContent ?? '');

  // 1. Paste-driven editors (ProseMirror, Draft.js, CKEditor 5, Quill): they handle a paste event.
  try {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    const paste = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true });
    if (!el.dispatchEvent(paste) && (await arrived(el, text, before, 400))) return { ok: true, strategy: 'paste' };
  } catch {
    /* no ClipboardEvent constructor here: fall through */
  }
  if (contains(el, text, before)) return { ok: true, strategy: 'paste' };

  // 2. beforeinput-driven editors (Lexical, Slate) cancel it and apply the insert themselves.
  if (!fire(el, 'beforeinput', { inputType: 'insertText', data: text }) && (await arrived(el, text, before, 400))) {
    return { ok: true, strategy: 'beforeinput' };
  }
  if (contains(el, text, before)) return { ok: true, strategy: 'beforeinput' };

  // 3. Plain contenteditable: insert at the range ourselves.
  try {
    intoRange(el, text);
    if (contains(el, text, before)) return { ok: true, strategy: 'range' };
  } catch {
    /* fall through to execCommand */
  }

  // 4. Last resort: the browser's own editing command.
  try {
    if (doc.execCommand('insertText', false, text) && (await arrived(el, text, before, 200))) return { ok: true, strategy: 'execCommand' };
  } catch {
    /* not supported */
  }
  return { ok: false, reason: 'rejected' };
}
