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
  return /[^\s\w\u3400-\u9fff]{1,3}[a-z0-9]{1,12}$/i.exec(before)?.[0] ?? null;
}

/** Listens for Space/Tab after a shortcut in editable elements of the page. */
export function startExpander(ctx: PageContext): void {
  ctx.on(document, 'keydown', (ev) => {
    const e = ev as KeyboardEvent;
    const space = e.key === ' ';
    if ((!space && e.key !== 'Tab') || e.isComposing || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey) return;
    const t = e.composedPath()[0] as Element;
    const el = isEditable(t) ? t : t.nodeType === 1 ? editableRoot(t) : null;
    if (!el) return;
    const f = el as HTMLTextAreaElement;
    const field = 'setRangeText' in el;
    const sel = getSelection();
    const r = field ? null : sel?.isCollapsed && sel.rangeCount ? sel.getRangeAt(0).cloneRange() : null;
    const n = r?.startContainer as Text | undefined;
    const end = field ? f.selectionStart! : r?.startOffset ?? 0;
    const typed = field ? f.selectionEnd === end && typedShortcut(f.value.slice(0, end)) : n?.nodeType === 3 && typedShortcut(n.data.slice(0, end));
    if (!typed) return;
    e.preventDefault();
    r?.setStart(n!, end - typed.length);
    const key = (): void => void (space && insertText(el, ' '));
    sendToBackground('expandShortcut', { shortcut: typed, url: location.href }).then((res): void => {
      if (!res) return key();
      // The agent may have typed on meanwhile: replace only if the shortcut is still where it was.
      if (field) {
        if (f.value.slice(end - typed.length, end) !== typed) return;
        f.setSelectionRange(end - typed.length, end);
      }
      void insertText(el, res.text, { restore: r });
    }, key);
  }, { capture: true });
}
