/**
 * The learned back-off: a compact softmax regression over n-grams of the normalised text, trained
 * by scripts/train-classifier.ts on our own written messages (lib/classify/train/*.jsonl) and
 * shipped as quantised weights in model.generated.ts. It knows wording the lexicons do not;
 * classify() asks it only where the lexicon's evidence is weak (see index.ts).
 *
 * Features: Han character 1–3-grams inside each run of Han characters; Latin word unigrams and
 * bigrams (placeholders such as #ord and #n count as words). Binary, scaled by 1/√count.
 */
import { SCENARIO_IDS, type ScenarioId } from '../scenarios';

const HAN_RUN = /[\u4e00-\u9fff]+/g;
const HAN_RUNS = /[\u4e00-\u9fff]+/g;
const WORD = /#?[a-z][a-z0-9']*/g;

/** The distinct features of one normalised text (order of first appearance). */
export function textFeatures(norm: string): string[] {
  const out = new Set<string>();
  const runs = norm.match(HAN_RUNS);
  if (runs) {
    for (const r of runs) {
      for (let i = 0; i < r.length; i++) {
        out.add(r[i]);
        if (i + 1 < r.length) out.add(r.slice(i, i + 2));
        if (i + 2 < r.length) out.add(r.slice(i, i + 3));
      }
    }
  }
  const words = norm.match(WORD);
  if (words) {
    for (let i = 0; i < words.length; i++) {
      out.add(words[i]);
      if (i + 1 < words.length) out.add(words[i] + ' ' + words[i + 1]);
    }
  }
  return [...out];
}

/** Weights as the generated file ships them (see scripts/train-classifier.ts). */
export interface ModelData {
  /** Feature strings joined by \u0001, in row order. */
  vocab: string;
  /** Row-major int8 weights [feature][class], base64. */
  weights: string;
  /** Multiplier turning an int8 back into a weight. */
  scale: number;
  /** Per-class bias, in SCENARIO_IDS order. */
  bias: number[];
  /** sha256 of the training data and trainer the weights came from. */
  hash: string;
}

export interface TextModel {
  /** Latin features → row. */
  index: Map<string, number>;
  /** Han 1–3-grams by numeric key (char codes in base 65536) → row. */
  han: Map<number, number>;
  w: Int8Array;
  scale: number;
  bias: Float64Array;
  /** Feature strings by row, for cues. */
  names: string[];
  /** Scratch marks for de-duplicating rows during one prediction. */
  seen?: Uint8Array;
}

const N = SCENARIO_IDS.length;

function fromBase64(s: string): Int8Array {
  const bin = atob(s);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

function hanKey(f: string): number {
  let k = 0;
  for (let i = 0; i < f.length; i++) k = k * 65536 + f.charCodeAt(i);
  return k;
}

/** Decodes shipped weights (once, at load). */
export function loadModel(d: ModelData): TextModel {
  const names = d.vocab.length ? d.vocab.split('\u0001') : [];
  const index = new Map<string, number>();
  const han = new Map<number, number>();
  names.forEach((f, i) => {
    if (/^[\u4e00-\u9fff]{1,3}$/.test(f)) han.set(hanKey(f), i);
    else index.set(f, i);
  });
  return { index, han, w: fromBase64(d.weights), scale: d.scale, bias: Float64Array.from(d.bias), names };
}

export interface ModelPrediction {
  /** Probability per class, SCENARIO_IDS order. */
  p: Float64Array;
  /** Known feature rows found in the text. */
  rows: number[];
}

/** Class probabilities for one normalised text. */
export function predict(m: TextModel, norm: string): ModelPrediction {
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
  const words = norm.match(WORD);
  if (words) {
    for (let i = 0; i < words.length; i++) {
      hit(m.index.get(words[i]));
      if (i + 1 < words.length) hit(m.index.get(words[i] + ' ' + words[i + 1]));
    }
  }
  for (const r of rows) seen[r] = 0;
  const z = Float64Array.from(m.bias);
  if (rows.length) {
    const k = m.scale / Math.sqrt(rows.length);
    for (const r of rows) {
      const o = r * N;
      for (let c = 0; c < N; c++) z[c] += m.w[o + c] * k;
    }
  }
  let max = -Infinity;
  for (let c = 0; c < N; c++) if (z[c] > max) max = z[c];
  let sum = 0;
  for (let c = 0; c < N; c++) {
    z[c] = Math.exp(z[c] - max);
    sum += z[c];
  }
  for (let c = 0; c < N; c++) z[c] /= sum;
  return { p: z, rows };
}

/** The n-grams that pushed hardest towards `id` (for honest cues). */
export function strongestGrams(m: TextModel, pred: ModelPrediction, id: ScenarioId, k = 2): string[] {
  const c = SCENARIO_IDS.indexOf(id);
  return pred.rows
    .map((r) => ({ r, v: m.w[r * N + c] }))
    .filter((x) => x.v > 0)
    .sort((a, b) => b.v - a.v || a.r - b.r)
    .slice(0, k)
    .map((x) => m.names[x.r]);
}
