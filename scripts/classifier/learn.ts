/**
 * The learners the classifier is chosen from, over one shared feature set (lib/classify/model.ts
 * textFeatures): multinomial naive Bayes and softmax (logistic) regression, trained here at build
 * time and compared on the validation split. Deterministic: fixed order, seeded shuffles, no clock.
 */
import { featureScale } from '../../lib/classify/model';

export interface Encoded {
  /** Per case, the feature rows it holds (distinct). */
  X: number[][];
  /** Per case, the class index. */
  Y: number[];
}

/** A trained head: a linear model (naive Bayes, the regression) or, with `hidden`, a net. */
export interface Learned {
  /** Row-major [feature][class] (with `hidden`, [feature][hidden unit]). */
  W: Float64Array;
  /** The classes' biases. */
  B: Float64Array;
  /** A row's width: the classes (with `hidden`, the hidden units). */
  K: number;
  /** Scale the sum by 1/√(features in the text) (the regression was trained so). */
  norm: boolean;
  /** See featureScale. */
  floor: number;
  /** A hidden layer: the rows sum into H units (plus b1), rectified, then W2 ([unit][class]) gives the classes. */
  hidden?: Hidden;
}

export interface Hidden {
  b1: Float64Array;
  /** Row-major [hidden unit][class]. */
  W2: Float64Array;
}

/** Vocabulary: features seen in at least `minDf` training cases, sorted. */
export function vocabulary(feats: string[][], minDf: number): { vocab: string[]; index: Map<string, number> } {
  const df = new Map<string, number>();
  for (const fs of feats) for (const f of fs) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df.entries()].filter(([, n]) => n >= minDf).map(([f]) => f).sort();
  return { vocab, index: new Map(vocab.map((f, i) => [f, i])) };
}

export function encode(feats: string[][], index: Map<string, number>): number[][] {
  return feats.map((fs) => fs.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
}

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export interface LrOptions {
  epochs: number;
  lr: number;
  l2: number;
  seed: number;
  /** Per-class weight of the loss (balances rare classes); default 1. */
  classWeight?: number[];
  /** featureScale's floor (default 1). */
  floor?: number;
}

/** Fisher–Yates, in place, with the trainer's seeded generator (each epoch's order). */
function shuffle(order: number[], rand: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}

/** One AdaGrad step on parameter i of P (G holds its summed squared gradients). */
function step(P: Float64Array, G: Float64Array, i: number, g: number, lr: number): void {
  G[i] += g * g;
  P[i] -= (lr * g) / Math.sqrt(G[i]);
}

/** Softmax regression, AdaGrad, binary features scaled by 1/√count. */
export function trainSoftmax(d: Encoded, V: number, K: number, o: LrOptions): Learned {
  const W = new Float64Array(V * K);
  const B = new Float64Array(K);
  const G = new Float64Array(V * K).fill(1e-8);
  const GB = new Float64Array(K).fill(1e-8);
  const order = d.X.map((_, i) => i);
  const rand = rng(o.seed);
  const z = new Float64Array(K);
  for (let ep = 0; ep < o.epochs; ep++) {
    shuffle(order, rand);
    for (const n of order) {
      const xs = d.X[n];
      const k = featureScale(xs.length, o.floor);
      const cw = o.classWeight?.[d.Y[n]] ?? 1;
      for (let c = 0; c < K; c++) z[c] = B[c];
      for (const r of xs) for (let c = 0; c < K; c++) z[c] += W[r * K + c] * k;
      let max = -Infinity;
      for (let c = 0; c < K; c++) max = Math.max(max, z[c]);
      let sum = 0;
      for (let c = 0; c < K; c++) sum += (z[c] = Math.exp(z[c] - max));
      for (let c = 0; c < K; c++) {
        const g = cw * (z[c] / sum - (c === d.Y[n] ? 1 : 0));
        step(B, GB, c, g, o.lr);
        for (const r of xs) {
          const i = r * K + c;
          step(W, G, i, g * k + o.l2 * W[i], o.lr);
        }
      }
    }
  }
  return { W, B, K, norm: true, floor: o.floor ?? 1 };
}

export interface NetOptions {
  /** Hidden units. */
  H: number;
  epochs: number;
  lr: number;
  l2: number;
  seed: number;
  floor: number;
  /** Share of a text's features left out at random in each epoch. */
  drop: number;
  /**
   * Distillation: this many teacher nets (the same options, other seeds) are trained first, and the net learns from
   * `alpha` × the label + (1 − alpha) × the teachers' mean probabilities at temperature `T`, on the same dropped-out text.
   * Its logits, as soft as those targets, are then multiplied by `sharpen` (W2 and the biases scaled).
   */
  teachers?: { count: number; alpha: number; T: number; sharpen: number };
}

/**
 * One hidden layer of rectified units over the same binary features (scaled by 1/√count), softmax over the classes; AdaGrad,
 * cross-entropy, seeded initialisation, shuffles and feature dropout. The rows' weights stay an embedding table V × H, the
 * size of the regression's V × classes.
 */
export function trainNet(d: Encoded, V: number, K: number, o: NetOptions): Learned {
  const { H } = o;
  const t = o.teachers;
  const teachers = t ? Array.from({ length: t.count }, (_, i) => trainNet(d, V, K, { ...o, seed: o.seed + 1000 * (i + 1), teachers: undefined })) : [];
  const target = new Float64Array(K), ta = new Float64Array(H);
  const [label, soft, T] = t ? [t.alpha, 1 - t.alpha, t.T] : [1, 0, 1];
  const rand = rng(o.seed);
  const E = Float64Array.from({ length: V * H }, () => (rand() - 0.5) * 0.2);
  const b1 = new Float64Array(H).fill(0.1);
  const W2 = Float64Array.from({ length: H * K }, () => ((rand() - 0.5) * 2) / Math.sqrt(H));
  const b2 = new Float64Array(K);
  const GE = new Float64Array(V * H).fill(1e-8), G1 = new Float64Array(H).fill(1e-8), G2 = new Float64Array(H * K).fill(1e-8), GB = new Float64Array(K).fill(1e-8);
  const net: Learned = { W: E, B: b2, K: H, norm: true, floor: o.floor, hidden: { b1, W2 } };
  const a = new Float64Array(H), gh = new Float64Array(H);
  const order = d.X.map((_, i) => i);
  for (let ep = 0; ep < o.epochs; ep++) {
    shuffle(order, rand);
    for (const n of order) {
      const xs = o.drop > 0 ? d.X[n].filter(() => rand() >= o.drop) : d.X[n];
      if (!xs.length) continue;
      const k = featureScale(xs.length, o.floor);
      const p = softmax(netLogits(net, xs, a));
      target.fill(0);
      target[d.Y[n]] = label;
      for (const m of teachers) {
        const q = softmax(netLogits(m, xs, ta).map((v) => v / T));
        for (let c = 0; c < K; c++) target[c] += (soft * q[c]) / teachers.length;
      }
      gh.fill(0);
      for (let c = 0; c < K; c++) {
        const g = p[c] - target[c];
        step(b2, GB, c, g, o.lr);
        for (let j = 0; j < H; j++) {
          if (a[j] <= 0) continue;
          const i = j * K + c;
          gh[j] += g * W2[i];
          step(W2, G2, i, g * a[j] + o.l2 * W2[i], o.lr);
        }
      }
      for (let j = 0; j < H; j++) {
        if (a[j] <= 0) continue;
        const g = gh[j];
        step(b1, G1, j, g, o.lr);
        for (const r of xs) {
          const i = r * H + j;
          step(E, GE, i, g * k + o.l2 * E[i], o.lr);
        }
      }
    }
  }
  if (t) for (const P of [W2, b2]) P.forEach((v, i) => (P[i] = v * t.sharpen));
  return net;
}

/** A net's class logits for one encoded text; `a` receives the rectified hidden units. */
function netLogits(m: Learned, xs: readonly number[], a = new Float64Array(m.K)): Float64Array {
  const { b1, W2 } = m.hidden!;
  const H = m.K, K = m.B.length;
  const k = featureScale(xs.length, m.floor);
  a.set(b1);
  for (const r of xs) for (let j = 0; j < H; j++) a[j] += m.W[r * H + j] * k;
  const z = Float64Array.from(m.B);
  for (let j = 0; j < H; j++) {
    if (a[j] <= 0) {
      a[j] = 0;
      continue;
    }
    for (let c = 0; c < K; c++) z[c] += a[j] * W2[j * K + c];
  }
  return z;
}

/** Multinomial naive Bayes over binary features, Laplace smoothing `alpha`; uniform or given priors. */
export function trainNaiveBayes(d: Encoded, V: number, K: number, alpha: number, uniformPrior = true): Learned {
  const counts = new Float64Array(V * K);
  const total = new Float64Array(K);
  const docs = new Float64Array(K);
  d.X.forEach((xs, n) => {
    const y = d.Y[n];
    docs[y]++;
    for (const r of xs) {
      counts[r * K + y]++;
      total[y]++;
    }
  });
  const W = new Float64Array(V * K);
  for (let r = 0; r < V; r++) for (let c = 0; c < K; c++) W[r * K + c] = Math.log((counts[r * K + c] + alpha) / (total[c] + alpha * V));
  // Centre each row so that a feature absent from the text counts as 0 (the model stores only rows).
  for (let r = 0; r < V; r++) {
    let m = 0;
    for (let c = 0; c < K; c++) m += W[r * K + c];
    m /= K;
    for (let c = 0; c < K; c++) W[r * K + c] -= m;
  }
  const n = d.X.length;
  const B = new Float64Array(K).map((_, c) => (uniformPrior ? 0 : Math.log((docs[c] + 1) / (n + K))));
  return { W, B, K, norm: false, floor: 1 };
}

/**
 * How much knowing that a text holds feature r tells about its class (information gain, bits), for every feature:
 * H(class) − P(r)·H(class | r) − P(¬r)·H(class | ¬r). Features common and telling rank above rare ones.
 */
export function infoGain(d: Encoded, V: number, K: number): Float64Array {
  const counts = new Float64Array(V * K);
  const total = new Float64Array(K);
  const df = new Float64Array(V);
  d.X.forEach((xs, n) => {
    total[d.Y[n]]++;
    for (const r of xs) {
      counts[r * K + d.Y[n]]++;
      df[r]++;
    }
  });
  const n = d.X.length;
  const entropy = (c: ArrayLike<number>, m: number) => {
    let h = 0;
    for (let k = 0; k < K; k++) if (c[k] > 0) h -= (c[k] / m) * Math.log2(c[k] / m);
    return h;
  };
  const h0 = entropy(total, n);
  const gain = new Float64Array(V);
  const rest = new Float64Array(K);
  for (let r = 0; r < V; r++) {
    const m = df[r];
    if (m === 0 || m === n) continue;
    for (let k = 0; k < K; k++) rest[k] = total[k] - counts[r * K + k];
    gain[r] = h0 - (m / n) * entropy(counts.subarray(r * K, r * K + K), m) - ((n - m) / n) * entropy(rest, n - m);
  }
  return gain;
}

/** Class scores (logits) of one encoded text. */
export function logits(m: Learned, xs: readonly number[]): Float64Array {
  if (m.hidden) return netLogits(m, xs);
  const z = Float64Array.from(m.B);
  const k = m.norm ? featureScale(xs.length, m.floor) : 1;
  for (const r of xs) for (let c = 0; c < m.K; c++) z[c] += m.W[r * m.K + c] * k;
  return z;
}

export function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v);
  let sum = 0;
  const p = new Float64Array(z.length);
  for (let c = 0; c < z.length; c++) sum += (p[c] = Math.exp(z[c] - max));
  for (let c = 0; c < z.length; c++) p[c] /= sum;
  return p;
}

/** Indexes of the classes, best first. */
export function ranked(z: Float64Array): number[] {
  return [...z.keys()].sort((a, b) => z[b] - z[a] || a - b);
}
