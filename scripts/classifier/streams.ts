/**
 * Stream files (data/corpus/README.md, session 35): a day's inbound traffic written by one person and labelled by
 * another, one JSON line per case with an `id`. A fifth of each file (by a hash of the case id) is validation.
 *
 *   npx tsx scripts/classifier/streams.ts split <labelled.jsonl>           writes data/corpus/train/<name>.jsonl and validation/<name>-val.jsonl
 *   npx tsx scripts/classifier/streams.ts agree <first.jsonl> <second.jsonl>  how far two labellings of one stream agree
 *   npx tsx scripts/classifier/streams.ts unseen [folds]                   every stream case read by a model trained without its writer
 *
 * `unseen` is the nearest we have to buyers the model has never seen: the validation halves share a writer with
 * the training halves, so they flatter the model; here the streams are dealt into folds of whole files and each
 * fold is read by a model trained on everything else (about 15 s of training per fold).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS_DIR, type CorpusCase } from './corpus';
import { pack, trainHeads, trainingCases } from '../train-classifier';
import { classify } from '../../lib/classify/index';
import { loadModel } from '../../lib/classify/model';
import { evaluate, type EvalReport, type LabelledCase } from '../../lib/classify/metrics';

/** True for the fifth of a stream's cases that goes to validation. */
export const isValidation = (id: string): boolean => BigInt('0x' + createHash('sha256').update(id).digest('hex')) % 5n === 0n;

// mood_read: "spec" when the mood was judged from scenarios.md alone (briefs/label-41.md, sent-41.md; corpus.ts).
const FIELDS = ['messages', 'primary', 'labels', 'risk', 'risk_kinds', 'sentiment', 'mood_read', 'lang', 'register'] as const;
type Line = Record<string, unknown> & { id: string };
const lines = (file: string): Line[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Line);

/** The corpus lines of a labelled stream (without ids), split into its training and validation halves. */
export function splitStream(cases: Line[]): { train: string[]; validation: string[] } {
  const out = { train: [] as string[], validation: [] as string[] };
  for (const c of cases) (isValidation(c.id) ? out.validation : out.train).push(JSON.stringify(Object.fromEntries(FIELDS.map((k) => [k, c[k]]))));
  return out;
}

/** Agreement of two labellings of the same cases (matched by id), as shares of the cases both labelled. */
export function agreement(a: Line[], b: Line[]): { n: number; primary: number; listed: number; risk: number; sentiment: number } {
  const other = new Map(b.map((x) => [x.id, x]));
  let n = 0, primary = 0, listed = 0, risk = 0, sentiment = 0;
  for (const x of a) {
    const y = other.get(x.id);
    if (!y) continue;
    n++;
    if (x.primary === y.primary) primary++;
    if ((x.labels as string[]).includes(y.primary as string)) listed++;
    if (!!x.risk === !!y.risk) risk++;
    if (x.sentiment === y.sentiment) sentiment++;
  }
  const f = (k: number) => (n ? k / n : 0);
  return { n, primary: f(primary), listed: f(listed), risk: f(risk), sentiment: f(sentiment) };
}

/** The stream a corpus case comes from ("zh-stream-x" for train/zh-stream-x.jsonl:3 and validation/zh-stream-x-val.jsonl:9), if any. */
export function streamOf(where: string): string | undefined {
  const m = /^(?:train|validation)\/(.+?)(?:-val)?\.jsonl:\d+$/.exec(where);
  return m && m[1].includes('-stream-') ? m[1] : undefined;
}

/** The streams dealt into `folds` folds of whole files, in name order. */
export function writerFolds(names: Iterable<string>, folds: number): Map<string, number> {
  return new Map([...new Set(names)].sort().map((n, i) => [n, i % folds]));
}

const asLabelled = (c: CorpusCase, i: number): LabelledCase => ({ id: String(i), messages: c.messages, primary: c.primary, labels: c.labels, risk: !!c.risk, sentiment: c.sentiment ?? 'calm' });

/** Every stream case (both halves) classified by a model trained without its writer's file; figures pooled over the folds. */
export function unseenWriters(folds = 5): { files: number; report: EvalReport } {
  const { train, validation } = trainingCases();
  const all = [...train, ...validation];
  const fold = writerFolds(all.map((c) => streamOf(c.where)).filter((s): s is string => !!s), folds);
  const cases: LabelledCase[] = [];
  const preds: ReturnType<typeof classify>[] = [];
  for (let k = 0; k < folds; k++) {
    const held = (c: CorpusCase) => fold.get(streamOf(c.where) ?? '') === k;
    const model = loadModel(pack(trainHeads(train.filter((c) => !held(c)))));
    for (const c of all.filter(held)) {
      cases.push(asLabelled(c, cases.length));
      preds.push(classify({ messages: c.messages, model }));
    }
  }
  return { files: fold.size, report: evaluate(cases, preds) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [cmd, a, b] = process.argv.slice(2);
  if (cmd === 'split' && a) {
    const name = basename(a, '.jsonl');
    const { train, validation } = splitStream(lines(a));
    writeFileSync(join(CORPUS_DIR, 'train', `${name}.jsonl`), train.join('\n') + '\n');
    writeFileSync(join(CORPUS_DIR, 'validation', `${name}-val.jsonl`), validation.join('\n') + '\n');
    console.log(`${name}: ${train.length} train, ${validation.length} validation`);
  } else if (cmd === 'agree' && a && b) {
    const r = agreement(lines(a), lines(b));
    const p = (x: number) => `${(100 * x).toFixed(1)} %`;
    console.log(`${r.n} cases: primary the same ${p(r.primary)}, the second's primary among the first's labels ${p(r.listed)}, risk ${p(r.risk)}, sentiment ${p(r.sentiment)}`);
  } else if (cmd === 'unseen') {
    const { files, report: r } = unseenWriters(a ? Number(a) : 5);
    const p = (x: number) => `${(100 * x).toFixed(1)} %`;
    console.log(`${r.n} stream cases (${files} files), each read by a model trained without its writer: top-1 ${p(r.top1)} · top-3 ${p(r.top3)} · risk F1 ${r.risk.f1.toFixed(2)} (tp ${r.risk.tp}, fp ${r.risk.fp}, fn ${r.risk.fn}) · sentiment ${p(r.sentiment)}`);
  } else {
    console.error('usage: streams.ts split <labelled.jsonl> | agree <first.jsonl> <second.jsonl> | unseen [folds]');
    process.exitCode = 2;
  }
}
