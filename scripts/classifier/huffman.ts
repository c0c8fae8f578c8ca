/**
 * Build-time half of the shipped weights' code (lib/classify/model.ts decodes): a canonical Huffman
 * code over the weight levels (WEIGHT_LEVELS), one per head, written as base64. Measured on the 3,000-feature model:
 * the weights 28.6 → 24.5 kB gzip in the store zip (a letter per weight left gzip 20 % above the
 * levels' entropy; coded bits in base64 come back to within 3 % of it under gzip). No library: the
 * decoder is 30 lines in the panel, and the npm Huffman packages are tree/stream APIs larger than it.
 */
import { VOCAB_SEP, WEIGHT_LEVELS, WEIGHT_MAX } from '../../lib/classify/model';

/** Code lengths of a Huffman code for these symbol counts (0 for a symbol never used). */
export function codeLengths(counts: readonly number[]): number[] {
  const len = counts.map(() => 0);
  let nodes = counts.flatMap((n, s) => (n > 0 ? [{ n, syms: [s] }] : []));
  if (nodes.length === 1) len[nodes[0].syms[0]] = 1;
  while (nodes.length > 1) {
    nodes = nodes.sort((a, b) => a.n - b.n || a.syms[0] - b.syms[0]);
    const [a, b] = nodes;
    for (const s of [...a.syms, ...b.syms]) len[s]++;
    nodes = [...nodes.slice(2), { n: a.n + b.n, syms: [...a.syms, ...b.syms] }];
  }
  return len;
}

/** Weights (−WEIGHT_MAX … WEIGHT_MAX) → { lengths: one base-36 digit per level, bits: base64 }. */
export function encodeWeights(q: ArrayLike<number>): { lengths: string; bits: string } {
  const counts = new Array<number>(WEIGHT_LEVELS).fill(0);
  for (let i = 0; i < q.length; i++) counts[q[i] + WEIGHT_MAX]++;
  const len = codeLengths(counts);
  if (Math.max(...len) > 35) throw new Error('code too long for one base-36 digit');
  // Canonical codes: by length, then by symbol; each next code is the previous + 1, shifted as lengths grow.
  const order = len.map((l, s) => [l, s]).filter(([l]) => l > 0).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const code = new Array<number>(WEIGHT_LEVELS).fill(0);
  let c = 0;
  let prev = order[0]?.[0] ?? 0;
  for (const [l, s] of order) {
    c <<= l - prev;
    prev = l;
    code[s] = c++;
  }
  const bytes: number[] = [];
  let acc = 0;
  let n = 0;
  for (let i = 0; i < q.length; i++) {
    const s = q[i] + WEIGHT_MAX;
    for (let b = len[s] - 1; b >= 0; b--) {
      acc = (acc << 1) | ((code[s] >> b) & 1);
      if (++n === 8) {
        bytes.push(acc);
        acc = 0;
        n = 0;
      }
    }
  }
  if (n) bytes.push(acc << (8 - n));
  return { lengths: len.map((l) => l.toString(36)).join(''), bits: Buffer.from(bytes).toString('base64') };
}

/** Feature names → the shipped vocabulary (lib/classify/model.ts vocabNames reads it): each front-coded against the one before. */
export function frontCode(names: readonly string[]): string {
  let prev = '';
  return names
    .map((f) => {
      if (f.includes(VOCAB_SEP)) throw new Error(`feature ${JSON.stringify(f)} holds the vocabulary separator ${VOCAB_SEP}`);
      let p = 0;
      while (p < 35 && p < prev.length && p < f.length && prev[p] === f[p]) p++;
      // Never between the two halves of a surrogate pair (an emoji).
      if (p > 0 && /[\ud800-\udbff]/.test(f[p - 1])) p--;
      prev = f;
      return p.toString(36) + f.slice(p);
    })
    .join(VOCAB_SEP);
}
