/**
 * Selector packs: the sites mapped by hand and the fixes picked on supported sites, as one small
 * JSON file an agent exports and a teammate imports (one agent's fix serves the team). Everything
 * read is untrusted: size capped, hosts and field names checked, selectors length-capped and parsed
 * by the browser before use (a selector that does not parse is refused), nothing else is kept.
 */
import * as v from 'valibot';
import type { SiteMapping } from '../db/schema';
import { MAP_FIELDS, MESSAGE_BUYER_KEY, MESSAGE_TEXT_KEY, hostOf } from './fields';

export const PACK_FORMAT = 'aftersales-copilot.selectors';
export const PACK_VERSION = 1;
const MAX_BYTES = 512 * 1024;
const KEYS: readonly string[] = [...MAP_FIELDS, MESSAGE_BUYER_KEY, MESSAGE_TEXT_KEY];

const SiteSchema = v.object({
  host: v.pipe(v.string(), v.maxLength(253), v.check((h) => hostOf(`https://${h}/`) === h, 'not a host name')),
  lang: v.optional(v.picklist(['zh', 'en'])),
  fields: v.pipe(
    v.record(v.string(), v.pipe(v.string(), v.minLength(1), v.maxLength(500))),
    v.check((f) => Object.keys(f).every((k) => KEYS.includes(k)), `fields may be only ${KEYS.join(', ')}`),
  ),
});
const PackSchema = v.object({ format: v.literal(PACK_FORMAT), version: v.number(), sites: v.pipe(v.array(v.unknown()), v.maxLength(500)) });

export type PackSite = v.InferOutput<typeof SiteSchema>;

/** The pack of these mappings, as pretty JSON. */
export function exportSelectorPack(mappings: readonly SiteMapping[], now = new Date()): string {
  const sites = mappings.map((m) => ({ host: m.host, ...(m.lang ? { lang: m.lang } : {}), fields: m.fields }));
  return `${JSON.stringify({ format: PACK_FORMAT, version: PACK_VERSION, exportedAt: now.toISOString(), sites }, null, 2)}\n`;
}

/** A whole file that is not a pack (nothing is imported). */
export class PackError extends Error {
  constructor(message: string, readonly zh: string) {
    super(message);
  }
}

/**
 * Reads a pack: its valid sites, and one line per refused site. `selectorOk` tells a CSS selector the
 * browser can parse (the panel passes one built on document.querySelector; tests pass their own).
 */
export function parseSelectorPack(text: string, selectorOk: (s: string) => boolean): { sites: PackSite[]; refused: { host: string; why: string }[] } {
  if (text.length > MAX_BYTES) throw new PackError('The file is larger than 512 kB: not a selector pack.', '文件超过 512 kB，不是选择器包。');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''), (k, val: unknown) => (k === '__proto__' || k === 'constructor' || k === 'prototype' ? undefined : val));
  } catch {
    throw new PackError('The file is not JSON.', '文件不是 JSON。');
  }
  const head = v.safeParse(PackSchema, data);
  if (!head.success) throw new PackError('The file is not a selector pack of this extension.', '这不是本扩展导出的选择器包。');
  const sites: PackSite[] = [];
  const refused: { host: string; why: string }[] = [];
  for (const raw of head.output.sites) {
    const r = v.safeParse(SiteSchema, raw);
    const host = typeof (raw as { host?: unknown })?.host === 'string' ? String((raw as { host: string }).host).slice(0, 80) : '?';
    if (!r.success) {
      refused.push({ host, why: r.issues[0]?.message ?? 'invalid' });
      continue;
    }
    const bad = Object.entries(r.output.fields).find(([, sel]) => !selectorOk(sel));
    if (bad) refused.push({ host, why: `selector of ${bad[0]} does not parse` });
    else sites.push(r.output);
  }
  return { sites, refused };
}
