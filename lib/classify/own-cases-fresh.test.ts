/**
 * A fresh batch of 100 buyer messages written AFTER the learned back-off was trained
 * (own-cases-fresh.jsonl; never used for training or tuning). Scored once before any change:
 * lexicon only top-1 75.0 % / top-3 93.0 %, with the model blended in 86.0 % / 97.0 %.
 * Guards that the blend keeps helping on it and that the lexicon keeps its level.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from './index';
import { evaluate, parseCase } from './metrics';
import { loadModel } from './model';
import { MODEL } from './model.generated';

const cases = readFileSync(join(import.meta.dirname, 'own-cases-fresh.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map(parseCase);

describe('fresh own cases (written after training)', () => {
  it('has 100 cases over every scenario id', () => {
    expect(cases.length).toBe(100);
    expect(new Set(cases.map((c) => c.primary)).size).toBe(18);
  });

  it('the blend beats the lexicon alone', () => {
    const model = loadModel(MODEL);
    const lex = evaluate(cases, cases.map((c) => classify({ messages: c.messages, model: false })));
    const blend = evaluate(cases, cases.map((c) => classify({ messages: c.messages, model })));
    const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
    console.log(`fresh (${lex.n}): lexicon ${pct(lex.top1)} / ${pct(lex.top3)} · blend ${pct(blend.top1)} / ${pct(blend.top3)}`);
    expect(lex.top1).toBeGreaterThanOrEqual(0.7);
    expect(blend.top1).toBeGreaterThan(lex.top1);
    expect(blend.top3).toBeGreaterThanOrEqual(lex.top3);
  });
});
