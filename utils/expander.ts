/**
 * In-page expansion (runs in the page script, so it stays tiny): the trigger + a shortcut typed in a
 * chat box (`;thdz`) followed by Space or Tab is replaced with the filled script. The background
 * decides the filling (variables, the per-site switch); this spots the candidate, asks, and replaces
 * it through the page's editing (lib/insert). It never sends.
 *
 * It acts only on keys the agent really pressed (event.isTrusted: a page's synthetic keydown does
 * nothing) and only when the text before the caret ends in the trigger + one of the agent's shortcut
 * codes. The page script keeps that list, as one pattern the background builds, refreshed when a text
 * box gets focus, so ordinary typing (`$20 refund`, `¥99`, `#123`, `3.5`, `，ok`) is never held for a
 * background round trip.
 */
import { editableRoot, insertText, isEditable } from '../lib/insert/insert';
import { sendToBackground } from './messaging';
import type { PageContext } from './page-context';

/** The punctuation run (1–3, the trigger at its end) + code (1–12 of a-z0-9) just before the caret, or null (the form expandTyped reads). */
export function typedShortcut(before: string): string | null {
  return /[^\s\w\u3400-\u9fff]{1,3}[a-z0-9]{1,12}$/i.exec(before)?.[0] ?? null;
}

/**
 * Listens for Space/Tab after one of the agent's shortcuts in editable elements of the page. Returns
 * `refresh`, which asks the background again for the shortcuts (the page agent calls it when a text
 * box gets focus: the agent may have edited shortcuts in the panel meanwhile); its first call's
 * promise settles once the first answer is in.
 */
export function startExpander(ctx: PageContext): () => Promise<void> {
  // The trigger + one of the agent's codes at the end of the text (utils/bg-replies shortcutPattern), or null: expansion off here.
  let known: RegExp | null = null;
  // No answer (a worker still starting) leaves the list as it was; the next focus on a chat box asks again.
  const refresh = (): Promise<void> => sendToBackground('shortcutPattern', undefined).then((r) => void (known = r ? RegExp(r, 'i') : null), () => {});
  const typedIn = (s: string): string | undefined => known?.exec(s)?.[0];
  ctx.on(document, 'keydown', (ev) => {
    const e = ev as KeyboardEvent;
    const space = e.key === ' ';
    if (!e.isTrusted || (!space && e.key !== 'Tab') || e.isComposing || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey || ctx.isInvalid) return;
    const t = e.composedPath()[0] as Element;
    const el = isEditable(t) ? t : t.nodeType === 1 ? editableRoot(t) : null;
    if (!el) return;
    const f = el as HTMLTextAreaElement;
    const field = 'setRangeText' in el;
    const sel = getSelection();
    const r = field ? null : sel?.isCollapsed && sel.rangeCount ? sel.getRangeAt(0).cloneRange() : null;
    const n = r?.startContainer as Text | undefined;
    const end = field ? f.selectionStart! : r?.startOffset ?? 0;
    const typed = field ? f.selectionEnd === end && typedIn(f.value.slice(0, end)) : n?.nodeType === 3 && typedIn(n.data.slice(0, end));
    if (!typed) return;
    e.preventDefault();
    r?.setStart(n!, end - typed.length);
    const key = (): void => void (space && insertText(el, ' '));
    sendToBackground('expandShortcut', { shortcut: typed }).then((res): void => {
      if (!res) return key();
      // The agent may have typed on meanwhile: replace only if the shortcut is still where it was.
      if (field) {
        if (f.value.slice(end - typed.length, end) !== typed) return;
        f.setSelectionRange(end - typed.length, end);
      }
      void insertText(el, res.text, { restore: r });
    }, key);
  }, { capture: true });
  void refresh();
  return refresh;
}
