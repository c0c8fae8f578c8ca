/**
 * What the panel's reply features and the background's in-page expansion share: the script settings
 * (per-shop variables, trigger, sites where expansion is off; Dexie `settings`, validated on read),
 * the page's reply language, filling a script for a page, and resolving a typed shortcut.
 * Pure apart from the two settings queries (IndexedDB only, so the background can use it too).
 */
import type { CopilotDb } from '../db/schema';
import { normaliseShortcut, type Library } from './library';
import { render, varsFromSnapshot, type Rendered, type VarSettings } from './template';
import type { Script } from './types';
import { buyerDeadlineText } from '../playbook/deadlines';
import type { PageSnapshot } from '../snapshot';
import { CHINESE_PLATFORMS } from '../platforms';
import type { Lang } from '../i18n';

/** Variables the agent sets per shop (or for all shops: key ''). */
export interface ShopVars {
  shop?: string;
  agent?: string;
  returnAddress?: string;
}

export interface ScriptPrefs {
  /** Typed before a shortcut in the page's chat box: 1–2 punctuation characters, default `;`. */
  trigger: string;
  /** '' = all shops; other keys = the snapshot's shop name. */
  shops: Record<string, ShopVars>;
  /** Hosts where in-page expansion is off. */
  offHosts: string[];
}

export const SCRIPT_PREFS_KEY = 'scripts.prefs';
export const DEFAULT_TRIGGER = ';';
/** Punctuation a trigger may use (ASCII and the full-width forms a Chinese IME types). */
export const TRIGGER_RE = /^[!-/:-@[-`{-~；、，。·！？]{1,2}$/;

/** Default prefs (nothing set). */
export function defaultPrefs(): ScriptPrefs {
  return { trigger: DEFAULT_TRIGGER, shops: {}, offHosts: [] };
}

const str = (x: unknown, max: number): string | undefined => (typeof x === 'string' && x.trim() ? x.trim().slice(0, max) : undefined);

/** Repairs whatever is stored into valid prefs (never trusts the stored shape). */
export function validatePrefs(raw: unknown): ScriptPrefs {
  const out = defaultPrefs();
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  if (typeof r.trigger === 'string' && TRIGGER_RE.test(r.trigger)) out.trigger = r.trigger;
  if (r.shops && typeof r.shops === 'object') {
    for (const [k, v] of Object.entries(r.shops as Record<string, unknown>).slice(0, 200)) {
      if (!v || typeof v !== 'object' || k.length > 100 || k === '__proto__') continue;
      const s = v as Record<string, unknown>;
      const vars: ShopVars = {};
      const shop = str(s.shop, 100);
      const agent = str(s.agent, 40);
      const addr = str(s.returnAddress, 300);
      if (shop) vars.shop = shop;
      if (agent) vars.agent = agent;
      if (addr) vars.returnAddress = addr;
      Object.defineProperty(out.shops, k, { value: vars, enumerable: true, writable: true, configurable: true });
    }
  }
  if (Array.isArray(r.offHosts)) out.offHosts = [...new Set(r.offHosts.map((h) => normaliseHost(String(h))).filter(Boolean))].slice(0, 500);
  return out;
}

/** A host as the agent may type it (`https://x.com/a` → `x.com`), lower-case. */
export function normaliseHost(s: string): string {
  const t = s.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/[/?#].*$/, '');
  return /^[a-z0-9.-]+(:\d+)?$/.test(t) ? t : '';
}

/** The stored prefs (validated). */
export async function readPrefs(db: CopilotDb): Promise<ScriptPrefs> {
  return validatePrefs((await db.settings.get(SCRIPT_PREFS_KEY))?.value);
}

/** Stores prefs (validated first). */
export async function savePrefs(db: CopilotDb, prefs: ScriptPrefs): Promise<void> {
  await db.settings.put({ key: SCRIPT_PREFS_KEY, value: validatePrefs(prefs) });
}

/** The variables for a shop: its own values over the all-shops default. */
export function shopVarsFor(prefs: ScriptPrefs, shop: string | undefined): ShopVars {
  const all = prefs.shops[''] ?? {};
  const own = shop && Object.hasOwn(prefs.shops, shop) ? prefs.shops[shop] : {};
  return { ...all, ...own };
}

const CJK = /[\u3400-\u9fff]/;

/**
 * The language replies should be in: the buyer's own (Chinese writing → zh, only Latin words → en),
 * on any platform; before the buyer writes, the platform's (zh on Chinese platforms, en on
 * Shopify/Amazon), else the agent's.
 */
export function replyLang(snap: Pick<PageSnapshot, 'platform' | 'messages'> | null | undefined, fallback: Lang = 'zh'): Lang {
  if (!snap) return fallback;
  const buyer = (snap.messages ?? []).filter((m) => m.role === 'buyer').map((m) => m.text).join(' ');
  if (CJK.test(buyer)) return 'zh';
  if (/[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(buyer)) return 'en';
  if (CHINESE_PLATFORMS.has(snap.platform)) return 'zh';
  if (snap.platform === 'shopify' || snap.platform === 'amazon') return 'en';
  return fallback;
}

/** The variable values for a page (snapshot facts + shop settings); no snapshot = settings only. */
export function varsFor(snap: PageSnapshot | null | undefined, prefs: ScriptPrefs, lang: Lang, now = new Date()): ReturnType<typeof varsFromSnapshot> {
  const shop = shopVarsFor(prefs, snap?.shop);
  const settings: VarSettings = { lang, now };
  if (shop.shop) settings.shop = shop.shop;
  if (shop.agent) settings.agent = shop.agent;
  if (shop.returnAddress) settings.returnAddress = shop.returnAddress;
  const base: PageSnapshot = snap ?? { platform: 'unknown', pageKind: 'unknown', url: '', confidence: {} } as PageSnapshot;
  // {deadline}: the buyer's return-shipping date when the page shows an agreed return; else the agent types it.
  const deadline = snap ? buyerDeadlineText(snap, lang) : undefined;
  return varsFromSnapshot(base, settings, deadline ? { deadline } : {});
}

/** Fills a script for a page; `custom` holds values the agent typed for missing variables. */
export function fillScript(script: Pick<Script, 'body' | 'lang'>, snap: PageSnapshot | null | undefined, prefs: ScriptPrefs, custom: Record<string, string> = {}, now = new Date()): Rendered {
  return render(script.body, varsFor(snap, prefs, script.lang, now), { custom });
}

/**
 * In-page expansion: `typed` is the punctuation run plus the code before the caret (`;thdz`,
 * `，;thdz`). Returns the text that replaces `typed` (punctuation before the trigger is kept), or
 * null when the trigger or shortcut is unknown, the host is off, or a variable has no value and no
 * fallback (a raw `{…}` is never inserted).
 */
export function expandTyped(lib: Pick<Library, 'byShortcut'>, prefs: ScriptPrefs, typed: string, url: string, snap: PageSnapshot | null | undefined, now = new Date()): string | null {
  let host = '';
  try {
    host = new URL(url).host.toLowerCase();
  } catch {
    /* no URL: no host to switch off */
  }
  if (host && prefs.offHosts.includes(host)) return null;
  const m = /^(.*?)([a-z0-9]{1,12})$/i.exec(typed);
  if (!m) return null;
  const punct = m[1].replace(/；/g, ';');
  const trig = prefs.trigger.replace(/；/g, ';');
  if (!punct.endsWith(trig)) return null;
  const script = lib.byShortcut.get(normaliseShortcut(m[2]) ?? '');
  if (!script) return null;
  const r = fillScript(script, snap, prefs, {}, now);
  if (r.missing.length) return null;
  return m[1].slice(0, m[1].length - trig.length) + r.text;
}
