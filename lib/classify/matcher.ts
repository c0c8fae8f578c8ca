/**
 * Finds lexicon cues in normalised text. Literals are looked up by their first character (one
 * pass over the text), regexes are tested once each; this keeps one message well under 50 µs.
 */
import { SCENARIO_IDS, type ScenarioId } from '../scenarios';
import { CUES, type Cue } from './lexicon';

export interface Hit {
  id: ScenarioId;
  w: number;
  text: string;
}

const IS_HAN = (c: string | undefined) => c !== undefined && c >= '\u4e00' && c <= '\u9fa5';
const OPTIONAL_NEXT = (c: string | undefined) => c === '?' || c === '*' || c === '{';

/** Splits a pattern at its top-level `|` (not inside groups or classes). */
function splitAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
    } else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

/**
 * Characters of which any match must contain at least one: per top-level alternative, the
 * smallest mandatory piece, either a bare Han character or a plain group whose every branch
 * starts with a Han character. Null when some alternative has no such piece (then every Han
 * character of the source is used, as before). Far more selective than all characters, since
 * sources are full of optional 的/了/我.
 */
export function anchorChars(src: string): Set<string> | null {
  const all = new Set<string>();
  for (const alt of splitAlternatives(src)) {
    let best: Set<string> | null = null;
    for (let i = 0; i < alt.length; i++) {
      const ch = alt[i];
      if (ch === '\\') {
        i++;
        continue;
      }
      if (ch === '[') {
        while (i < alt.length && alt[i] !== ']') i += alt[i] === '\\' ? 2 : 1;
        continue;
      }
      if (ch === '(') {
        // Find the matching parenthesis.
        let depth = 0;
        let j = i;
        for (; j < alt.length; j++) {
          if (alt[j] === '\\') j++;
          else if (alt[j] === '(') depth++;
          else if (alt[j] === ')' && --depth === 0) break;
        }
        const inner = alt.slice(i + 1, j);
        const optional = OPTIONAL_NEXT(alt[j + 1]);
        const look = inner.startsWith('?=') || inner.startsWith('?!') || inner.startsWith('?<');
        if (!optional && !look) {
          const branches = splitAlternatives(inner.startsWith('?:') ? inner.slice(2) : inner);
          // Each branch must begin with a Han character that is itself mandatory.
          if (branches.every((b) => IS_HAN(b[0]) && !OPTIONAL_NEXT(b[1]))) {
            const set = new Set(branches.map((b) => b[0]));
            if (!best || set.size < best.size) best = set;
          }
        }
        i = j;
        continue;
      }
      if (IS_HAN(ch) && !OPTIONAL_NEXT(alt[i + 1])) {
        best = new Set([ch]);
        break;
      }
    }
    if (!best) return null;
    for (const c of best) all.add(c);
  }
  return all;
}

const BY_FIRST = new Map<string, Cue[]>();
const BY_ONE = new Map<string, Cue[]>();
const FIRST_CHARS = new Set<string>();
/** Latin-only regexes: tested only when the text has Latin letters. */
const LATIN_RE: Cue[] = [];
/** Han regexes, reachable through the Han characters of their source. */
const HAN_RE: Cue[] = [];
const HAN_RE_BY_CHAR = new Map<string, number[]>();
const HAN = /[\u4e00-\u9fa5]/g;
for (const c of CUES) {
  if (c.re) {
    // Every Han regex here needs at least one of its own Han characters in any match, so a text
    // without any of them cannot match and the regex is skipped (the prefilter is a superset test).
    const chars = anchorChars(c.re.source) ?? new Set(c.re.source.match(HAN) ?? []);
    if (chars.size === 0) {
      LATIN_RE.push(c);
      continue;
    }
    const k = HAN_RE.length;
    HAN_RE.push(c);
    for (const ch of chars) {
      const list = HAN_RE_BY_CHAR.get(ch);
      if (list) list.push(k);
      else HAN_RE_BY_CHAR.set(ch, [k]);
    }
  } else if (c.lit) {
    // Keyed by the first two characters (one for one-character cues): a position then tries only
    // the cues that can start there, not every cue sharing its first letter.
    const k = c.lit.slice(0, 2);
    const map = k.length === 2 ? BY_FIRST : BY_ONE;
    const list = map.get(k) ?? [];
    list.push(c);
    map.set(k, list);
    FIRST_CHARS.add(k[0]);
  }
}
// Longest first so that, per scenario, the longest cue at a position wins.
for (const list of BY_FIRST.values()) list.sort((a, b) => b.lit!.length - a.lit!.length);

const SCEN_INDEX = new Map<ScenarioId, number>(SCENARIO_IDS.map((id, i) => [id, i]));

const ZH_NEG = /(不|没|没有|未|别|无|非|不是|不会|不用|不要|并不|不算)$/;
const ASK = /(要不要|能不能|可不可以|是不是|会不会|用不用|可以不|行不行|有没有|是否|可否|能否)$/;
const EN_NEG = /\b(not|no|never|isn't|wasn't|aren't|don't|didn't|doesn't|won't|without)\s+(\w+\s+)?$/;

/** True when a negator stands right before `start` (不是质量问题, "not broken"). */
export function negatedAt(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  // "要不要换码", "能不能退" ask a question; they do not deny.
  if (ASK.test(before)) return false;
  return ZH_NEG.test(before) || EN_NEG.test(before);
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === "'");
}

function testRegex(c: Cue, text: string, hits: Hit[]): void {
  const m = c.re!.exec(text);
  if (!m) return;
  if (c.neg && negatedAt(text, m.index)) return;
  hits.push({ id: c.id, w: c.w, text: m[0].trim() });
}

/** Tries the literal cues of one bucket at position i (longest first). */
function matchAt(text: string, i: number, list: Cue[], hits: Hit[], coveredUntil: Int32Array): void {
  for (const c of list) {
    const lit = c.lit!;
    if (!text.startsWith(lit, i)) continue;
    const si = SCEN_INDEX.get(c.id)!;
    if (i < coveredUntil[si]) continue;
    if (c.word && isWordChar(text[i - 1])) continue;
    // Short Latin words must end at a word boundary too ("hi" is not "hit", "late" not "later");
    // a plural s is allowed.
    if (c.word && lit.length <= 4 && /[a-z]$/.test(lit)) {
      const next = text[i + lit.length];
      if (isWordChar(next) && !(next === 's' && !isWordChar(text[i + lit.length + 1]))) continue;
    }
    if (c.neg && negatedAt(text, i)) continue;
    coveredUntil[si] = i + lit.length;
    hits.push({ id: c.id, w: c.w, text: lit });
  }
}

/** All cue hits in one normalised message (per scenario, overlapping literal hits count once). */
export function findCues(text: string): Hit[] {
  const hits: Hit[] = [];
  const coveredUntil = new Int32Array(SCENARIO_IDS.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    // Latin cues start at a word boundary, so positions inside a word are skipped outright.
    if (((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) && isWordChar(text[i - 1])) continue;
    if (!FIRST_CHARS.has(ch)) continue;
    const two = BY_FIRST.get(text.slice(i, i + 2));
    const one = BY_ONE.get(ch);
    if (two) matchAt(text, i, two, hits, coveredUntil);
    if (one) matchAt(text, i, one, hits, coveredUntil);
  }
  const candidates = new Uint8Array(HAN_RE.length);
  let anyLatin = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch >= 'a' && ch <= 'z') anyLatin = true;
    else if (ch >= '\u4e00') {
      const list = HAN_RE_BY_CHAR.get(ch);
      if (list) for (const k of list) candidates[k] = 1;
    }
  }
  for (let k = 0; k < HAN_RE.length; k++) if (candidates[k]) testRegex(HAN_RE[k], text, hits);
  if (anyLatin) for (const c of LATIN_RE) testRegex(c, text, hits);
  return hits;
}
