/** Queries on the agent's site mappings (`mappings` table: one row per host, the picked selectors). */
import type { Lang } from '../i18n';
import type { PackSite } from '../mapping/pack';
import type { CopilotDb, SiteMapping } from './schema';

export function getMapping(db: CopilotDb, host: string): Promise<SiteMapping | undefined> {
  return db.mappings.get(host);
}

/** Every saved mapping, by host. */
export function listMappings(db: CopilotDb): Promise<SiteMapping[]> {
  return db.mappings.orderBy('host').toArray();
}

export function deleteMapping(db: CopilotDb, host: string): Promise<void> {
  return db.mappings.delete(host);
}

/** Writes one site's fields, keeping when it was first saved; `lang` chooses from the saved row. */
async function put(db: CopilotDb, host: string, fields: Record<string, string>, lang: (old?: SiteMapping) => Lang, now: number): Promise<Lang> {
  const old = await db.mappings.get(host);
  const l = lang(old);
  await db.mappings.put({ host, fields, lang: l, createdAt: old?.createdAt ?? now, updatedAt: now });
  return l;
}

/**
 * Saves the fields picked on `host`'s page. The page's language picks its page script (one lexicon
 * each): Chinese when any picked text is Chinese, English when the texts are Latin, else as before.
 * Returns that language.
 */
export async function saveMapping(db: CopilotDb, host: string, fields: Record<string, string>, pickedTexts: readonly string[], now = Date.now()): Promise<Lang> {
  const picked = pickedTexts.join(' ');
  return db.transaction('rw', db.mappings, () => put(db, host, fields, (old) => (/[\u4e00-\u9fff]/.test(picked) ? 'zh' : picked.trim() ? 'en' : old?.lang ?? 'zh'), now));
}

/** Saves the sites of a selector pack in one transaction (a site without a language keeps its old one). */
export async function saveSites(db: CopilotDb, sites: readonly PackSite[], now = Date.now()): Promise<void> {
  await db.transaction('rw', db.mappings, async () => {
    for (const site of sites) await put(db, site.host, site.fields, (old) => site.lang ?? old?.lang ?? 'zh', now);
  });
}
