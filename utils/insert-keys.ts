/**
 * Alt+1…Alt+5 with the caret in the page's own chat box: the side panel inserts its n-th suggestion
 * there, exactly as the same keys do inside the panel (the panel decides and fills the reply; this
 * only reports the key). It never sends. A browser command (chrome.commands) cannot do it: Chrome
 * allows at most four suggested shortcuts per extension, and these are five.
 *
 * Only keys the agent really pressed count (event.isTrusted: a page's synthetic keydown does nothing),
 * and only in an editable element, so Alt+digit elsewhere on the page keeps its own meaning. With no
 * panel open the message has no receiver and the key does nothing.
 */
import { editableRoot, isEditable } from '../lib/insert/insert';
import { sendToPanel } from './messaging';

/** The suggestion number of an Alt+digit key event (1–5), or 0 when it is not one. */
export function insertKeyOf(e: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code' | 'isComposing'>): number {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.isComposing) return 0;
  const m = /^Digit([1-5])$/.exec(e.code);
  return m ? Number(m[1]) : 0;
}

export function startInsertKeys(doc: Document = document): () => void {
  const onKey = (ev: Event): void => {
    const e = ev as KeyboardEvent;
    const n = e.isTrusted ? insertKeyOf(e) : 0;
    if (!n) return;
    const t = e.composedPath()[0] as Element;
    if (!(isEditable(t) || (t.nodeType === 1 && editableRoot(t)))) return;
    // Alt+digit would otherwise type a character on some keyboard layouts (macOS: ¡™£…).
    e.preventDefault();
    e.stopPropagation();
    sendToPanel('insertNth', { n }).catch(() => {});
  };
  doc.addEventListener('keydown', onKey, true);
  return () => doc.removeEventListener('keydown', onKey, true);
}
