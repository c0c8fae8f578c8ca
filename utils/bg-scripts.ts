/**
 * Background wiring for reply scripts (issue 7): the context menu "保存为话术 / Save selection as a
 * reply" and in-page shortcut expansion (`expandShortcut`, asked by utils/expander.ts in the page).
 * Called synchronously at worker start so a restarted worker still gets its events.
 */
import { browser } from 'wxt/browser';
import { expandTyped, readPrefs } from '../lib/scripts/fill';
import { getDb, type CopilotDb } from '../lib/db/schema';
import { createScript, loadLibrary } from '../lib/db/scripts';
import { guessLang, titleFromBody } from '../lib/scripts/io';
import { BUILTIN_SCRIPTS } from '../lib/scripts/builtin';
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
  // From page scripts only (messaging.ts BACKGROUND_RULES); the page's address is the one the browser reports.
  onBackgroundMessages({
    expandShortcut: async (req, sender) => {
      const snap = sender.tabId === undefined ? undefined : await loadSnapshot(sender.tabId).catch(() => undefined);
      return handleExpand(getDb(), { shortcut: req.shortcut, url: sender.url ?? req.url }, snap);
    },
  });
}
