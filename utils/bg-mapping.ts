/**
 * Background side of hand-made site mappings. For every saved mapping whose host the agent
 * granted, page-mapped-<lang>.js is registered as a dynamic content script (`mapped-<host>`, persisted across
 * sessions); a mapping deleted or a permission withdrawn (chrome://extensions, or the panel) removes
 * its registration. The page script cannot open the extension's Dexie (it runs in the site's origin),
 * so it asks here for its host's mapping.
 */
import { browser } from 'wxt/browser';
import { getDb } from '../lib/db/schema';
import { getMapping, listMappings } from '../lib/db/mappings';
import { hostOf, hostPatterns, scriptId } from '../lib/mapping/fields';
import { pageFiles } from '../lib/adapters/page-scripts';
import { platformOfHost } from '../lib/adapters/hosts';
import { onBackgroundMessages } from './bg-messages';

const PREFIX = 'mapped-';

let syncing: Promise<void> = Promise.resolve();

/** Makes the registrations match the saved, granted mappings (serialised: events may arrive together). */
export function syncMappedScripts(): Promise<void> {
  syncing = syncing.then(doSync, doSync);
  return syncing;
}

async function doSync(): Promise<void> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return;
  const mappings = await listMappings(getDb()).catch(() => []);
  const want = new Map<string, string[]>();
  const file = new Map<string, string>();
  for (const m of mappings) {
    // A known platform's host keeps its own page script, which applies the saved fields itself.
    if (platformOfHost(m.host) !== 'unknown') continue;
    const granted = await grantedPatterns(m.host);
    if (!granted.length) continue;
    want.set(scriptId(m.host), granted);
    // One lexicon per page script keeps it within the page budget; older mappings without a language read Chinese.
    file.set(scriptId(m.host), `page-mapped-${m.lang === 'en' ? 'en' : 'zh'}`);
  }
  const registered = (await scripting.getRegisteredContentScripts().catch(() => [])).filter((s) => s.id.startsWith(PREFIX));
  const stale = registered.filter((s) => {
    const m = want.get(s.id);
    return !m || JSON.stringify([...(s.matches ?? [])].sort()) !== JSON.stringify([...m].sort()) || (s.js ?? []).map((f) => f.replace(/^\//, '')).join() !== pageFiles(file.get(s.id) ?? '').join();
  });
  if (stale.length) await scripting.unregisterContentScripts({ ids: stale.map((s) => s.id) }).catch(() => {});
  const keep = new Set(registered.filter((s) => !stale.includes(s)).map((s) => s.id));
  const add = [...want].filter(([id, matches]) => !keep.has(id) && matches.length);
  if (add.length) {
    await scripting.registerContentScripts(add.map(([id, matches]) => ({
      id, matches, js: pageFiles(file.get(id)!), runAt: 'document_idle' as const, persistAcrossSessions: true, allFrames: false,
    }))).catch((e: unknown) => console.warn('mapping: could not register page scripts', e));
  }
}

/** The host's patterns the extension holds (registering a pattern it cannot access would fail). */
async function grantedPatterns(host: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of hostPatterns(host)) if (await browser.permissions.contains({ origins: [p] }).catch(() => false)) out.push(p);
  return out;
}

/** Registers the mapping listeners; called synchronously at worker start. */
export function startMappingBackground(): void {
  onBackgroundMessages({
    getMapping: async ({ host }, sender) => {
      // A page may only read its own host's mapping (another site's selectors are none of its business).
      if (!sender.url || hostOf(sender.url) !== host) return null;
      const m = await getMapping(getDb(), host);
      return m ? { fields: m.fields } : null;
    },
    mappingsChanged: () => syncMappedScripts(),
  });
  browser.permissions?.onRemoved?.addListener(() => void syncMappedScripts());
  browser.permissions?.onAdded?.addListener(() => void syncMappedScripts());
  browser.runtime.onStartup?.addListener(() => void syncMappedScripts());
  browser.runtime.onInstalled?.addListener(() => void syncMappedScripts());
  void syncMappedScripts();
}
