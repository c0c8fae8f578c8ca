/**
 * In-page expansion (runs in the page script, so it stays tiny): the trigger + a shortcut typed in a
 * chat box (`;thdz`) followed by Space or Tab is replaced with the filled script. The background
 * decides everything (trigger, shortcut, variables, the per-site switch); this only spots the
 * candidate, asks, and replaces it through the page's editing (lib/insert). It never sends.
 */
import { editableRoot, insertText, isEditable } from '../lib/insert/insert';
import { sendToBackground } from './messaging';
import type { PageContext } from './page-context';

/** The punctuation run (1–3, the trigger at its end) + code (1–12 of a-z0-9) just before the caret, or null. */
export function typedShortcut(before: string): string | null {
  const m = /[!-/:-@[-`{-~；、，。·！？]{1,3}[a-z0-9]{1,12}$/i.exec(before);
  return m ? m[0] : null;
}

/** Listens for Space/Tab after a shortcut in editable elements of the page. */
export function startExpander(ctx: PageContext): void {
  ctx.on(document, 'keydown', (ev) => {
    const e = ev as KeyboardEvent;
    const space = e.key === ' ';
    if ((!space && e.key !== 'Tab') || e.isComposing || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey) return;
    const t = e.composedPath()[0] as Element;
    const el = isEditable(t) ? t : t?.nodeType === 1 ? editableRoot(t) : null;
    if (!el) return;
    const f = el as HTMLTextAreaElement;
    const field = 'setRangeText' in el;
    let range: Range | null = null;
    let typed: string | null = null;
    let end = 0;
    if (field) {
      end = f.selectionStart ?? 0;
      if (end === f.selectionEnd) typed = typedShortcut(f.value.slice(Math.max(0, end - 16), end));
    } else {
      const sel = el.ownerDocument.getSelection();
      const r = sel?.isCollapsed && sel.rangeCount ? sel.getRangeAt(0) : null;
      const n = r?.startContainer as Text | undefined;
      if (r && n?.nodeType === 3) {
        typed = typedShortcut(n.data.slice(0, r.startOffset));
        if (typed) {
          range = r.cloneRange();
          range.setStart(n, r.startOffset - typed.length);
        }
      }
    }
    if (!typed) return;
    e.preventDefault();
    const key = (): void => void (space && insertText(el, ' '));
    sendToBackground('expandShortcut', { shortcut: typed, url: location.href }).then((res): void => {
      if (!res?.text) return key();
      if (field) {
        // The agent may have typed on meanwhile: replace only if the shortcut is still where it was.
        if (f.value.slice(end - typed!.length, end) !== typed) return;
        f.setSelectionRange(end - typed!.length, end);
      }
      void insertText(el, res.text, { restore: range });
    }, key);
  }, { capture: true });
}
