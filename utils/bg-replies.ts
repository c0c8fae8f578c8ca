/**
 * Background wiring for reply scripts: the context menu "保存为话术 / Save selection as a
 * reply" and in-page shortcut expansion (`expandShortcut`, asked by utils/expander.ts in the page).
 * Called synchronously at worker start so a restarted worker still gets its events.
 */
import { browser } from 'wxt/browser';
import { expandTyped, readPrefs } from '../lib/replies/fill';
import { getDb, type CopilotDb } from '../lib/db/schema';
import { createScript, loadLibrary } from '../lib/db/replies';
import { guessLang, titleFromBody } from '../lib/replies/io';
import { BUILTIN_SCRIPTS } from '../lib/replies/builtin';
import type { PageSnapshot } from '../lib/snapshot';
import { onBackgroundMessages } from './bg-messages';
import { loadSnapshot } from './tab-state';

export const SAVE_MENU_ID = 'ascp-save-script';
/** Where scripts saved from a page selection go. */
export const SAVED_FOLDER = { zh: '收集', en: 'Saved' };

/** Saves selected page text as a new own script; braces are escaped so the text stays literal. */
export async function saveSelection(db: CopilotDb, selection: string, now = Date.now()): Promise<string | null> {
  const text = selection.replace(/\r\n?/g, '\n').trim().slice(0, 5000);
  if (!text) return null;
  const lang = guessLang(text);
  return createScript(db, {
    title: titleFromBody(text),
    body: text.replace(/[{}]/g, (c) => c + c),
    lang,
    folder: SAVED_FOLDER[lang],
    tags: [],
  }, now);
}

/** The expandShortcut handler: the filled script for `shortcut` typed on `url`, or null. */
export async function handleExpand(db: CopilotDb, req: { shortcut: string; url: string }, snap: PageSnapshot | undefined, now = new Date()): Promise<{ text: string } | null> {
  if (typeof req?.shortcut !== 'string' || req.shortcut.length > 16) return null;
  const [prefs, lib] = await Promise.all([readPrefs(db), loadLibrary(db, BUILTIN_SCRIPTS)]);
  // The page's own URL decides the site switch; a snapshot of another page is not used.
  const text = expandTyped(lib, prefs, req.shortcut, req.url, snap && (!snap.url || sameDoc(snap.url, req.url)) ? snap : null, now);
  return text === null ? null : { text };
}

/** Shortcut codes the page script can spot as typed: what expandTyped matches (lib: normalised, lower case). */
const TYPABLE = /^[a-z0-9]{1,12}$/;

/**
 * The pattern a page script holds to spot the agent's shortcuts (a RegExp source, used case-blind):
 * the text before the caret ends in a punctuation run with the trigger at its end (either width of
 * ；) and one of `codes` — the same text typedShortcut and expandTyped read. Null when there are none.
 */
export function shortcutPattern(trigger: string, codes: readonly string[]): string | null {
  const list = codes.filter((c) => TYPABLE.test(c));
  if (!list.length || !trigger) return null;
  const esc = (x: string) => x.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
  const forms = [...new Set([trigger, trigger.replace(/；/g, ';'), trigger.replace(/;/g, '；')])].map(esc).join('|');
  return `[^\\s\\w\\u3400-\\u9fff]{0,${Math.max(0, 3 - trigger.length)}}(?:${forms})(?:${list.join('|')})$`;
}

/**
 * The shortcutPattern handler: the pattern of the agent's shortcuts for a page script, so that it
 * intercepts Space only after one of them (ordinary typing never waits for the background); null
 * where expansion is switched off or the page has no host.
 */
export async function handlePattern(db: CopilotDb, url: string | undefined): Promise<string | null> {
  let host: string;
  try {
    host = new URL(url ?? '').host.toLowerCase();
  } catch {
    return null;
  }
  const [prefs, lib] = await Promise.all([readPrefs(db), loadLibrary(db, BUILTIN_SCRIPTS)]);
  if (!host || prefs.offHosts.includes(host)) return null;
  return shortcutPattern(prefs.trigger, [...lib.byShortcut.keys()]);
}

function sameDoc(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin === y.origin && x.pathname === y.pathname;
  } catch {
    return false;
  }
}

/** Registers the context menu and the expansion handler. */
export function startScriptsBackground(): void {
  const menus = browser.contextMenus;
  if (menus) {
    const create = () => {
      const zh = browser.i18n?.getUILanguage?.().startsWith('zh') ?? true;
      // removeAll first: onInstalled and onStartup may both run, and a second create with one id throws.
      Promise.resolve(menus.removeAll())
        .then(() => menus.create({ id: SAVE_MENU_ID, title: zh ? '保存为话术' : 'Save selection as a reply', contexts: ['selection'] }))
        .catch(() => {});
    };
    browser.runtime.onInstalled.addListener(create);
    browser.runtime.onStartup?.addListener(create);
    menus.onClicked.addListener((info) => {
      if (info.menuItemId === SAVE_MENU_ID && info.selectionText) void saveSelection(getDb(), info.selectionText).catch((e) => console.warn('save selection failed', e));
    });
  }
  // Both come from page scripts only (messaging.ts BACKGROUND_RULES); the page's address is the one the browser reports.
  onBackgroundMessages({
    expandShortcut: async (req, sender) => {
      const snap = sender.tabId === undefined ? undefined : await loadSnapshot(sender.tabId).catch(() => undefined);
      return handleExpand(getDb(), { shortcut: req.shortcut, url: sender.url ?? '' }, snap);
    },
    shortcutPattern: (_req, sender) => handlePattern(getDb(), sender.url),
  });
}
