/** Pure helpers of notes: #tags written in the text, the tags that warn the agent, and a search over every note. */
import type { Note } from './schema';
import type { Lang } from '../i18n';

/** Tags offered as one-click chips while writing, in the agent's language. */
export const SUGGESTED_TAGS = {
  zh: ['VIP', '已补偿', '易投诉', '老客户', '要发票'],
  en: ['VIP', 'compensated', 'complaint-prone', 'regular', 'wants-invoice'],
} as const satisfies Record<Lang, readonly string[]>;
/** Tags that should catch the eye at the top of the page (case-insensitive). */
const WARN_TAGS = /易投诉|投诉|差评|威胁|黑名单|恶意|complain|blacklist|risky|abuse/i;

/** True for tags that warn (易投诉, 差评…). */
export const isWarnTag = (tag: string) => WARN_TAGS.test(tag);

const HASHTAG = /(^|\s)[#＃]([^\s#＃,，。;；]{1,24})/g;

/** Takes "#tag" words out of a note's text: the text without them and the tags found (in order). */
export function extractTags(input: string): { text: string; tags: string[] } {
  const tags: string[] = [];
  const text = input.replace(HASHTAG, (_m, lead: string, tag: string) => {
    if (!tags.includes(tag)) tags.push(tag);
    return lead;
  });
  return { text: text.replace(/[ \t]{2,}/g, ' ').trim(), tags };
}

/** Tags as the agent types them in a tag field: "VIP, #易投诉 已补偿" → ['VIP','易投诉','已补偿']. */
export function parseTagField(s: string): string[] {
  const out: string[] = [];
  for (const t of s.split(/[\s,，、;；]+/)) {
    const tag = t.replace(/^[#＃]+/, '').trim();
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/**
 * Notes matching every word of `query`: "#tag" words must be a tag (exact, case-insensitive); other
 * words may appear in the text, a tag, the order id or the buyer. Pinned first, then newest.
 */
export function searchNotes(notes: Note[], query: string): Note[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const hits = notes.filter((n) => {
    const tags = n.tags.map((t) => t.toLowerCase());
    const hay = [n.text, n.orderId ?? '', n.buyerNick ?? '', ...n.tags].join('\n').toLowerCase();
    return words.every((w) => (/^[#＃]/.test(w) ? tags.includes(w.replace(/^[#＃]+/, '')) : hay.includes(w)));
  });
  return hits.sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.updatedAt - a.updatedAt || (b.id ?? 0) - (a.id ?? 0));
}
