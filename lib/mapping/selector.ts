/**
 * Robust CSS selectors for an element the agent clicked while mapping a site. Seller back
 * offices rebuild with new hashed class names (CSS modules `od_val__c0Lw1`, styled-components
 * `sc-bdfBwQ`, emotion `css-1x2y3z`), so a selector prefers what survives a rebuild: an id, data-*
 * attributes, ARIA/role + label, form names and placeholders, readable class names, and only then a
 * short `tag:nth-of-type(n)` path. Every selector returned matches exactly the element in its document.
 */

/** Escapes an identifier for CSS (CSS.escape is not in every test DOM). */
export function cssIdent(s: string): string {
  return s.replace(/^-?\d/, (m) => m.replace(/\d/, (d) => `\\3${d} `)).replace(/[^a-zA-Z0-9_\u00a0-\uffff-]/g, (c) => `\\${c}`);
}

/** Quotes an attribute value for CSS. */
export function cssString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
}

const GENERATED_PREFIX = /^(css|sc|jsx|jss|emotion|styled|tw|svelte|ng|ember|v|data-v|chakra|mui|makeStyles)-/i;

/**
 * True for a class, id or attribute value that looks machine-generated: CSS-module hashes
 * (`Name_local__hash`), styled/emotion prefixes, random mixed-case or digit-laden tokens, long numbers.
 */
export function isHashed(token: string): boolean {
  if (!token || token.length > 40) return true;
  if (GENERATED_PREFIX.test(token)) return true;
  if (/__[A-Za-z0-9-]{4,}$/.test(token) && /\d|[a-z][A-Z]/.test(token.split('__').pop()!)) return true;
  // Readable: words (camelCase allowed) joined by - or _, with at most a short number at the end (col-2, item3).
  if (!/^[A-Za-z]+(?:[-_]{1,2}[A-Za-z]+)*(?:-?\d{1,2})?$/.test(token)) return true;
  // Random case: many lower→upper switches in a short token (bdfBwQ, aXbYcZ).
  const switches = token.match(/[a-z][A-Z]/g)?.length ?? 0;
  return switches >= 2 && token.length < 12;
}

/** True when `sel` is valid and matches exactly `el` in its document. */
export function isUnique(sel: string, el: Element): boolean {
  try {
    const all = el.ownerDocument.querySelectorAll(sel);
    return all.length === 1 && all[0] === el;
  } catch {
    return false;
  }
}

const tag = (el: Element) => el.tagName.toLowerCase();

// Attributes that name what an element is, most meaningful first.
const DATA_PREFERRED = ['data-testid', 'data-test', 'data-test-id', 'data-qa', 'data-cy', 'data-field', 'data-name', 'data-role', 'data-type', 'data-id', 'data-key'];
const NAMING = ['aria-label', 'name', 'placeholder', 'title', 'aria-labelledby'];

/** The element's own data-* attributes worth anchoring on (readable values, not Vue's data-v-hash). */
function dataAttrs(el: Element): [string, string][] {
  const out: [string, string][] = [];
  for (const a of Array.from(el.attributes)) {
    if (!a.name.startsWith('data-') || /^data-v-/.test(a.name) || a.name.length > 30) continue;
    if (a.value.length > 40 || /[\n{}<>]/.test(a.value)) continue;
    if (a.value && isHashed(a.value) && !/^\d{1,6}$/.test(a.value)) continue;
    out.push([a.name, a.value]);
  }
  const rank = (n: string) => (DATA_PREFERRED.indexOf(n) + 1 || 99);
  return out.sort((a, b) => rank(a[0]) - rank(b[0]));
}

/** Readable classes of an element (hashed ones dropped). */
export function stableClasses(el: Element): string[] {
  return Array.from(el.classList).filter((c) => !isHashed(c));
}

/** Selectors naming the element by itself, best first (not yet checked for uniqueness). */
export function ownCandidates(el: Element): string[] {
  const t = tag(el);
  const out: string[] = [];
  if (el.id && !isHashed(el.id)) out.push(`#${cssIdent(el.id)}`);
  for (const [n, v] of dataAttrs(el)) out.push(v ? `${t}[${n}=${cssString(v)}]` : `${t}[${n}]`);
  const role = el.getAttribute('role');
  for (const n of NAMING) {
    const v = el.getAttribute(n);
    if (!v || v.length > 60) continue;
    out.push(`${t}[${n}=${cssString(v)}]`);
    if (role) out.push(`${t}[role=${cssString(role)}][${n}=${cssString(v)}]`);
  }
  for (const c of stableClasses(el)) out.push(`${t}.${cssIdent(c)}`);
  return out;
}

/** One step of a path: the tag with a readable class or attribute that sets it apart from its siblings, else nth-of-type. */
export function stepOf(el: Element): string {
  const t = tag(el);
  const parent = el.parentElement;
  if (!parent) return t;
  const same = Array.from(parent.children).filter((c) => c.tagName === el.tagName);
  if (same.length === 1) return t;
  for (const c of ownCandidates(el)) {
    if (c.startsWith('#')) return c;
    try {
      if (same.filter((s) => s.matches(c)).length === 1) return c;
    } catch {
      /* an odd attribute value: try the next */
    }
  }
  return `${t}:nth-of-type(${same.indexOf(el) + 1})`;
}

/** A selector matching exactly `el` (and nothing else) in its document, as stable and short as possible. */
export function buildSelector(el: Element): string {
  const doc = el.ownerDocument;
  for (const c of ownCandidates(el)) if (isUnique(c, el)) return c;
  const path: string[] = [stepOf(el)];
  let cur = el.parentElement;
  while (cur && cur !== doc.documentElement) {
    const tail = path.join(' > ');
    if (isUnique(tail, el)) return tail;
    for (const anchor of ownCandidates(cur)) {
      if (!isUnique(anchor, cur)) continue;
      // Anchor + the element's own step when that is enough, else the full child path.
      const short = `${anchor} ${path[path.length - 1]}`;
      if (isUnique(short, el)) return short;
      const full = `${anchor} > ${tail}`;
      if (isUnique(full, el)) return full;
    }
    path.unshift(stepOf(cur));
    cur = cur.parentElement;
  }
  const tail = path.join(' > ');
  return isUnique(tail, el) ? tail : `html > ${tail}`;
}

/** The relative selector from `root` down to `el` (child steps), '' when they are the same element. */
export function relativeSelector(root: Element, el: Element): string {
  const steps: string[] = [];
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) steps.unshift(stepOf(cur));
  return steps.join(' > ');
}

export interface RowsSelectors {
  /** Every message row (buyer, seller and notices). */
  rows: string;
  /** The buyer's rows among them ('' when the rows cannot be told apart: then all count as the buyer's). */
  buyer: string;
  /** Where a row's text is, relative to the row ('' = the whole row). */
  text: string;
}

/**
 * From one clicked buyer message, the selectors of all message rows, of the buyer's rows and of the
 * text inside a row. The row is the nearest ancestor repeated among its siblings (the chat list's
 * children); the buyer's rows are told apart by a readable class or data-* value the sample row has
 * and some sibling rows lack.
 */
export function messageRowSelectors(sample: Element): RowsSelectors {
  let row: Element = sample;
  let best: { row: Element; n: number } | null = null;
  for (let cur: Element | null = sample, depth = 0; cur?.parentElement && depth < 7; cur = cur.parentElement, depth++) {
    const n = Array.from(cur.parentElement.children).filter((c) => c.tagName === cur!.tagName).length;
    if (n >= 3) {
      best = { row: cur, n };
      break;
    }
    if (n >= 2 && (!best || n > best.n)) best = { row: cur, n };
  }
  if (best) row = best.row;
  const list = row.parentElement;
  const t = tag(row);
  const rows = list ? `${buildSelector(list)} > ${t}` : buildSelector(row);
  const siblings = list ? Array.from(list.children).filter((c) => c.tagName === row.tagName) : [row];
  let buyer = '';
  const marks = [
    ...dataAttrs(row).map(([n, v]) => `[${n}=${cssString(v)}]`),
    ...stableClasses(row).map((c) => `.${cssIdent(c)}`),
  ];
  for (const m of marks) {
    try {
      const hit = siblings.filter((s) => s.matches(m)).length;
      if (hit < siblings.length) {
        buyer = `${rows}${m}`;
        break;
      }
    } catch {
      /* skip an odd value */
    }
  }
  return { rows, buyer, text: relativeSelector(row, sample) };
}
