/** The learned back-off: its shipped weights match the training data, stay small, and behave. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { trainingHash } from '../../scripts/train-classifier';
import { SCENARIO_IDS } from '../scenarios';
import { classify, MODEL_BLEND } from './index';
import { loadModel, predict, textFeatures } from './model';
import { MODEL } from './model.generated';
import { normalize } from './normalize';

describe('learned back-off model', () => {
  it('is up to date with lib/classify/train (else: npx tsx scripts/train-classifier.ts)', () => {
    expect(MODEL.hash).toBe(trainingHash());
  });

  it('ships at most 120 kB', () => {
    expect(statSync(join(import.meta.dirname, 'model.generated.ts')).size).toBeLessThanOrEqual(120 * 1024);
  });

  it('trains on at least 1,500 own messages, ≥ 50 per scenario', () => {
    const dir = join(import.meta.dirname, 'train');
    const counts: Record<string, number> = {};
    for (const id of SCENARIO_IDS) {
      const rows = readFileSync(join(dir, `${id}.jsonl`), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { label: string });
      for (const r of rows) counts[r.label] = (counts[r.label] ?? 0) + 1;
    }
    for (const id of SCENARIO_IDS) expect(counts[id]).toBeGreaterThanOrEqual(50);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1500);
  });

  it('extracts Han 1–3-grams and Latin words and bigrams', () => {
    expect(textFeatures('退款吧')).toEqual(['退', '退款', '退款吧', '款', '款吧', '吧']);
    expect(textFeatures('my order #ord')).toEqual(['my', 'my order', 'order', 'order #ord', '#ord']);
  });

  it('gives probabilities that sum to one', () => {
    const p = predict(loadModel(MODEL), normalize('包裹好几天不动了')).p;
    expect([...p].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it('a model-driven pick says so in its cues; the lexicon-only path never does', () => {
    const texts = ['东西用着有点晃悠 这正常吗', 'the thing is wobbling a lot', '老板 货呢'];
    for (const t of texts) {
      const off = classify({ messages: [t], model: false });
      for (const s of off.scenarios) expect(s.cues.some((c) => c.startsWith('model '))).toBe(false);
      const on = classify({ messages: [t], model: loadModel(MODEL) });
      for (const s of on.scenarios) {
        const fromModel = s.cues.find((c) => c.startsWith('model '));
        if (fromModel) expect(Number(fromModel.slice(6))).toBeGreaterThan(0);
      }
    }
  });

  it('leaves a confident lexicon answer first', () => {
    const model = loadModel(MODEL);
    expect(classify({ messages: ['能开增值税专票吗'], model }).scenarios[0].id).toBe('invoice');
    expect(classify({ messages: ['鞋子开胶了我要退货'], model }).scenarios[0].id).toBe('return_refund');
  });

  it('stays out of classify() unless the flag or the caller asks for it', () => {
    const t = '东西用着有点晃悠 这正常吗';
    if (!MODEL_BLEND) expect(classify({ messages: [t] })).toEqual(classify({ messages: [t], model: false }));
  });
});
