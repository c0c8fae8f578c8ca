/**
 * Pinyin of Chinese text for the script search, from a compact table generated at build time
 * (pinyin-data.generated.ts, scripts/pinyin/table.ts): each common character's usual reading, and
 * the words whose reading differs (重新 → chong xin, 银行 → yin hang), longest word first. Tones are
 * dropped and ü is v, as agents type. Own code rather than pinyin-pro at run time: the same readings
 * for search at a small part of the size (3.2 kB gzip instead of 140 kB), and parsed only on first use.
 *
 * The 3,755 common characters are not stored: GB2312 orders its level 1 by reading, so the browser's own
 * GB2312 decoder (TextDecoder, in every browser and in Node) lists them in that order, and the table keeps
 * only the length of each reading's run (LEVEL1_RUNS). Session 39: the table 11.2 → 3.2 kB gzip.
 */
import { gb2312Level1 } from './gb2312';
import { LEVEL1_RUNS, OTHER_CHARS, PHRASES } from './pinyin-data.generated';

let chars: Map<string, string> | null = null;
let words: Map<string, string[]> | null = null;

function tables(): { chars: Map<string, string>; words: Map<string, string[]> } {
  if (!chars || !words) {
    chars = new Map();
    let level1: string[] = [];
    try {
      level1 = gb2312Level1();
    } catch {
      // A runtime without the GB2312 decoder: the common characters read no pinyin; search by text still works.
    }
    let at = 0;
    for (const run of LEVEL1_RUNS.split(',')) {
      const [, syllable, n] = /^([a-z]*)(\d*)$/.exec(run) ?? [];
      const end = at + (n ? Number(n) : 1);
      if (syllable) for (; at < end && at < level1.length; at++) chars.set(level1[at], syllable);
      at = end;
    }
    for (const entry of OTHER_CHARS.split(',')) {
      const [syllable, list] = entry.split(':');
      for (const ch of list ?? '') chars.set(ch, syllable);
    }
    words = new Map();
    for (const entry of PHRASES.split(',')) {
      const [word, reading] = entry.split(':');
      words.set(word, reading.split(' '));
    }
  }
  return { chars, words };
}

/** The syllables of a run of Chinese characters (a character without a known reading gives none). */
export function pinyinOf(run: string): string[] {
  const { chars: c, words: w } = tables();
  const cs = [...run];
  const out: string[] = [];
  next: for (let i = 0; i < cs.length; ) {
    for (const n of [3, 2]) {
      const word = i + n <= cs.length ? w.get(cs.slice(i, i + n).join('')) : undefined;
      if (word) {
        out.push(...word);
        i += n;
        continue next;
      }
    }
    const p = c.get(cs[i]);
    if (p) out.push(p);
    i++;
  }
  return out;
}
