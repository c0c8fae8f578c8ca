/**
 * Whether the buyer's words are in a language the model cannot read: the model knows Chinese and English only, and reads
 * a tweet in Dutch or Polish, or a line in Japanese kana or Korean, as "no need" with confidence (0.9 and more). The
 * panel says so instead of presenting that reading as a finding (lib/situation). (Spanish, Portuguese, French, Italian
 * and German after-sales words are read as English ones first, glossary.ts; a text with any of them counts as read.)
 *
 * Two signs, both on the normalised text: most of its letters are neither Han nor Latin (kana, Hangul, Cyrillic,
 * Devanagari …); or it is Latin text of five words or more of which the model knows fewer than KNOWN_MIN as features,
 * two of the unknown ones short. Measured on our own data (session 42): 10 of the corpus's 22,288 English cases count as
 * unread (all of them Hinglish, which the model half reads: "refund", "order", "delivery"), none of its 35,598 Chinese
 * ones; of our Spanish, French, Italian, German and Portuguese tweets (data/corpus/candidates/*-tw42-a) 74 / 80 / 88 / 84
 * / 68 %. At 0.3 instead, English cases such as "the dryer makes a grinding noise every cycle" would count too.
 */
import { stem, type TextModel } from './model';

const LETTER = /\p{L}/gu;
const READ = /[\u4e00-\u9fffa-z]/g;
const HAN = /[\u4e00-\u9fff]/;
/** Whether the model reads a text as Chinese (any Han character) rather than English: one test for every such choice. */
export const hasHan = (norm: string): boolean => HAN.test(norm);
const WORD = /(?<![#\w])[a-z][a-z']+/g;
/** The share of a Latin text's words the model must know for the text to count as read. */
const KNOWN_MIN = 0.2;

export function unreadable(norm: string, m: TextModel): boolean {
  const letters = norm.match(LETTER)?.length ?? 0;
  if (letters < 6) return false;
  if ((norm.match(READ)?.length ?? 0) / letters < 0.5) return true;
  if (hasHan(norm)) return false;
  const words = norm.match(WORD) ?? [];
  if (words.length < 5) return false;
  const unknown = words.filter((w) => !m.index.has(stem(w)));
  // Another language's little words (el, la, que, les, und, der, il, che, nao …) are short and unknown; a pasted product
  // title ("Samsung Galaxy Buds Pro Graphite wireless earbuds") is long words the model does not know either.
  return unknown.length / words.length > 1 - KNOWN_MIN && unknown.filter((w) => w.length <= 3).length >= 2;
}
