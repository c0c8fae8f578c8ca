/**
 * The learned classifier over n-grams of the normalised buyer text: one shared vocabulary and one head per question —
 * the scenario a small net (the n-grams sum into 16 rectified units, which give the scenarios), risk kind and sentiment
 * softmax regressions. Trained at build time by scripts/train-classifier.ts on our own written corpus (data/corpus/train,
 * never on an evaluation set) and shipped as Huffman-coded small-integer weights in model.generated.ts.
 *
 * Features: Han character 1–3-grams inside each run of Han characters; Latin word unigrams and
 * bigrams (placeholders such as #ord and #n count as words). Binary, scaled by 1/√count.
 * It explains itself: the n-grams that pushed a class up the most are its cue words (through the net's units that the
 * text switched on, exactly: a rectified unit is linear where it is on).
 */

const HAN_RUN = /[\u4e00-\u9fff]+/g;
const LONE_HAN = /^[\u4e00-\u9fff]$/;
/** A feature that is one Han character ("实", "消"): too little to explain anything or to carry a threat alone. */
export const isLoneHan = (name: string): boolean => LONE_HAN.test(name);
const WORD = /#?[a-z][a-z0-9']*/g;
const MARKS: [RegExp, string][] = [[/!{2,}/, '#bang'], [/\?{2,}/, '#qq']];
// Emoji carry the buyer's mood and sometimes the need (😡, 🙄, 😭, 📦): each is a feature of its own.
const EMOJI = /\p{Extended_Pictographic}/gu;

/**
 * A Latin word's stem (refunded, refunds → refund; charge, charged → charg): inflections of one word
 * share its weights, so a form our writers did not use still counts. A few suffix rules rather than a
 * stemming library (the Porter/Snowball packages are 10–30 kB for the same effect on these features).
 * Measured (session 30) on our validation split: top-1 88.3 → 88.5 %, top-3 98.0 → 98.2 %, risk F1 0.82 →
 * 0.83, sentiment 79.9 → 79.0 %; real buyers (dev, measured only): top-1 62.8 → 66.2 %, English tweets
 * 55.0 → 65.0 %, risk F1 0.20 → 0.32, sentiment 68.5 → 69.9 %.
 */
export function stem(w: string): string {
  // (Only words that end in s, d, g or e change: most return at once.)
  const last = w.charCodeAt(w.length - 1);
  if (w.length < 4 || w[0] === '#' || (last !== 115 && last !== 100 && last !== 103 && last !== 101)) return w;
  let s = w.endsWith("'s") ? w.slice(0, -2) : w;
  let cut = false;
  if (s.length >= 5 && s.endsWith('ies')) s = s.slice(0, -3) + 'y';
  else if (s.length >= 6 && s.endsWith('ing')) (s = s.slice(0, -3)), (cut = true);
  else if (s.length >= 5 && s.endsWith('ed')) (s = s.slice(0, -2)), (cut = true);
  else if (s.length >= 4 && s.endsWith('s') && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  // shipped → shipp → ship; cancelled → cancel
  if (cut && /([b-df-hj-np-tv-z])\1$/.test(s) && (s.length >= 5 || !/(ll|ss|zz)$/.test(s))) s = s.slice(0, -1);
  if (s.length >= 4 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

/** The distinct features of one normalised text (order of first appearance). */
export function textFeatures(norm: string): string[] {
  const out = new Set<string>();
  const runs = norm.match(HAN_RUN);
  if (runs) {
    for (const r of runs) {
      for (let i = 0; i < r.length; i++) {
        out.add(r[i]);
        if (i + 1 < r.length) out.add(r.slice(i, i + 2));
        if (i + 2 < r.length) out.add(r.slice(i, i + 3));
      }
    }
  }
  const words = norm.match(WORD)?.map(stem);
  if (words) {
    for (let i = 0; i < words.length; i++) {
      out.add(words[i]);
      if (i + 1 < words.length) out.add(words[i] + ' ' + words[i + 1]);
    }
  }
  // Runs of ! and ? carry the buyer's mood ("太差了！！！", "人呢？？").
  for (const [re, f] of MARKS) if (re.test(norm)) out.add(f);
  for (const e of norm.match(EMOJI) ?? []) out.add(e);
  return [...out];
}

/** One head as the generated file ships it. */
export interface HeadData {
  /** Class names in column order. */
  classes: string[];
  /**
   * Row-major weights [feature][class], −WEIGHT_MAX … WEIGHT_MAX, in a canonical Huffman code (see
   * decodeWeights): `codes` gives each level's code length (a base-36 digit, 0 = unused), `weights` the bits in base64.
   */
  codes: string;
  weights: string;
  /** Multiplier turning an int8 back into a weight. */
  scale: number;
  /** The classes' biases, in thousandths. */
  bias: number[];
  /** Features are scaled by 1/√max(count, floor) (featureScale); absent = 1. */
  floor?: number;
  /** The rows [from, to) that have weights (the others weigh 0 for this head); absent = every row. */
  rows?: [number, number];
  /**
   * A hidden layer (the scenario head): `weights` are then [feature][unit] and, scaled by the text's 1/√count, sum
   * into the units with `b1`; the rectified units times `w2` ([unit][class]) plus `bias` are the classes' logits.
   * `scale` is folded into `b1` and `w2` (the integer weights are summed as they are); `w2` ships in thousandths.
   */
  hidden?: { b1: number[]; w2: number[] };
}

/** Weights as the generated file ships them (see scripts/train-classifier.ts). */
export interface ModelData {
  /** Feature strings in row order, front-coded (vocabNames) and joined by VOCAB_SEP. */
  vocab: string;
  heads: Record<string, HeadData>;
  /**
   * How much likelier each mood is given each need (P(mood | need) / P(mood) in the training cases, in hundredths), by language:
   * scenario ids × the sentiment head's classes, row by row (scripts/train-classifier.ts moodByNeed).
   */
  moodByNeed?: Record<'zh' | 'en', number[]>;
  /** sha256 of the training data and trainer the weights came from. */
  hash: string;
}

export interface Head {
  classes: string[];
  /** Row-major [feature][class] (with `hidden`, [feature][unit]). */
  w: Int8Array;
  /** HeadData.hidden: H units. */
  hidden?: { H: number; b1: Float64Array; w2: Float64Array };
  /** The rows [from, to) the head reads (HeadData.rows). */
  from: number;
  to: number;
  scale: number;
  bias: Float64Array;
  floor: number;
}

export interface TextModel {
  /** Latin features → row. */
  index: Map<string, number>;
  /** ModelData.moodByNeed, when the model has it. */
  moodByNeed?: Record<'zh' | 'en', Float64Array>;
  /** Han 1–3-grams by numeric key (char codes in base 65536) → row. */
  han: Map<number, number>;
  heads: Record<string, Head>;
  /** Feature strings by row, for cues. */
  names: string[];
  /** Scratch marks for de-duplicating rows during one lookup. */
  seen?: Uint8Array;
}

/**
 * The shipped form of the features: '|' occurs in no feature and, unlike \u0001, is one byte in the
 * generated file (9.9 → 9.3 kB gzip).
 */
export const VOCAB_SEP = '|';

/**
 * The feature names of a shipped vocabulary. Each entry is front-coded: one base-36 digit, how many leading characters
 * (UTF-16 units) it shares with the name before it, then the rest ("refund", "6 for", "7me" read "refund", "refund for",
 * "refund me"). Neighbouring names share their start ("退货", "退货地" too): 12.5 → 10.1 kB gzip at 4,000 features.
 * scripts/classifier/huffman.ts frontCode writes it.
 */
export function vocabNames(vocab: string): string[] {
  if (!vocab.length) return [];
  let prev = '';
  return vocab.split(VOCAB_SEP).map((e) => (prev = prev.slice(0, parseInt(e[0], 36)) + e.slice(1)));
}

/**
 * A text's n-grams count 1/√max(count, floor) each, in training and in use alike. With a floor above
 * 1 a text with one or two known n-grams ("u there?") is not read as surely as a sentence full of them.
 */
export const featureScale = (n: number, floor = 1): number => (n ? 1 / Math.sqrt(Math.max(n, floor)) : 0);
/**
 * Weights are integers −WEIGHT_MAX … WEIGHT_MAX (5 bits before coding). Session 39, five-seed means at 4,560 features,
 * 7 → 11 levels a side: public real sets (data/corpus/README.md) JD 2019 chats 80.3 → 81.3 %, JD 2020 single 67.8 → 68.3 %,
 * Taobao 77.1 → 77.5 %, tweets 67.4 → 69.2 %, JD 2018 chats 72.8 → 72.9 %, fresh JD 2018 73.7 → 75.9 %, fresh tweets
 * 65.5 → 68.5 %; own validation 85.3 → 85.7 %; the model 6.9 kB gzip larger. 15 a side at 4,200 features: no better.
 * (From 4,560 to 5,500 features at 7 a side the public sets moved −1.8…+0.5: the precision of the weights mattered more.)
 */
export const WEIGHT_MAX = 11;
export const WEIGHT_LEVELS = 2 * WEIGHT_MAX + 1;

/**
 * `n` weights from their canonical Huffman code (scripts/classifier/huffman.ts writes it): codes are
 * assigned by length, then by level, so the lengths alone rebuild them. Read bit by bit, as zlib's puff does.
 */
export function decodeWeights(codes: string, bits: string, n: number): Int8Array {
  const len = Array.from(codes, (c) => parseInt(c, 36));
  const maxLen = Math.max(0, ...len);
  const count = new Array<number>(maxLen + 1).fill(0);
  for (const l of len) if (l) count[l]++;
  // Levels in code order (by length, then level).
  const order: number[] = [];
  for (let l = 1; l <= maxLen; l++) len.forEach((x, s) => x === l && order.push(s));
  const bytes = atob(bits);
  const out = new Int8Array(n);
  let pos = 0;
  for (let i = 0; i < n; i++) {
    let code = 0, first = 0, index = 0;
    for (let l = 1; ; l++) {
      if (l > maxLen || pos >= bytes.length * 8) throw new Error('model weights: bad code');
      code |= (bytes.charCodeAt(pos >> 3) >> (7 - (pos & 7))) & 1;
      pos++;
      if (code - first < count[l]) {
        out[i] = order[index + code - first] - WEIGHT_MAX;
        break;
      }
      index += count[l];
      first = (first + count[l]) << 1;
      code <<= 1;
    }
  }
  return out;
}

function hanKey(f: string): number {
  let k = 0;
  for (let i = 0; i < f.length; i++) k = k * 65536 + f.charCodeAt(i);
  return k;
}

/** Decodes shipped weights (once, at load). */
export function loadModel(d: ModelData): TextModel {
  const names = vocabNames(d.vocab);
  const index = new Map<string, number>();
  const han = new Map<number, number>();
  names.forEach((f, i) => {
    if (/^[\u4e00-\u9fff]{1,3}$/.test(f)) han.set(hanKey(f), i);
    else index.set(f, i);
  });
  const heads: Record<string, Head> = {};
  for (const [name, h] of Object.entries(d.heads)) {
    const hidden = h.hidden && { H: h.hidden.b1.length, b1: Float64Array.from(h.hidden.b1), w2: Float64Array.from(h.hidden.w2, (v) => v / 1e3) };
    const K = hidden ? hidden.H : h.classes.length;
    const [from, to] = h.rows ?? [0, names.length];
    const w = new Int8Array(names.length * K);
    w.set(decodeWeights(h.codes, h.weights, (to - from) * K), from * K);
    heads[name] = { classes: h.classes, w, from, to, scale: h.scale, bias: Float64Array.from(h.bias, (v) => v / 1e3), floor: h.floor ?? 1, ...(hidden ? { hidden } : {}) };
  }
  const mood = d.moodByNeed;
  return { index, han, heads, names, ...(mood ? { moodByNeed: { zh: Float64Array.from(mood.zh), en: Float64Array.from(mood.en) } } : {}) };
}

/** The known feature rows of one normalised text (distinct, order of appearance). */
export function featureRows(m: TextModel, norm: string): number[] {
  // Same features as textFeatures, looked up directly: Han n-grams by a numeric key (no strings).
  const rows: number[] = [];
  const seen = (m.seen ??= new Uint8Array(m.names.length));
  const hit = (r: number | undefined) => {
    if (r !== undefined && !seen[r]) {
      seen[r] = 1;
      rows.push(r);
    }
  };
  const han = m.han;
  HAN_RUN.lastIndex = 0;
  for (let g = HAN_RUN.exec(norm); g; g = HAN_RUN.exec(norm)) {
    const r = g[0];
    for (let i = 0; i < r.length; i++) {
      const a = r.charCodeAt(i);
      hit(han.get(a));
      if (i + 1 < r.length) {
        const ab = a * 65536 + r.charCodeAt(i + 1);
        hit(han.get(ab));
        if (i + 2 < r.length) hit(han.get(ab * 65536 + r.charCodeAt(i + 2)));
      }
    }
  }
  const words = norm.match(WORD)?.map(stem);
  if (words) {
    for (let i = 0; i < words.length; i++) {
      hit(m.index.get(words[i]));
      if (i + 1 < words.length) hit(m.index.get(words[i] + ' ' + words[i + 1]));
    }
  }
  for (const [re, f] of MARKS) if (re.test(norm)) hit(m.index.get(f));
  for (const e of norm.match(EMOJI) ?? []) hit(m.index.get(e));
  for (const r of rows) seen[r] = 0;
  return rows;
}

/**
 * Class probabilities of one head for the given feature rows. A head with rows of its own (HeadData.rows) reads only
 * those and counts only them in 1/√count, as it was trained (the other rows weigh 0 for it anyway).
 */
export function headProbs(h: Head, rows: readonly number[], weight?: ArrayLike<number>): Float64Array {
  if (h.hidden) return softmax(netLogits(h, rows, weight));
  return softmax(sumRows(h, rows, h.classes.length, h.bias, h.scale, weight));
}

/**
 * `start` plus the rows' weights (`width` to a row: the classes, or a net's units), scaled by `scale` × 1/√count as the
 * head was trained (a head with rows of its own counts only them) and by each row's `weight` when given.
 */
function sumRows(h: Head, rows: readonly number[], width: number, start: Float64Array, scale: number, weight?: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(start);
  let n = rows.length;
  if (h.from > 0 || h.to * width < h.w.length) {
    n = 0;
    for (const r of rows) if (r >= h.from && r < h.to) n++;
  }
  if (!n) return out;
  const k = scale * featureScale(n, h.floor);
  rows.forEach((r, i) => {
    const o = r * width;
    const kw = weight ? k * weight[i] : k;
    for (let c = 0; c < width; c++) out[c] += h.w[o + c] * kw;
  });
  return out;
}

/** The hidden units of a net head for these rows (HeadData.hidden), rectified (the table's scale is folded into b1, w2). */
function netUnits(h: Head, rows: readonly number[], weight?: ArrayLike<number>): Float64Array {
  const { H, b1 } = h.hidden!;
  const a = sumRows(h, rows, H, b1, 1, weight);
  for (let j = 0; j < H; j++) if (a[j] < 0) a[j] = 0;
  return a;
}

function netLogits(h: Head, rows: readonly number[], weight?: ArrayLike<number>): Float64Array {
  const { H, w2 } = h.hidden!;
  const K = h.classes.length;
  const a = netUnits(h, rows, weight);
  const z = Float64Array.from(h.bias);
  for (let j = 0; j < H; j++) if (a[j] > 0) for (let c = 0; c < K; c++) z[c] += a[j] * w2[j * K + c];
  return z;
}

/** Logits → probabilities, in place. */
function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let c = 0; c < z.length; c++) sum += z[c] = Math.exp(z[c] - max);
  for (let c = 0; c < z.length; c++) z[c] /= sum;
  return z;
}

let lastUnits: { h: Head; rows: readonly number[]; on: number[] } | undefined;

/**
 * How much each of `rows` adds to class `c`'s logit: its weight (a regression), or through the units the text
 * switches on, Σ over active units of its weight into the unit × the unit's weight for the class (a net: exact, as a
 * rectified unit is linear where it is on).
 */
function rowWeights(h: Head, rows: readonly number[], c: number): number[] {
  const K = h.classes.length;
  if (!h.hidden) return rows.map((r) => h.w[r * K + c]);
  const { H, w2 } = h.hidden;
  // The cues of several scenarios are looked up for one text: its units are found once.
  if (lastUnits?.h !== h || lastUnits.rows !== rows) {
    const a = netUnits(h, rows);
    const on: number[] = [];
    for (let j = 0; j < H; j++) if (a[j] > 0) on.push(j);
    lastUnits = { h, rows, on };
  }
  const { on } = lastUnits;
  return rows.map((r) => {
    let v = 0;
    for (const j of on) v += h.w[r * H + j] * w2[j * K + c];
    return v;
  });
}

/** How a feature reads in the text it came from: stemmed words as the buyer wrote them (charg → charged). */
export function surface(name: string, norm?: string): string {
  if (!norm || name[0] === '#' || /[\u4e00-\u9fff]/.test(name)) return name;
  // The text's words and stems, once per text (cues of every class look the same text up).
  if (lastText?.norm !== norm) {
    const words = norm.match(WORD) ?? [];
    lastText = { norm, words, stems: words.map(stem) };
  }
  const { words, stems } = lastText;
  const parts = name.split(' ');
  for (let i = 0; i + parts.length <= words.length; i++) {
    if (parts.every((p, j) => stems[i + j] === p)) return words.slice(i, i + parts.length).join(' ');
  }
  return name;
}
let lastText: { norm: string; words: string[]; stems: string[] } | undefined;

/** The n-grams among `rows` that pushed class `c` of head `h` up the most (the cue words), as `norm` writes them. */
export function strongestGrams(m: TextModel, h: Head, rows: readonly number[], c: number, k = 3, norm?: string): string[] {
  const ws = rowWeights(h, rows, c);
  // A longer n-gram reads better as a cue ("投诉", not "投" and "诉"): length counts a little.
  const out = rows
    .map((r, i) => ({ r, v: ws[i] * (1 + 0.5 * (m.names[r].length > 1 ? Math.min(2, m.names[r].length - 1) : 0)) }))
    .filter((x) => x.v > 0 && !m.names[x.r].startsWith('#'))
    .sort((a, b) => b.v - a.v || a.r - b.r);
  // "退" inside "退货" says nothing new: the longer n-gram stands for both, whichever of them weighed more.
  // (Surface forms only for the ones looked at: each looks the text up again.)
  const kept: string[] = [];
  // A lone Han character ("实", "色", "和") explains nothing to the agent: it is never a cue. (Until session 39 one was shown
  // when no longer n-gram weighed for the class; the demo's after-sales page then explained 退货退款 by "黄 · 和".)
  for (const x of out) {
    if (kept.length >= k) break;
    const name = m.names[x.r];
    if (isLoneHan(name)) continue;
    const g = surface(name, norm);
    if (kept.some((y) => y.includes(g))) continue;
    const inside = kept.findIndex((y) => g.includes(y));
    if (inside >= 0) {
      kept[inside] = g;
      // (It may hold a second kept one too: "退" and "货" both inside "退货".)
      for (let i = kept.length - 1; i > inside; i--) if (g.includes(kept[i])) kept.splice(i, 1);
    } else kept.push(g);
  }
  return kept;
}
