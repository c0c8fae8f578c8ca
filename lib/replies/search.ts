/**
 * Script search for the panel's search box and the chat-box shortcut: Chinese by substring, Latin
 * by word prefix (one typo allowed for longer words), and Chinese by pinyin: full (`tuikuan`),
 * initials (`tkdz`) and mixed (`tuikdz`). Shortcut hits rank first, then title, tags, folder, body.
 *
 * Budget: ≤ 2 ms per keystroke over 5,000 scripts (peers.md: full-body fuzzy search takes ~100 ms
 * there). So the expensive parts happen once in buildIndex: the pinyin of titles, tags and folders
 * as syllable arrays, a character → scripts posting table (compact arrays, not a Map per
 * character) and a first-letter → scripts table. A query looks only at the candidates these give,
 * tier by tier, and stops as soon as a tier has filled the page: bodies are the last tier. Bodies
 * match literally (no pinyin): their pinyin would cost about a second to build for 5,000 scripts.
 */
import { pinyinOf } from './pinyin';
import type { Script } from './types';

type Field = 'shortcut' | 'title' | 'tags' | 'folder' | 'body';

interface Doc<T> {
  script: T;
  alive: boolean;
  shortcut: string;
  title: string;
  titleUnits: string[];
  tags: string[];
  tagUnits: string[][];
  folder: string;
  folderUnits: string[][];
  body: string;
}

export interface SearchIndex<T extends Script = Script> {
  docs: Doc<T>[];
  byId: Map<string, number>;
  /** Character code → docs containing it anywhere (lower-cased): docs of code c are postDocs[postStart[c] .. postStart[c+1]). */
  postStart: Uint32Array;
  postDocs: Uint32Array;
  /** Docs added after the build (incremental updates): always candidates. */
  appended: number[];
  /** First letter of a syllable or word in title/tags/folder → docs. */
  initialPost: Map<string, number[]>;
  /**
   * Two letters a pinyin/word match of a longer query must start with → docs: the first two letters
   * of a syllable (`tu` of tui) or the initials of two neighbouring syllables (`tk` of tui kuan).
   */
  pairPost: Map<string, number[]>;
  /** The same for three letters (`tui`, `tuk`, `tku`, `tkd`), for queries of three letters or more. */
  triPost: Map<string, number[]>;
  /** Latin words of titles → docs (for the one-typo match). */
  words: Map<string, number[]>;
  /** Latin words of tags and folders → docs (the same, ranked below title words). */
  otherWords: Map<string, number[]>;
  /** Shortcuts sorted, for a binary-searched prefix range. */
  shortcuts: { key: string; doc: number }[];
  /** Per-query scratch: the query number a doc was last looked at in. */
  seen: Uint32Array;
  stamp: number;
  /** Per-query scratch buffers (reused, so a keystroke allocates almost nothing for the GC). */
  scratch: Scratch;
}

interface Scratch {
  units: Uint32Array;
  literal: Uint32Array;
  hitDoc: Uint32Array;
  hitScore: Float64Array;
  hitField: Uint8Array;
}

function makeScratch(n: number): Scratch {
  return { units: new Uint32Array(n), literal: new Uint32Array(n), hitDoc: new Uint32Array(n), hitScore: new Float64Array(n), hitField: new Uint8Array(n) };
}

const FIELDS: readonly Field[] = ['shortcut', 'title', 'tags', 'folder', 'body'];

export interface SearchHit<T extends Script = Script> {
  script: T;
  score: number;
  /** The best field the query matched in. */
  field: Field;
}

const CJK_RE = /[\u3400-\u9fff\uf900-\ufaff]/;
const RUN_RE = /[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9]+/g;

/** Lower-case, NFKC (full-width letters → ASCII), trimmed. */
export function normalise(s: string): string {
  return s.normalize('NFKC').toLowerCase().trim();
}

// A title's runs repeat across scripts (退款, 运费): each run's syllables are looked up once.
const runCache = new Map<string, string[]>();

function pinyinOfRun(run: string): string[] {
  let p = runCache.get(run);
  if (!p) {
    p = pinyinOf(run);
    if (runCache.size > 20_000) runCache.clear();
    runCache.set(run, p);
  }
  return p;
}

/** Syllables and words of a text: 退款7天ok → ['tui','kuan','7','tian','ok']. */
export function unitsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of normalise(text).matchAll(RUN_RE)) {
    const run = m[0];
    if (CJK_RE.test(run[0])) {
      for (const p of pinyinOfRun(run)) if (p) out.push(p);
    } else out.push(run);
  }
  return out;
}

function push(map: Map<string, number[]>, key: string, doc: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [doc]);
  else if (list[list.length - 1] !== doc) list.push(doc);
}

function makeDoc<T extends Script>(s: T): Doc<T> {
  const shortcut = normalise(s.shortcut ?? '').replace(/^[;/\\]+/, '');
  const title = normalise(s.title);
  const tags = s.tags.map(normalise).filter(Boolean);
  const folder = normalise(s.folder ?? '');
  return {
    script: s, alive: true, shortcut, title, titleUnits: unitsOf(title), tags, tagUnits: tags.map(unitsOf),
    folder, folderUnits: folder ? folder.split('/').map(unitsOf) : [], body: normalise(s.body),
  };
}

function textOf<T>(d: Doc<T>): string {
  return `${d.shortcut}\u0001${d.title}\u0001${d.tags.join('\u0001')}\u0001${d.folder}\u0001${d.body}`;
}

function addUnitPostings<T extends Script>(idx: SearchIndex<T>, i: number): void {
  const d = idx.docs[i];
  for (const units of [d.titleUnits, ...d.tagUnits, ...d.folderUnits]) {
    for (let k = 0; k < units.length; k++) {
      const u = units[k];
      push(idx.initialPost, u[0], i);
      if (u.length >= 2) push(idx.pairPost, u.slice(0, 2), i);
      const v = units[k + 1];
      if (v) push(idx.pairPost, u[0] + v[0], i);
      // Every way the first three letters of a query can spread over the syllables from here.
      if (u.length >= 3) push(idx.triPost, u.slice(0, 3), i);
      if (v && u.length >= 2) push(idx.triPost, u.slice(0, 2) + v[0], i);
      if (v && v.length >= 2) push(idx.triPost, u[0] + v.slice(0, 2), i);
      if (v && units[k + 2]) push(idx.triPost, u[0] + v[0] + units[k + 2][0], i);
    }
  }
  // Only words written in Latin letters (not pinyin syllables) take part in the one-typo match.
  for (const w of d.title.match(/[a-z]{3,}/g) ?? []) push(idx.words, w, i);
  for (const w of `${d.tags.join(' ')} ${d.folder}`.match(/[a-z]{3,}/g) ?? []) push(idx.otherWords, w, i);
}

/** Builds the index once (pinyin and postings); then each search() only touches candidates. */
export function buildIndex<T extends Script>(scripts: readonly T[]): SearchIndex<T> {
  const docs = scripts.map((s) => makeDoc(s));
  const texts = docs.map(textOf);
  // Character postings in two passes over UTF-16 codes (count, then fill): typed arrays instead of
  // 650k Map operations for 5,000 bodies.
  const last = new Int32Array(65536).fill(-1);
  const count = new Uint32Array(65537);
  texts.forEach((t, i) => {
    for (let k = 0; k < t.length; k++) {
      const c = t.charCodeAt(k);
      if (last[c] !== i) { last[c] = i; count[c + 1]++; }
    }
  });
  const postStart = new Uint32Array(65537);
  for (let c = 0; c < 65536; c++) postStart[c + 1] = postStart[c] + count[c + 1];
  const postDocs = new Uint32Array(postStart[65536]);
  const fill = postStart.slice(0, 65536);
  last.fill(-1);
  texts.forEach((t, i) => {
    for (let k = 0; k < t.length; k++) {
      const c = t.charCodeAt(k);
      if (last[c] !== i) { last[c] = i; postDocs[fill[c]++] = i; }
    }
  });
  const idx: SearchIndex<T> = {
    docs, byId: new Map(), postStart, postDocs, appended: [], initialPost: new Map(), pairPost: new Map(), triPost: new Map(), words: new Map(), otherWords: new Map(), shortcuts: [],
    seen: new Uint32Array(Math.max(16, docs.length)), stamp: 0, scratch: makeScratch(Math.max(16, docs.length)),
  };
  docs.forEach((d, i) => {
    idx.byId.set(d.script.id, i);
    if (d.shortcut) idx.shortcuts.push({ key: d.shortcut, doc: i });
    addUnitPostings(idx, i);
  });
  idx.shortcuts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.doc - b.doc));
  return idx;
}

/** Adds or replaces one script without rebuilding (the old entry is retired). */
export function updateIndex<T extends Script>(idx: SearchIndex<T>, s: T): void {
  removeFromIndex(idx, s.id);
  const i = idx.docs.length;
  const d = makeDoc(s);
  idx.docs.push(d);
  idx.byId.set(s.id, i);
  idx.appended.push(i);
  if (idx.seen.length <= i) {
    const grown = new Uint32Array(idx.seen.length * 2);
    grown.set(idx.seen);
    idx.seen = grown;
    idx.scratch = makeScratch(grown.length);
  }
  if (d.shortcut) idx.shortcuts.splice(lowerBound(idx.shortcuts, `${d.shortcut}\uffff`), 0, { key: d.shortcut, doc: i });
  addUnitPostings(idx, i);
}

/** Removes one script from the index. */
export function removeFromIndex<T extends Script>(idx: SearchIndex<T>, id: string): void {
  const i = idx.byId.get(id);
  if (i === undefined) return;
  idx.docs[i].alive = false;
  idx.byId.delete(id);
  const at = idx.shortcuts.findIndex((e) => e.doc === i);
  if (at >= 0) idx.shortcuts.splice(at, 1);
}

/** First position whose key is ≥ `key`. */
function lowerBound(list: readonly { key: string }[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].key < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Consumes `q` from syllable `start` on: each syllable gives a non-empty prefix of itself, so
 * `tuikuan`, `tkdz` and `tuikdz` all match 退款到账. Returns the number of syllables used only
 * partly before the last (0 = full pinyin or a word prefix), or -1 when there is no match.
 */
export function matchUnitsAt(units: readonly string[], start: number, q: string): number {
  return consume(units, start, q, 0, 0);
}

/** At most this many syllables may be skipped inside a match (tkdz → 退款多久到账 skips 多久). */
const MAX_SKIPS = 2;
/** A skipped syllable costs as much as two partly typed ones. */
const SKIP_COST = 2;

function consume(units: readonly string[], ui: number, q: string, qi: number, skips: number): number {
  if (qi === q.length) return 0;
  if (ui >= units.length) return -1;
  const u = units[ui];
  let k = 0;
  while (k < u.length && qi + k < q.length && u.charCodeAt(k) === q.charCodeAt(qi + k)) k++;
  for (let j = k; j >= 1; j--) {
    const rest = consume(units, ui + 1, q, qi + j, skips);
    if (rest >= 0) return rest + (j < u.length && qi + j < q.length ? 1 : 0);
  }
  // Agents type the initials of the words they remember: a syllable in between may be left out.
  if (qi > 0 && skips < MAX_SKIPS) {
    const rest = consume(units, ui + 1, q, qi, skips + 1);
    if (rest >= 0) return rest + SKIP_COST;
  }
  return -1;
}

/** Best match of `q` in a syllable list: 0 no match, else a quality (higher is better). */
function matchUnits(units: readonly string[], q: string): number {
  let best = 0;
  const c = q.charCodeAt(0);
  for (let i = 0; i < units.length; i++) {
    if (units[i].charCodeAt(0) !== c) continue;
    const partial = q.length === 1 ? 0 : matchUnitsAt(units, i, q);
    if (partial < 0) continue;
    const quality = 100 - 10 * Math.min(partial, 5) - Math.min(i, 10);
    if (quality > best) best = quality;
    if (partial === 0) break; // later starts only lose position points
  }
  return best;
}

const W = { shortcutExact: 10_000, shortcutPrefix: 8_000, title: 5_000, tags: 3_000, folder: 2_000, fuzzy: 1_500, body: 1_000 };

function shortcutScore(shortcut: string, term: string): number {
  if (!shortcut) return 0;
  if (shortcut === term) return W.shortcutExact;
  return shortcut.startsWith(term) ? W.shortcutPrefix - Math.min(shortcut.length - term.length, 100) : 0;
}

function titleScore<T>(d: Doc<T>, term: string, latin: boolean): number {
  const p = d.title.indexOf(term);
  if (p >= 0) return W.title + 200 - Math.min(p, 100) + (p === 0 ? 100 : 0);
  if (!latin) return 0;
  const m = matchUnits(d.titleUnits, term);
  return m ? W.title + m : 0;
}

function tagsScore<T>(d: Doc<T>, term: string, latin: boolean): number {
  for (let i = 0; i < d.tags.length; i++) {
    const t = d.tags[i];
    if (t.includes(term)) return W.tags + (t === term ? 200 : 100);
    if (latin) {
      const m = matchUnits(d.tagUnits[i], term);
      if (m) return W.tags + m;
    }
  }
  return 0;
}

function folderScore<T>(d: Doc<T>, term: string, latin: boolean): number {
  if (!d.folder) return 0;
  if (d.folder.includes(term)) return W.folder + 100;
  if (latin) {
    for (const u of d.folderUnits) {
      const m = matchUnits(u, term);
      if (m) return W.folder + m;
    }
  }
  return 0;
}

function bodyScore<T>(d: Doc<T>, term: string): number {
  return d.body.includes(term) ? W.body : 0;
}

/** Scores one term against one doc, best field first: 0 = no match. */
function scoreTerm<T>(d: Doc<T>, term: string, latin: boolean): { score: number; field: Field } {
  let x = shortcutScore(d.shortcut, term);
  if (x) return { score: x, field: 'shortcut' };
  if ((x = titleScore(d, term, latin))) return { score: x, field: 'title' };
  if ((x = tagsScore(d, term, latin))) return { score: x, field: 'tags' };
  if ((x = folderScore(d, term, latin))) return { score: x, field: 'folder' };
  if ((x = bodyScore(d, term))) return { score: x, field: 'body' };
  return { score: 0, field: 'body' };
}

// Edit distance ≤ 1 (a swap of two neighbours counts as one) between `q` and a prefix of `w`,
// since the agent may still be typing `w`.
function withinOneEdit(q: string, w: string): boolean {
  for (const len of [q.length, q.length - 1, q.length + 1]) {
    if (len < 1 || len > w.length) continue;
    if (osaAtMostOne(q, w.slice(0, len))) return true;
  }
  return false;
}

function osaAtMostOne(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const ra = a.slice(i + 1);
  const rb = b.slice(i + 1);
  if (ra === rb) return true; // substitution
  if (a.slice(i) === rb) return true; // insertion in b
  if (ra === b.slice(i)) return true; // deletion from b
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
}

/**
 * Docs that may match `term`, written to the scratch buffers: `units` by pinyin or word start (from
 * the first-letter tables) and `literal` by substring only (postings of the term's rarest
 * character, minus those in `units`). Returns the two counts.
 */
function candidates<T extends Script>(idx: SearchIndex<T>, term: string, latin: boolean): [number, number] {
  let rareFrom = 0;
  let rareTo = -1;
  for (let k = 0; k < term.length; k++) {
    const c = term.charCodeAt(k);
    const from = idx.postStart[c];
    const to = idx.postStart[c + 1];
    if (rareTo < 0 || to - from < rareTo - rareFrom) { rareFrom = from; rareTo = to; }
  }
  const stamp = ++idx.stamp;
  const { seen, scratch } = idx;
  let nu = 0;
  let nl = 0;
  if (latin) {
    const post = term.length === 1 ? idx.initialPost.get(term) : term.length === 2 ? idx.pairPost.get(term) : idx.triPost.get(term.slice(0, 3));
    for (const i of post ?? []) if (seen[i] !== stamp) { seen[i] = stamp; scratch.units[nu++] = i; }
    // The three-letter postings only know adjacent syllables: initials that skip a syllable in their
    // first three letters (wlbgx → 物流几天不更新) come from the first two letters' postings.
    if (term.length >= 3 && nu < SKIP_CANDIDATES) {
      for (const i of idx.pairPost.get(term.slice(0, 2)) ?? []) if (seen[i] !== stamp) { seen[i] = stamp; scratch.units[nu++] = i; }
    }
    for (const i of idx.appended) if (seen[i] !== stamp) { seen[i] = stamp; scratch.units[nu++] = i; }
  } else for (const i of idx.appended) if (seen[i] !== stamp) { seen[i] = stamp; scratch.literal[nl++] = i; }
  for (let k = rareFrom; k < rareTo; k++) {
    const i = idx.postDocs[k];
    if (seen[i] !== stamp) { seen[i] = stamp; scratch.literal[nl++] = i; }
  }
  return [nu, nl];
}

const isLatin = (t: string): boolean => /^[a-z0-9]+$/.test(t);
/** Below this many candidates from a term's first three letters, its first two letters' are added. */
const SKIP_CANDIDATES = 50;

/**
 * A term as searched: pinyin mixed with Chinese (退kuan到账, tui货地址) becomes all pinyin, so that it
 * matches like the full pinyin it stands for. Pure Chinese and pure Latin terms stay as typed.
 */
function termOf(t: string): string {
  if (!CJK_RE.test(t) || !/[a-z]/.test(t)) return t;
  let out = '';
  for (const m of t.matchAll(RUN_RE)) out += CJK_RE.test(m[0][0]) ? pinyinOfRun(m[0]).join('') : m[0];
  return out;
}

/** Hit collector over the scratch buffers: objects are made only for the hits returned. */
class Hits<T extends Script> {
  size = 0;
  constructor(private idx: SearchIndex<T>) {}
  add(doc: number, score: number, field: Field): void {
    const s = this.idx.scratch;
    s.hitDoc[this.size] = doc;
    s.hitScore[this.size] = score;
    s.hitField[this.size] = FIELDS.indexOf(field);
    this.size++;
  }
  /** The best `limit`, sorted: a bounded insertion, so thousands of hits on `t` cost one pass. */
  top(limit: number): SearchHit<T>[] {
    const docs = this.idx.docs;
    const { hitDoc, hitScore, hitField } = this.idx.scratch;
    // Before = better: higher score, then shorter title, then id (deterministic).
    const before = (a: number, b: number): boolean => {
      if (hitScore[a] !== hitScore[b]) return hitScore[a] > hitScore[b];
      const sa = docs[hitDoc[a]].script;
      const sb = docs[hitDoc[b]].script;
      if (sa.title.length !== sb.title.length) return sa.title.length < sb.title.length;
      return sa.id < sb.id;
    };
    const best: number[] = [];
    for (let k = 0; k < this.size; k++) {
      if (best.length === limit && !before(k, best[limit - 1])) continue;
      let at = best.length;
      while (at > 0 && before(k, best[at - 1])) at--;
      best.splice(at, 0, k);
      if (best.length > limit) best.pop();
    }
    return best.map((k) => ({ script: docs[hitDoc[k]].script, score: hitScore[k], field: FIELDS[hitField[k]] }));
  }
}

/**
 * Scripts matching `query`, best first (at most `limit`). Several words must all match; a leading
 * `;` or `/` (the chat-box trigger) is ignored. An empty query returns nothing.
 */
export function search<T extends Script>(idx: SearchIndex<T>, query: string, limit = 20): SearchHit<T>[] {
  const terms = normalise(query).replace(/^[;/\\]+/, '').split(/\s+/).filter(Boolean).map(termOf);
  if (!terms.length || limit <= 0) return [];
  if (terms.length > 1) return searchAll(idx, terms, limit);
  const hits = searchOne(idx, terms[0], limit);
  // A Chinese phrase found nowhere as written (花呗分期 for 花呗/信用卡分期): its two-character words,
  // all of which must match, wherever they are.
  const t = terms[0];
  if (hits.length === 0 && t.length >= 4 && !/[a-z0-9]/.test(t)) {
    // Pairs from the start; an odd last character joins the last pair (退款多久到 → 退款 多久到).
    const parts: string[] = [];
    for (let k = 0; k < t.length; k += 2) parts.push(t.length - k === 3 ? t.slice(k) : t.slice(k, k + 2));
    return searchAll(idx, parts.filter((p) => p.length >= 2), limit);
  }
  return hits;
}

// One term (what typing produces): tiers in rank order. Every hit of a tier outranks every hit of
// the next, so once the tiers so far fill `limit`, the lower tiers (bodies above all) are skipped.
function searchOne<T extends Script>(idx: SearchIndex<T>, term: string, limit: number): SearchHit<T>[] {
  const latin = isLatin(term);
  const hits = new Hits(idx);
  const [nu, nl] = candidates(idx, term, latin);
  const counts = [nu, nl];
  const lists = [idx.scratch.units, idx.scratch.literal];
  // Shortcut hits are found by binary search; stamped so that the tiers below skip them.
  const stamp = ++idx.stamp;
  for (let k = lowerBound(idx.shortcuts, term); k < idx.shortcuts.length && idx.shortcuts[k].key.startsWith(term); k++) {
    const i = idx.shortcuts[k].doc;
    if (!idx.docs[i].alive) continue;
    idx.seen[i] = stamp;
    hits.add(i, shortcutScore(idx.docs[i].shortcut, term), 'shortcut');
  }
  // Two lists: docs that may match by pinyin/word start (checked both ways) and literal-only docs.
  // Each tier keeps the docs it did not match, compacted in place for the next tier.
  const tiers: [Field, (d: Doc<T>, t: string, l: boolean) => number][] = [
    ['title', titleScore], ['tags', tagsScore], ['folder', folderScore], ['body', bodyScore],
  ];
  for (const [field, score] of tiers) {
    if (field !== 'title' && hits.size >= limit) return hits.top(limit);
    for (let L = 0; L < 2; L++) {
      const list = lists[L];
      const pinyinToo = L === 0 && latin;
      let kept = 0;
      for (let k = 0; k < counts[L]; k++) {
        const i = list[k];
        const d = idx.docs[i];
        if (!d.alive || idx.seen[i] === stamp) continue;
        const x = score(d, term, pinyinToo);
        if (x) hits.add(i, x, field);
        else list[kept++] = i;
      }
      counts[L] = kept;
    }
  }
  // One typo in a longer Latin word, only when exact matching found too little.
  if (hits.size < limit && latin && term.length >= 4 && /[a-z]/.test(term)) {
    const got = new Set(Array.from(idx.scratch.hitDoc.subarray(0, hits.size)));
    const tables: [Map<string, number[]>, number, Field][] = [[idx.words, W.fuzzy, 'title'], [idx.otherWords, W.fuzzy - 600, 'tags']];
    for (const [table, score, field] of tables) {
      for (const [w, docs] of table) {
        if (w.length < term.length - 1 || !withinOneEdit(term, w)) continue;
        for (const i of docs) {
          if (!idx.docs[i].alive || got.has(i)) continue;
          got.add(i);
          hits.add(i, score, field);
        }
      }
    }
  }
  return hits.top(limit);
}

// Several terms: all must match; scores add up. Candidates come from the longest term.
function searchAll<T extends Script>(idx: SearchIndex<T>, terms: string[], limit: number): SearchHit<T>[] {
  const order = [...terms].sort((a, b) => b.length - a.length);
  const hits = new Hits(idx);
  const [nu, nl] = candidates(idx, order[0], isLatin(order[0]));
  const all = [...idx.scratch.units.subarray(0, nu), ...idx.scratch.literal.subarray(0, nl)];
  for (const i of all) {
    const d = idx.docs[i];
    if (!d.alive) continue;
    let total = 0;
    let field: Field = 'body';
    let best = -1;
    let ok = true;
    for (const t of order) {
      const r = scoreTerm(d, t, isLatin(t));
      if (!r.score) { ok = false; break; }
      total += r.score;
      if (r.score > best) { best = r.score; field = r.field; }
    }
    if (ok) hits.add(i, total, field);
  }
  return hits.top(limit);
}
