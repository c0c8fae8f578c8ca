/**
 * Script search for the panel's search box and the chat-box shortcut: Chinese by substring, Latin
 * by word prefix (one typo allowed for longer words), and Chinese by pinyin: full (`tuikuan`),
 * initials (`tkdz`) and mixed (`tuikdz`). Shortcut hits rank first, then title, tags, folder, body.
 *
 * Budget: ≤ 2 ms per keystroke over 5,000 scripts (peers.md: full-body fuzzy search takes ~100 ms
 * there). So everything expensive happens once in buildIndex: pinyin of titles, tags and folders is
 * precomputed as syllable arrays, and two posting maps (character → scripts, first letter of a
 * syllable or word → scripts) pick the few candidates a query must look at. Bodies are a second tier,
 * matched literally (no pinyin) because their pinyin would cost ~1 s to build for 5,000 scripts.
 */
import { pinyin } from 'pinyin-pro';
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
  /** Everything above joined, for one quick `includes` before the per-field checks. */
  all: string;
}

export interface SearchIndex<T extends Script = Script> {
  docs: Doc<T>[];
  byId: Map<string, number>;
  /** Character → docs containing it anywhere (lower-cased). */
  charPost: Map<string, number[]>;
  /** First letter of a syllable or word in title/tags/folder → docs. */
  initialPost: Map<string, number[]>;
  /** Latin words of titles, tags and folders → docs (for the one-typo match). */
  words: Map<string, number[]>;
  /** Per-query scratch: docs already looked at (stamped with the query number). */
  seen: Uint32Array;
  stamp: number;
}

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

/** Syllables and words of a text: 退款7天ok → ['tui','kuan','7','tian','ok']. */
export function unitsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of normalise(text).matchAll(RUN_RE)) {
    const run = m[0];
    if (CJK_RE.test(run[0])) {
      // Whole runs, so that context picks the reading of polyphones (重庆 → chong qing).
      for (const p of pinyin(run, { toneType: 'none', type: 'array', v: true })) if (p) out.push(p);
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
  const body = normalise(s.body);
  return {
    script: s, alive: true, shortcut, title, titleUnits: unitsOf(title), tags, tagUnits: tags.map(unitsOf),
    folder, folderUnits: folder ? folder.split('/').map(unitsOf) : [], body,
    all: [shortcut, title, tags.join('\u0001'), folder, body].join('\u0001'),
  };
}

function addPostings<T extends Script>(idx: SearchIndex<T>, i: number): void {
  const d = idx.docs[i];
  for (const ch of new Set(d.all)) push(idx.charPost, ch, i);
  const unitLists = [d.titleUnits, ...d.tagUnits, ...d.folderUnits];
  const initials = new Set<string>();
  for (const units of unitLists) for (const u of units) initials.add(u[0]);
  for (const c of initials) push(idx.initialPost, c, i);
  // Only words written in Latin letters (not pinyin syllables) take part in the one-typo match.
  const latinWords = new Set([d.title, ...d.tags, d.folder].join(' ').match(/[a-z]{3,}/g) ?? []);
  for (const w of latinWords) push(idx.words, w, i);
}

/** Builds the index once (pinyin and postings); then each search() only touches candidates. */
export function buildIndex<T extends Script>(scripts: readonly T[]): SearchIndex<T> {
  const idx: SearchIndex<T> = {
    docs: [], byId: new Map(), charPost: new Map(), initialPost: new Map(), words: new Map(),
    seen: new Uint32Array(Math.max(16, scripts.length)), stamp: 0,
  };
  for (const s of scripts) addScript(idx, s);
  return idx;
}

function addScript<T extends Script>(idx: SearchIndex<T>, s: T): void {
  const i = idx.docs.length;
  idx.docs.push(makeDoc(s));
  idx.byId.set(s.id, i);
  if (idx.seen.length <= i) {
    const grown = new Uint32Array(idx.seen.length * 2);
    grown.set(idx.seen);
    idx.seen = grown;
  }
  addPostings(idx, i);
}

/** Adds or replaces one script without rebuilding (the old entry is retired; its postings are skipped). */
export function updateIndex<T extends Script>(idx: SearchIndex<T>, s: T): void {
  removeFromIndex(idx, s.id);
  addScript(idx, s);
}

/** Removes one script from the index. */
export function removeFromIndex<T extends Script>(idx: SearchIndex<T>, id: string): void {
  const i = idx.byId.get(id);
  if (i === undefined) return;
  idx.docs[i].alive = false;
  idx.byId.delete(id);
}

/**
 * Consumes `q` from syllable `start` on: each syllable gives a non-empty prefix of itself, so
 * `tuikuan`, `tkdz` and `tuikdz` all match 退款到账. Returns the number of syllables used only
 * partly before the last (0 = full pinyin or a word prefix), or -1 when there is no match.
 */
export function matchUnitsAt(units: readonly string[], start: number, q: string): number {
  const go = (ui: number, qi: number): number => {
    if (qi === q.length) return 0;
    if (ui >= units.length) return -1;
    const u = units[ui];
    let k = 0;
    while (k < u.length && qi + k < q.length && u.charCodeAt(k) === q.charCodeAt(qi + k)) k++;
    for (let j = k; j >= 1; j--) {
      const rest = go(ui + 1, qi + j);
      if (rest >= 0) return rest + (j < u.length && qi + j < q.length ? 1 : 0);
    }
    return -1;
  };
  return go(start, 0);
}

/** Best match of `q` in a syllable list: 0 no match, else a quality (higher is better). */
function matchUnits(units: readonly string[], q: string): number {
  let best = 0;
  const c = q.charCodeAt(0);
  for (let i = 0; i < units.length; i++) {
    if (units[i].charCodeAt(0) !== c) continue;
    const partial = matchUnitsAt(units, i, q);
    if (partial < 0) continue;
    const quality = 100 - 10 * Math.min(partial, 5) - Math.min(i, 10);
    if (quality > best) best = quality;
  }
  return best;
}

const W = { shortcutExact: 10_000, shortcutPrefix: 8_000, title: 5_000, tags: 3_000, folder: 2_000, fuzzy: 1_500, body: 1_000 };

/** Scores one term against one doc: 0 = no match. */
function scoreTerm<T extends Script>(d: Doc<T>, term: string, latin: boolean): { score: number; field: Field } {
  if (d.shortcut) {
    if (d.shortcut === term) return { score: W.shortcutExact, field: 'shortcut' };
    if (d.shortcut.startsWith(term)) return { score: W.shortcutPrefix - (d.shortcut.length - term.length), field: 'shortcut' };
  }
  const literal = d.all.includes(term);
  let p: number;
  if (literal) {
    p = d.title.indexOf(term);
    if (p >= 0) return { score: W.title + 200 - Math.min(p, 100) + (p === 0 ? 100 : 0), field: 'title' };
  }
  if (latin) {
    const m = matchUnits(d.titleUnits, term);
    if (m) return { score: W.title + m, field: 'title' };
  }
  if (literal) {
    for (const t of d.tags) if (t.includes(term)) return { score: W.tags + (t === term ? 200 : 100), field: 'tags' };
  }
  if (latin) {
    for (const u of d.tagUnits) {
      const m = matchUnits(u, term);
      if (m) return { score: W.tags + m, field: 'tags' };
    }
  }
  if (literal && d.folder.includes(term)) return { score: W.folder + 100, field: 'folder' };
  if (latin) {
    for (const u of d.folderUnits) {
      const m = matchUnits(u, term);
      if (m) return { score: W.folder + m, field: 'folder' };
    }
  }
  if (literal && d.body.includes(term)) return { score: W.body, field: 'body' };
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

function candidates<T extends Script>(idx: SearchIndex<T>, term: string, latin: boolean): number[] {
  // The rarest character of the term bounds the literal matches.
  let rare: number[] | undefined;
  for (const ch of term) {
    const p = idx.charPost.get(ch);
    if (!p) { rare = []; break; }
    if (!rare || p.length < rare.length) rare = p;
  }
  if (!latin) return rare ?? [];
  const byInitial = idx.initialPost.get(term[0]) ?? [];
  if (!rare?.length) return byInitial;
  const stamp = ++idx.stamp;
  const out: number[] = [];
  for (const list of [byInitial, rare]) {
    for (const i of list) {
      if (idx.seen[i] === stamp) continue;
      idx.seen[i] = stamp;
      out.push(i);
    }
  }
  return out;
}

/**
 * Scripts matching `query`, best first (at most `limit`). Several words must all match; a leading
 * `;` or `/` (the chat-box trigger) is ignored. An empty query returns nothing.
 */
export function search<T extends Script>(idx: SearchIndex<T>, query: string, limit = 20): SearchHit<T>[] {
  const terms = normalise(query).replace(/^[;/\\]+/, '').split(/\s+/).filter(Boolean);
  if (!terms.length || limit <= 0) return [];
  // Start from the longest term: usually the most selective.
  const order = [...terms].sort((a, b) => b.length - a.length);
  const first = order[0];
  const isLatin = (t: string): boolean => /^[a-z0-9]+$/.test(t);
  const hits: SearchHit<T>[] = [];
  const scored = new Set<number>();
  const consider = (i: number, fuzzyScore = 0): void => {
    const d = idx.docs[i];
    if (!d.alive || scored.has(i)) return;
    let total = 0;
    let field: Field = 'body';
    let bestPart = -1;
    for (const t of order) {
      let r = scoreTerm(d, t, isLatin(t));
      if (!r.score && t === first && fuzzyScore) r = { score: fuzzyScore, field: 'title' };
      if (!r.score) return;
      total += r.score;
      if (r.score > bestPart) { bestPart = r.score; field = r.field; }
    }
    scored.add(i);
    hits.push({ script: d.script, score: total, field });
  };
  for (const i of candidates(idx, first, isLatin(first))) consider(i);
  // One typo in a longer Latin word, only when exact matching found too little.
  if (hits.length < limit && isLatin(first) && first.length >= 4 && /[a-z]/.test(first)) {
    for (const [w, docs] of idx.words) {
      if (Math.abs(w.length - first.length) > 1 && w.length < first.length) continue;
      if (!withinOneEdit(first, w)) continue;
      for (const i of docs) consider(i, W.fuzzy);
    }
  }
  hits.sort((a, b) => b.score - a.score || a.script.title.length - b.script.title.length || (a.script.id < b.script.id ? -1 : 1));
  return hits.length > limit ? hits.slice(0, limit) : hits;
}
