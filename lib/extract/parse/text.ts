/** Text helpers and the label dictionary shared by the page readers (seller-pages.md §1). */
import { ANY, type LabelKey } from '../lexicon';

/** Collapse all whitespace (incl. &nbsp;, full-width and zero-width spaces) to one space and trim. */
export function normText(s: string): string {
  // \s already covers U+00A0, U+3000 and U+FEFF; U+200B (zero-width) is not whitespace to JS.
  return s.replace(/[\s\u200b]+/g, ' ').trim();
}

/** Remove a leading `label` (and any ：/: after it) from `s`; `s` normalised, unchanged if it does not start with the label. */
export function stripLabel(s: string, label: string): string {
  const t = normText(s);
  const l = normText(label);
  if (!l || t.slice(0, l.length).toLowerCase() !== l.toLowerCase()) return t;
  return t.slice(l.length).replace(/^\s*[:：]?\s*/, '');
}

export type { LabelKey } from '../lexicon';

/** Visible field labels per field, zh and en, most specific first (both languages; see lexicon.ts). */
export const LABELS: Record<LabelKey, string[]> = /* @__PURE__ */ (() =>
  Object.fromEntries(Object.entries(ANY.labels).map(([k, v]) => [k, v.split('|')])) as Record<LabelKey, string[]>)();
