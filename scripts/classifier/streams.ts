/**
 * Stream files (data/corpus/README.md, session 35): a day's inbound traffic written by one person and labelled by
 * another, one JSON line per case with an `id`. A fifth of each file (by a hash of the case id) is validation.
 *
 *   npx tsx scripts/classifier/streams.ts split <labelled.jsonl>           writes data/corpus/train/<name>.jsonl and validation/<name>-val.jsonl
 *   npx tsx scripts/classifier/streams.ts agree <first.jsonl> <second.jsonl>  how far two labellings of one stream agree
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS_DIR } from './corpus';

/** True for the fifth of a stream's cases that goes to validation. */
export const isValidation = (id: string): boolean => BigInt('0x' + createHash('sha256').update(id).digest('hex')) % 5n === 0n;

const FIELDS = ['messages', 'primary', 'labels', 'risk', 'risk_kinds', 'sentiment', 'lang', 'register'] as const;
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
  } else {
    console.error('usage: streams.ts split <labelled.jsonl> | agree <first.jsonl> <second.jsonl>');
    process.exitCode = 2;
  }
}
