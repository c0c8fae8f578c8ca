/**
 * A small lifecycle context for the page scripts, in place of WXT's ContentScriptContext (which weighs
 * about 1.3 kB gzip, more than a tenth of the page budget). It stops this instance when the extension
 * is reloaded or updated (the runtime disappears) or when a newer instance starts in the same page,
 * and reports SPA navigation. Nothing the page does can stop a live instance.
 */
import { browser } from 'wxt/browser';

/** The current instance's stop, on the content scripts' own global: the page's scripts (another world) can neither see nor call it. */
const CURRENT = '__aftersalesCopilotStop';

export interface PageContext {
  /** True once this instance must stop (extension reloaded, or replaced by a newer instance). */
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): void;
  setTimeout(cb: () => void, ms: number): number;
  /** Adds a listener removed automatically on invalidation. */
  on<K extends string>(target: EventTarget, type: K, cb: (e: Event) => void, opts?: AddEventListenerOptions): void;
  /** Calls cb after an SPA route change (history API, hash, Navigation API). */
  onNavigate(cb: () => void): void;
}

/** Creates the context of one page-script instance. */
export function createPageContext(): PageContext {
  const ac = new AbortController();
  const stop = () => ac.abort();
  const alive = () => {
    try {
      if (browser.runtime?.id == null) stop();
    } catch {
      stop();
    }
    return !ac.signal.aborted;
  };
  // A newer instance in the same world (the script injected again) stops the older one through the
  // isolated global. There is no DOM event for it any more: any page could dispatch one (it used to
  // switch the page script off). An instance left over from before an extension update stops itself
  // at its next check (alive: its runtime is gone), which every reading and every Space/Tab makes.
  const g = globalThis as unknown as Record<string, unknown>;
  const older = g[CURRENT];
  if (typeof older === 'function') older();
  g[CURRENT] = stop;

  const ctx: PageContext = {
    get isInvalid() {
      return !alive();
    },
    onInvalidated: (cb) => ac.signal.addEventListener('abort', cb, { once: true }),
    setTimeout: (cb, ms) => window.setTimeout(() => alive() && cb(), ms),
    on: (target, type, cb, opts = {}) => target.addEventListener(type, cb, { ...opts, signal: ac.signal }),
    // Navigation API (Chrome 102+): every same-document navigation (pushState, replaceState,
    // back/forward, hash) ends in navigatesuccess. Route renders also reach the page agent's observer.
    onNavigate(cb) {
      const nav = (window as unknown as { navigation?: EventTarget }).navigation;
      if (nav) ctx.on(nav, 'navigatesuccess', cb);
    },
  };
  return ctx;
}
