/**
 * Trains the classifier's learned back-off (lib/classify/model.ts) on OUR OWN written messages
 * (lib/classify/train/*.jsonl, {"text","label","lang","batch"}) and writes
 * lib/classify/model.generated.ts: a softmax regression over n-grams, int8-quantised.
 * Nothing from any evaluation corpus is read here.
 *
 *   npx tsx scripts/train-classifier.ts            regenerate model.generated.ts
 *   npx tsx scripts/train-classifier.ts --holdout  train on 80 % of the batches, report on the rest
 *                                                  (model alone, lexicon alone, blend); writes nothing
 *
 * Deterministic: fixed file order, a seeded shuffle, no clock.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SCENARIO_IDS, type ScenarioId } from '../lib/scenarios';
import { normalize } from '../lib/classify/normalize';
import { loadModel, textFeatures, type ModelData, type TextModel } from '../lib/classify/model';

const ROOT = resolve(import.meta.dirname, '..');
export const TRAIN_DIR = join(ROOT, 'lib/classify/train');
const OUT = join(ROOT, 'lib/classify/model.generated.ts');

// Hyper-parameters (changing one changes the hash, so the test asks for a regeneration).
const MIN_DF = 2; // a feature must occur in ≥ 2 training messages
const EPOCHS = 30;
const LR = 0.5;
const L2 = 2e-4;
const SEED = 20240611;
// Quantised weights of this magnitude or less are dropped (keeps the shipped file small).
const PRUNE = 1;
// A feature whose largest quantised weight is below this is dropped altogether.
const ROW_MIN = 30;

export interface TrainRow {
  text: string;
  label: ScenarioId;
  lang: string;
  batch: number;
}

/** Training files, sorted by name. */
export function trainFiles(): { name: string; text: string }[] {
  return readdirSync(TRAIN_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(TRAIN_DIR, name), 'utf8') }));
}

/** sha256 over the training files and this trainer's source: the generated file records it. */
export function trainingHash(): string {
  const h = createHash('sha256');
  for (const f of trainFiles()) h.update(f.name + '\u0000' + f.text + '\u0000');
  h.update(readFileSync(join(ROOT, 'scripts/train-classifier.ts'), 'utf8'));
  h.update(readFileSync(join(ROOT, 'lib/classify/model.ts'), 'utf8'));
  return h.digest('hex').slice(0, 16);
}

export function readRows(): TrainRow[] {
  const rows: TrainRow[] = [];
  for (const f of trainFiles()) {
    for (const line of f.text.split('\n')) {
      if (!line.trim()) continue;
      const o = JSON.parse(line) as TrainRow;
      if (!SCENARIO_IDS.includes(o.label)) throw new Error(`${f.name}: unknown label ${o.label}`);
      rows.push(o);
    }
  }
  return rows;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Trains and quantises (see file comment). */
export function train(rows: TrainRow[]): ModelData {
  const N = SCENARIO_IDS.length;
  const feats = rows.map((r) => textFeatures(normalize(r.text)));
  const df = new Map<string, number>();
  for (const fs of feats) for (const f of fs) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df.entries()].filter(([, n]) => n >= MIN_DF).map(([f]) => f).sort();
  const idx = new Map(vocab.map((f, i) => [f, i]));
  const X = feats.map((fs) => fs.map((f) => idx.get(f)).filter((i): i is number => i !== undefined));
  const Y = rows.map((r) => SCENARIO_IDS.indexOf(r.label));
  const V = vocab.length;
  const W = new Float64Array(V * N);
  const B = new Float64Array(N);
  const G = new Float64Array(V * N).fill(1e-8);
  const GB = new Float64Array(N).fill(1e-8);
  const order = rows.map((_, i) => i);
  const rand = rng(SEED);
  const z = new Float64Array(N);
  for (let ep = 0; ep < EPOCHS; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const n of order) {
      const xs = X[n];
      const k = xs.length ? 1 / Math.sqrt(xs.length) : 0;
      for (let c = 0; c < N; c++) z[c] = B[c];
      for (const r of xs) for (let c = 0; c < N; c++) z[c] += W[r * N + c] * k;
      let max = -Infinity;
      for (let c = 0; c < N; c++) max = Math.max(max, z[c]);
      let sum = 0;
      for (let c = 0; c < N; c++) sum += (z[c] = Math.exp(z[c] - max));
      for (let c = 0; c < N; c++) {
        const g = z[c] / sum - (c === Y[n] ? 1 : 0);
        GB[c] += g * g;
        B[c] -= (LR * g) / Math.sqrt(GB[c]);
        for (const r of xs) {
          const o = r * N + c;
          const gw = g * k + L2 * W[o];
          G[o] += gw * gw;
          W[o] -= (LR * gw) / Math.sqrt(G[o]);
        }
      }
    }
  }
  // Quantise to int8 with one scale; drop rows that round to all zeros.
  let maxAbs = 0;
  for (const v of W) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs / 127;
  const keep: number[] = [];
  const q = new Int8Array(V * N);
  for (let r = 0; r < V; r++) {
    let big = 0;
    for (let c = 0; c < N; c++) {
      let v = Math.round(W[r * N + c] / scale);
      if (Math.abs(v) <= PRUNE) v = 0;
      q[r * N + c] = v;
      big = Math.max(big, Math.abs(v));
    }
    if (big >= ROW_MIN) keep.push(r);
  }
  const packed = new Int8Array(keep.length * N);
  keep.forEach((r, i) => packed.set(q.subarray(r * N, r * N + N), i * N));
  return {
    vocab: keep.map((r) => vocab[r]).join('\u0001'),
    weights: Buffer.from(packed.buffer).toString('base64'),
    scale: Number(scale.toPrecision(8)),
    bias: [...B].map((b) => Number(b.toFixed(5))),
    hash: '',
  };
}

function source(d: ModelData): string {
  return `/* Generated by scripts/train-classifier.ts from lib/classify/train/*.jsonl: do not edit. */
import type { ModelData } from './model';

export const MODEL: ModelData = ${JSON.stringify(d, null, 1)};
`;
}

// Per scenario, whole batches in this order until ≥ 20 % of its messages are held out.
const HOLDOUT_ORDER = [5, 10, 4, 9, 3, 8, 2, 7, 12, 11, 6, 1];
export function holdoutBatches(rows: TrainRow[]): Set<string> {
  const held = new Set<string>();
  for (const id of SCENARIO_IDS) {
    const mine = rows.filter((r) => r.label === id);
    let n = 0;
    for (const b of HOLDOUT_ORDER) {
      if (n >= mine.length * 0.2) break;
      const k = mine.filter((r) => r.batch === b).length;
      if (k === 0) continue;
      held.add(`${id}/${b}`);
      n += k;
    }
  }
  return held;
}

async function holdout(): Promise<void> {
  const { classify } = await import('../lib/classify/index');
  const { predict } = await import('../lib/classify/model');
  const rows = readRows();
  const held = holdoutBatches(rows);
  const isTest = (r: TrainRow) => held.has(`${r.label}/${r.batch}`);
  const tr = rows.filter((r) => !isTest(r));
  const te = rows.filter(isTest);
  const model: TextModel = loadModel(train(tr));
  const score = (rank: (t: string) => ScenarioId[]) => {
    let t1 = 0;
    let t3 = 0;
    for (const r of te) {
      const ids = rank(r.text);
      if (ids[0] === r.label) t1++;
      if (ids.slice(0, 3).includes(r.label)) t3++;
    }
    return `top-1 ${((t1 / te.length) * 100).toFixed(1)} % · top-3 ${((t3 / te.length) * 100).toFixed(1)} %`;
  };
  const modelRank = (t: string) => {
    const p = predict(model, normalize(t)).p;
    return SCENARIO_IDS.map((id, i) => ({ id, p: p[i] }))
      .sort((a, b) => b.p - a.p)
      .map((x) => x.id);
  };
  console.log(`holdout: train ${tr.length}, test ${te.length} (${[...held].join(' ')})`);
  console.log(`  model alone : ${score(modelRank)}`);
  console.log(`  lexicon     : ${score((t) => classify({ messages: [t], model: false }).scenarios.map((s) => s.id))}`);
  console.log(`  blend       : ${score((t) => classify({ messages: [t], model }).scenarios.map((s) => s.id))}`);
}

function main(): void {
  const rows = readRows();
  const d = train(rows);
  d.hash = trainingHash();
  const src = source(d);
  writeFileSync(OUT, src);
  const rowsKept = d.vocab.split('\u0001').length;
  console.log(`trained on ${rows.length} messages: ${rowsKept} features × ${SCENARIO_IDS.length} classes, ${(Buffer.byteLength(src) / 1024).toFixed(1)} kB → ${OUT}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--holdout')) void holdout();
  else main();
}
