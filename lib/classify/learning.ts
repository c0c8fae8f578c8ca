/**
 * Learning from the agent: each correction ("this message is really X") becomes a bag of character
 * bigrams and Latin words. A later message that shares enough of that bag is pulled towards X.
 * Pure and local; clearing the feedback table and rebuilding resets it.
 */
import { isScenarioId } from '../scenarios';
import { normalize } from './normalize';
import type { FeedbackItem, LearnedModel } from './types';

const STOP = new Set(['the', 'and', 'you', 'your', 'for', 'with', 'this', 'that', 'have', 'has', 'was', 'are', 'but', 'not', 'can', 'my', 'me', 'it', 'is', '#n', '#ord']);

/** Character bigrams (Han) and words (Latin) of normalised text: what similarity is measured on. */
export function grams(text: string): Set<string> {
  const out = new Set<string>();
  const t = normalize(text);
  let prev = '';
  for (const ch of t) {
    const han = ch >= '\u4e00' && ch <= '\u9fa5';
    if (han && prev) out.add(prev + ch);
    prev = han ? ch : '';
  }
  for (const w of t.match(/[a-z][a-z']{2,}/g) ?? []) if (!STOP.has(w)) out.add(w);
  return out;
}

/** Builds the learned model from stored corrections; entries with an unknown scenario are skipped. */
export function buildLearned(feedback: FeedbackItem[]): LearnedModel {
  const entries: LearnedModel['entries'] = [];
  const index = new Map<string, number[]>();
  for (const f of feedback) {
    if (!f || typeof f.text !== 'string' || !isScenarioId(f.to)) continue;
    const g = grams(f.text);
    if (g.size === 0) continue;
    const i = entries.length;
    entries.push({ grams: g, to: f.to, from: isScenarioId(f.from) ? f.from : undefined });
    for (const k of g) {
      const list = index.get(k);
      if (list) list.push(i);
      else index.set(k, [i]);
    }
  }
  return { entries, index };
}

export interface LearnedMatch {
  to: LearnedModel['entries'][number]['to'];
  from?: LearnedModel['entries'][number]['from'];
  sim: number;
}

/** Corrections similar to `text` (cosine over gram sets ≥ minSim), best first. */
export function similarCorrections(model: LearnedModel, text: string, minSim = 0.3): LearnedMatch[] {
  const g = grams(text);
  if (g.size === 0 || model.entries.length === 0) return [];
  const shared = new Map<number, number>();
  for (const k of g) for (const i of model.index.get(k) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  const out: LearnedMatch[] = [];
  for (const [i, n] of shared) {
    const e = model.entries[i];
    const sim = n / Math.sqrt(g.size * e.grams.size);
    if (sim >= minSim) out.push({ to: e.to, from: e.from, sim });
  }
  return out.sort((a, b) => b.sim - a.sim);
}
