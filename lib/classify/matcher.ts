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

const BY_FIRST = new Map<string, Cue[]>();
const REGEX_CUES: Cue[] = [];
for (const c of CUES) {
  if (c.re) REGEX_CUES.push(c);
  else if (c.lit) {
    const k = c.lit[0];
    const list = BY_FIRST.get(k) ?? [];
    list.push(c);
    BY_FIRST.set(k, list);
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

/** All cue hits in one normalised message (per scenario, overlapping literal hits count once). */
export function findCues(text: string): Hit[] {
  const hits: Hit[] = [];
  const coveredUntil = new Int32Array(SCENARIO_IDS.length);
  for (let i = 0; i < text.length; i++) {
    const list = BY_FIRST.get(text[i]);
    if (!list) continue;
    for (const c of list) {
      const lit = c.lit!;
      if (!text.startsWith(lit, i)) continue;
      const si = SCEN_INDEX.get(c.id)!;
      if (i < coveredUntil[si]) continue;
      if (c.word && isWordChar(text[i - 1])) continue;
      if (c.neg && negatedAt(text, i)) continue;
      coveredUntil[si] = i + lit.length;
      hits.push({ id: c.id, w: c.w, text: lit });
    }
  }
  for (const c of REGEX_CUES) {
    const m = c.re!.exec(text);
    if (!m) continue;
    if (c.neg && negatedAt(text, m.index)) continue;
    hits.push({ id: c.id, w: c.w, text: m[0].trim() });
  }
  return hits;
}
