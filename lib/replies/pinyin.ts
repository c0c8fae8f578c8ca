/**
 * Pinyin of Chinese text for the script search, from a compact table generated at build time
 * (pinyin-data.generated.ts, scripts/pinyin/table.ts): each common character's usual reading, and
 * the words whose reading differs (重新 → chong xin, 银行 → yin hang), longest word first. Tones are
 * dropped and ü is v, as agents type. Own code rather than pinyin-pro at run time: the same readings
 * for search at a sixth of the size (24 kB gzip instead of 140 kB), and parsed only on first use.
 */
import { PHRASES, SYLLABLE_CHARS } from './pinyin-data.generated';

let chars: Map<string, string> | null = null;
let words: Map<string, string[]> | null = null;

function tables(): { chars: Map<string, string>; words: Map<string, string[]> } {
  if (!chars || !words) {
    chars = new Map();
    for (const entry of SYLLABLE_CHARS.split(',')) {
      const [syllable, list] = entry.split(':');
      for (const ch of list) chars.set(ch, syllable);
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
