/**
 * Measures trained models side by side (an experiment's, `npm run train -- --seed N --out f.json`, or `shipped`): our own
 * validation split, the public real sets where both labellers agree (`--public <dir>`, data/corpus/README.md session 47;
 * left out when not given) and dev's aggregate figures (../shared/corpus/dev.jsonl, when it is there). One line a model
 * and the means over them: a training change is judged on several seeds' means (a seed alone moves a set 2–4 points).
 * Figures only: no case text is printed, and dev is a measure, never a ground to choose on.
 *
 *   npx tsx scripts/classifier/measure.ts [--public /work/pub47/labelled] shipped runs/a-7.json runs/a-17.json …
 *   bash scripts/classifier/seeds.sh <out dir> [--public <dir>]   trains five seeds and measures them
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { classify } from '../../lib/classify/index';
import { loadModel, type ModelData } from '../../lib/classify/model';
import { evaluate, type EvalReport, type LabelledCase } from '../../lib/classify/metrics';
import { DEFAULT_FILE as DEV, readCases, readValidation } from '../cli/eval';
import { agreedSets } from './public';

/** The figures of one model on each named set of cases (top-1, top-3, sentiment in %; risk F1). */
export interface Figures {
  name: string;
  sets: Map<string, Figure>;
}

type Figure = ReturnType<typeof figures>;
const figures = (r: EvalReport) => ({ top1: r.top1 * 100, top3: r.top3 * 100, sentiment: r.sentiment * 100, riskF1: r.risk.f1 });
/** The mean of one figure over several readings. */
const meanOf = (xs: readonly Figure[], k: keyof Figure) => xs.reduce((a, x) => a + x[k], 0) / xs.length;

/** Every model (a file of model data, or `shipped`) on every set. */
export function measure(models: readonly string[], sets: ReadonlyMap<string, LabelledCase[]>): Figures[] {
  return models.map((name) => {
    const model = name === 'shipped' ? undefined : loadModel(JSON.parse(readFileSync(name, 'utf8')) as ModelData);
    const out: Figures['sets'] = new Map();
    for (const [set, cases] of sets) out.set(set, figures(evaluate(cases, cases.map((c) => classify({ messages: c.messages, model })))));
    return { name, sets: out };
  });
}

/** One line a model: the public sets' mean top-1 and each set's, then validation and dev; the means over the models last. */
export function report(rows: readonly Figures[], publicSets: readonly string[]): string[] {
  const f = (x: number) => x.toFixed(2);
  const line = (name: string, get: (set: string) => Figure | undefined) => {
    const parts = [name];
    const pub = publicSets.map(get).filter((x) => x !== undefined);
    if (pub.length) {
      const mean = (k: keyof Figure) => f(meanOf(pub, k));
      parts.push(`public top-1 ${mean('top1')} [${publicSets.map((s) => `${s} ${f(get(s)!.top1)}`).join(' ')}] top-3 ${mean('top3')} mood ${mean('sentiment')}`);
    }
    for (const set of ['validation', 'dev']) {
      const x = get(set);
      if (x) parts.push(`${set} top-1 ${f(x.top1)} top-3 ${f(x.top3)} mood ${f(x.sentiment)} risk F1 ${x.riskF1.toFixed(3)}`);
    }
    return parts.join(' · ');
  };
  const lines = rows.map((r) => line(r.name, (s) => r.sets.get(s)));
  if (rows.length > 1) {
    lines.push(line(`mean of ${rows.length}`, (s) => {
      const xs = rows.map((r) => r.sets.get(s)).filter((x) => x !== undefined);
      if (!xs.length) return undefined;
      return { top1: meanOf(xs, 'top1'), top3: meanOf(xs, 'top3'), sentiment: meanOf(xs, 'sentiment'), riskF1: meanOf(xs, 'riskF1') };
    }));
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--public');
  const publicDir = at >= 0 ? args.splice(at, 2)[1] : undefined;
  if (!args.length || (publicDir !== undefined && !existsSync(publicDir))) {
    console.error('usage: npx tsx scripts/classifier/measure.ts [--public <dir of labelled pairs>] <shipped | model.json>…');
    process.exit(2);
  }
  const sets = new Map<string, LabelledCase[]>();
  const pub = publicDir ? agreedSets(publicDir).sets : new Map<string, LabelledCase[]>();
  for (const [k, v] of pub) sets.set(k, v);
  sets.set('validation', readValidation().map((v) => v.c));
  if (existsSync(DEV)) sets.set('dev', readCases(DEV));
  for (const l of report(measure(args, sets), [...pub.keys()])) console.log(l);
}
