/**
 * Pick mode on an unknown site: the element under the mouse is outlined (an overlay in a
 * closed shadow root, so the page's CSS and scripts cannot touch it), a click picks it and Esc
 * cancels. The click and the presses around it are swallowed at the window in the capture phase, so
 * the page's own handlers (a send button, a link, focusing the chat box) never see them. Everything is
 * removed afterwards. DOM only as a parameter; the page script entrypoints/picker.ts wires it up.
 */
import { squash } from '../extract/labels';
import { editableRoot } from '../insert/insert';
import { MESSAGE_BUYER_KEY, MESSAGE_TEXT_KEY, type MapField } from './fields';
import { buildSelector, messageRowSelectors } from './selector';

export interface PickResult {
  selector: string;
  /** The picked element's text (its value or placeholder for an input), shortened. */
  text: string;
  /** Extra mapping keys (the buyer's rows and the text inside a row, for `messages`). */
  extra?: Record<string, string>;
}

export interface PickSession {
  /** Resolves with the pick, or null when cancelled (Esc, a new pick, or `cancel()`). */
  result: Promise<PickResult | null>;
  cancel(): void;
}

const SWALLOW = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'dblclick', 'auxclick', 'contextmenu', 'touchstart', 'touchend'];
const MARK = 'data-aftersales-copilot-picker';

/** The picked element's text as the panel shows it. */
export function pickedText(el: Element): string {
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') {
    const f = el as HTMLInputElement;
    return squash(f.value || f.placeholder || '').slice(0, 120);
  }
  return squash(el.textContent ?? '').slice(0, 120);
}

/** What a pick of `el` for `field` saves. */
export function resultFor(field: MapField, el: Element): PickResult {
  if (field === 'messages') {
    const s = messageRowSelectors(el);
    const extra: Record<string, string> = {};
    if (s.buyer) extra[MESSAGE_BUYER_KEY] = s.buyer;
    if (s.text) extra[MESSAGE_TEXT_KEY] = s.text;
    return { selector: s.rows, text: pickedText(el), extra };
  }
  return { selector: buildSelector(el), text: pickedText(el) };
}

/** Starts pick mode in `doc` for one field; `label` is shown beside the outline. */
export function startPick(doc: Document, field: MapField, label: string): PickSession {
  const win = doc.defaultView!;
  const ac = new AbortController();
  const host = doc.createElement('div');
  host.setAttribute(MARK, '');
  host.style.cssText = 'all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647;pointer-events:none';
  const root = host.attachShadow({ mode: 'closed' });
  const css = doc.createElement('style');
  css.textContent = `
    .box{position:fixed;pointer-events:none;outline:2px solid #1677ff;outline-offset:1px;background:rgba(22,119,255,.12);border-radius:2px;display:none}
    .tip{position:fixed;pointer-events:none;font:12px/1.4 system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;background:#1d2a3a;color:#fff;padding:2px 6px;border-radius:3px;white-space:nowrap;display:none}
    .bar{position:fixed;top:8px;left:50%;transform:translateX(-50%);pointer-events:none;font:13px/1.4 system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;background:#1677ff;color:#fff;padding:6px 12px;border-radius:4px;box-shadow:0 2px 8px rgba(0,0,0,.2)}`;
  const box = doc.createElement('div');
  box.className = 'box';
  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.textContent = label;
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.textContent = /[\u4e00-\u9fff]/.test(label) ? `映射「${label}」：点击页面上的它，Esc 取消` : `Mapping "${label}": click it on the page, Esc to cancel`;
  root.append(css, box, tip, bar);
  doc.documentElement.appendChild(host);

  let done!: (r: PickResult | null) => void;
  const result = new Promise<PickResult | null>((r) => (done = r));
  let current: Element | null = null;
  const finish = (r: PickResult | null) => {
    if (ac.signal.aborted) return;
    ac.abort();
    host.remove();
    done(r);
  };

  /** The element the event is on (inside open shadow roots too), adjusted to what the field needs. */
  const targetOf = (e: Event): Element | null => {
    const t = (e.composedPath?.()[0] ?? e.target) as Element | null;
    if (!t || t.nodeType !== 1 || t === host) return null;
    // The editable root: inside a rich editor every descendant is isContentEditable too.
    if (field === 'chatBox') return editableRoot(t) ?? t;
    return t;
  };
  const show = (el: Element | null) => {
    current = el;
    if (!el) {
      box.style.display = tip.style.display = 'none';
      return;
    }
    const r = el.getBoundingClientRect();
    Object.assign(box.style, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    Object.assign(tip.style, { display: 'block', left: `${Math.max(0, r.left)}px`, top: `${r.top > 24 ? r.top - 22 : r.bottom + 4}px` });
  };
  const swallow = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const opts = { capture: true, signal: ac.signal } as const;
  win.addEventListener('mouseover', (e) => show(targetOf(e)), opts);
  win.addEventListener('mousemove', (e) => {
    const t = targetOf(e);
    if (t !== current) show(t);
  }, opts);
  for (const type of SWALLOW) win.addEventListener(type, swallow, { ...opts, passive: false });
  win.addEventListener('click', (e) => {
    swallow(e);
    const t = targetOf(e);
    if (t && t !== doc.documentElement && t !== doc.body) finish(resultFor(field, t));
  }, opts);
  win.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key !== 'Escape') return;
    swallow(e);
    finish(null);
  }, opts);
  win.addEventListener('scroll', () => current && show(current), { capture: true, signal: ac.signal, passive: true });
  return { result, cancel: () => finish(null) };
}
